import { appendAudit } from '../audit/audit-log.js';
import type { Graph } from '../graph/graph.js';
import { lockItems, requireDecidable, requireMayAct, type Acting, type LockedItem } from './acting.js';
import { ReviewConflict, ReviewError } from './review-error.js';
import { isPrivilege, type AccountSnapshot, type Decision } from './review.types.js';
import { writeDecisions, type DecisionWrite } from './write-decisions.js';

export interface VersionedItem {
  itemId: string;
  /** The version the reviewer saw; the decision is refused if the item changed since. */
  expectedVersion: number;
}

export interface DecideRequest {
  items: readonly VersionedItem[];
  decision: Decision;
  justification?: string | null;
  newRole?: string | null;
}

export interface DecideOutcome {
  itemIds: string[];
  secondStageItemIds: string[];
}

export const MAX_ITEMS_PER_ACTION = 500;
const MAX_JUSTIFICATION = 2000;

/**
 * Decides one item or many, all or nothing, in one transaction; an item decided before gets the new
 * decision and keeps the earlier one (see requireDecidable for when it may no longer change). An item whose version moved on
 * since the reviewer read it fails the whole request with a ReviewConflict (saying who decided it
 * and when), and the rejected attempt is written to the audit log in a transaction of its own.
 */
export async function decideItems(graph: Graph, request: DecideRequest, acting: Acting, now: Date): Promise<DecideOutcome> {
  const justification = cleanJustification(request.justification);
  const newRole = request.newRole?.trim() || null;
  checkShape(request, newRole);
  try {
    return await graph.executeWrite(async (tx) => {
      const locked = await lockItems(
        tx,
        request.items.map((i) => i.itemId),
        acting,
        newRole,
      );
      for (const row of locked) requireMayAct(row, acting, 'decide');
      checkVersions(locked, request);
      const writes: DecisionWrite[] = locked.map((row) => {
        requireDecidable(row);
        checkJustification(row, request.decision, newRole, justification);
        return { locked: row, decision: request.decision, newRole: request.decision === 'modify' ? newRole : null, justification };
      });
      const secondStageItemIds = await writeDecisions(tx, writes, acting, locked.length > 1 ? 'bulk' : 'reviewer', now, 'review.decide');
      return { itemIds: locked.map((row) => row.item.id), secondStageItemIds };
    }, 'review-decide');
  } catch (error) {
    if (error instanceof ReviewConflict) await recordRejected(graph, error, request, justification, acting, now);
    throw error;
  }
}

export function cleanJustification(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > MAX_JUSTIFICATION)
    throw new ReviewError('bad_input', `the justification is ${trimmed.length} characters; at most ${MAX_JUSTIFICATION}`, 'justification');
  return trimmed || null;
}

function checkShape(request: DecideRequest, newRole: string | null): void {
  if (request.items.length === 0) throw new ReviewError('bad_input', 'name at least one review item to decide', 'items');
  if (request.items.length > MAX_ITEMS_PER_ACTION)
    throw new ReviewError('bad_input', `${request.items.length} items in one decision; at most ${MAX_ITEMS_PER_ACTION}`, 'items');
  const ids = request.items.map((i) => i.itemId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new ReviewError('bad_input', `review item ${repeated} is named twice`, 'items');
  if (request.decision === 'modify' && !newRole)
    throw new ReviewError('bad_input', 'modify needs the new role (newRole), as the app names it', 'newRole');
  if (request.decision !== 'modify' && newRole)
    throw new ReviewError('bad_input', `a new role is only given with modify (decision is ${request.decision})`, 'newRole');
}

function checkVersions(locked: readonly LockedItem[], request: DecideRequest): void {
  const expected = new Map(request.items.map((i) => [i.itemId, i.expectedVersion]));
  const stale = locked.filter((row) => Number(row.item.version) !== expected.get(row.item.id));
  const first = stale[0];
  if (!first) return;
  const { item } = first;
  const what = item.decision
    ? `was decided (${item.decision}) by ${item.decidedByName ?? 'someone'} at ${item.decidedAt ?? 'an unknown time'}`
    : `was changed by ${item.updatedByName ?? 'someone'} at ${item.updatedAt ?? 'an unknown time'}`;
  const others = stale.length > 1 ? ` (and ${stale.length - 1} more of the items changed)` : '';
  throw new ReviewConflict(
    `review item ${item.id} (${item.appName} ${item.accountEmail ?? item.accountId}) ${what}; you saw version ${expected.get(item.id)}, it is now version ${item.version}${others}. Nothing was decided: reload and try again`,
    {
      itemId: item.id,
      expectedVersion: expected.get(item.id) ?? 0,
      currentVersion: Number(item.version),
      decidedByName: item.decidedByName,
      decidedAt: item.decidedAt,
      staleItemIds: stale.map((row) => row.item.id),
    },
  );
}

function checkJustification(row: LockedItem, decision: Decision, newRole: string | null, justification: string | null): void {
  const { item } = row;
  const label = `${item.appName} ${item.accountEmail ?? item.accountId}`;
  if (decision === 'modify') {
    if (row.newRolePrivilege === null) throw new ReviewError('bad_input', `${item.appName} has no role "${newRole}"`, 'newRole');
    const snapshot = JSON.parse(item.snapshot) as AccountSnapshot;
    if (snapshot.roles.length === 1 && snapshot.roles[0]?.name === newRole)
      throw new ReviewError('bad_input', `${label} already has the role ${newRole}; keep it instead`, 'newRole');
    if (!justification && (item.flagged || isPrivilege(row.newRolePrivilege))) {
      throw new ReviewError(
        'bad_input',
        `changing ${label} to ${newRole} needs a justification: ${item.flagged ? 'the item is flagged' : `${newRole} is an admin role`}`,
        'justification',
      );
    }
  }
  if (decision === 'keep' && !justification && (item.flagged || item.privileged)) {
    const why = item.flagged ? `it is flagged (${item.recommendationReason})` : 'it holds an admin role';
    throw new ReviewError('bad_input', `keeping ${label} needs a justification: ${why}`, 'justification');
  }
}

async function recordRejected(
  graph: Graph,
  conflict: ReviewConflict,
  request: DecideRequest,
  justification: string | null,
  acting: Acting,
  now: Date,
): Promise<void> {
  const staleIds = (conflict.details.staleItemIds as string[] | undefined) ?? [conflict.details.itemId];
  const expected = new Map(request.items.map((i) => [i.itemId, i.expectedVersion]));
  await graph.executeWrite(async (tx) => {
    for (const itemId of staleIds) {
      await appendAudit(
        tx,
        acting.actor,
        {
          action: 'review.decide_rejected',
          targetType: 'ReviewItem',
          targetId: itemId,
          before: { expectedVersion: expected.get(itemId) ?? null },
          after: {
            attemptedDecision: request.decision,
            newRole: request.newRole ?? null,
            justification,
            itemsInAttempt: request.items.length,
            rejectedBecause: conflict.message,
          },
        },
        now,
      );
    }
  }, 'review-decide-rejected');
}
