import { appendAudit } from '../audit/audit-log.js';
import { enqueueWebhookEvent } from '../webhooks/webhook-events.js';
import type { Actor } from '../audit/actor.js';
import { SYSTEM_ACTOR } from '../audit/actor.js';
import { z } from 'zod';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { lockItems } from './acting.js';
import * as q from './remediation.queries.js';
import { DECISIONS, REMEDIATION_STATUSES, type AccountSnapshot, type RemediationStatus } from './review.types.js';
import { tallied } from './tally.js';

export interface RemediationChange {
  itemId: string;
  from: RemediationStatus;
  to: RemediationStatus;
  detail: string;
}

const openRemediationRow = z.object({ itemId: z.string() });

/** REMEDIATION_FACTS: a revoke or modify decision's task and the account as the latest import left it. */
const remediationFactsRow = z.object({
  itemId: z.string(),
  decision: z.enum(DECISIONS),
  newRole: z.string().nullable(),
  /** The account at launch, as JSON (AccountSnapshot). */
  snapshot: z.string(),
  appName: z.string(),
  remediationStatus: z.enum(REMEDIATION_STATUSES),
  remediationDueAt: z.string(),
  version: z.number(),
  removedAt: z.string().nullable(),
  accountStatus: z.string(),
  roles: z.array(z.string()),
});
type RemediationFacts = z.output<typeof remediationFactsRow>;

/**
 * Checks every open remediation task against the graph as the latest import left it: a revoked
 * account that is removed, deactivated or suspended is verified (so is a role change once the
 * account holds the new role and none of its other old ones); one still in place after its due
 * date has failed. A failed task is verified when the change shows up late. Runs after every import.
 */
export async function checkRemediations(graph: Graph, now: Date, actor: Actor = SYSTEM_ACTOR): Promise<RemediationChange[]> {
  const ids = (await readRows(graph, q.OPEN_REMEDIATIONS, {}, openRemediationRow, 'remediation-open')).map((r) => r.itemId);
  const changes: RemediationChange[] = [];
  // Each task is checked on its own, so batches bound the transactions after a campaign closed with revoke on everything.
  for (let start = 0; start < ids.length; start += CHECK_BATCH) {
    changes.push(...(await checkBatch(graph, ids.slice(start, start + CHECK_BATCH), now, actor)));
  }
  return changes;
}

const CHECK_BATCH = 1000;

async function checkBatch(graph: Graph, ids: string[], now: Date, actor: Actor): Promise<RemediationChange[]> {
  return graph.executeWrite(async (tx) => {
    await lockItems(tx, ids, { actor, personId: null, mayActForOthers: true });
    const facts = decodeRows(remediationFactsRow, rowsOf(await tx.run(q.REMEDIATION_FACTS, { itemIds: ids })), 'remediation-facts');
    const changes = facts.map((row) => judge(row, now)).filter((c): c is RemediationChange => c !== null);
    await tx.run(q.TOUCH_REMEDIATION, { itemIds: ids, now: now.toISOString() });
    await tallied(
      tx,
      changes.map((c) => c.itemId),
      () =>
        tx.run(q.WRITE_REMEDIATION, {
          changes: changes.map((c) => ({ itemId: c.itemId, status: c.to, detail: c.detail })),
          now: now.toISOString(),
          actor,
        }),
    );
    for (const change of changes) {
      const version = facts.find((f) => f.itemId === change.itemId)?.version ?? 0;
      await appendAudit(
        tx,
        actor,
        {
          action: 'remediation.check',
          targetType: 'ReviewItem',
          targetId: change.itemId,
          before: { remediationStatus: change.from, version },
          after: { remediationStatus: change.to, detail: change.detail, version: version + 1 },
        },
        now,
      );
    }
    for (const status of ['verified', 'failed'] as const) {
      const items = changes.filter((c) => c.to === status).map((c) => ({ itemId: c.itemId, detail: c.detail }));
      if (items.length > 0) await enqueueWebhookEvent(tx, `remediation.${status}`, { items }, now);
    }
    return changes;
  }, 'remediation-check');
}

function judge(row: RemediationFacts, now: Date): RemediationChange | null {
  const from = row.remediationStatus;
  const app = row.appName;
  const done = doneBecause(row);
  if (done)
    return from === 'verified'
      ? null
      : { itemId: row.itemId, from, to: 'verified', detail: from === 'failed' ? `${done} (after the due date)` : done };
  const dueAt = row.remediationDueAt;
  if (from === 'open' && now.toISOString() > dueAt) {
    const still =
      row.decision === 'revoke'
        ? `the ${app} account is still ${row.accountStatus}`
        : `the ${app} account still has roles ${row.roles.join(', ') || 'none'}, not only ${String(row.newRole)}`;
    return { itemId: row.itemId, from, to: 'failed', detail: `Not done by ${dueAt.slice(0, 10)}: ${still}` };
  }
  return null;
}

function doneBecause(row: RemediationFacts): string | null {
  const app = row.appName;
  if (row.removedAt) return `Account removed from ${app} (missing from the import of ${row.removedAt.slice(0, 10)})`;
  if (row.accountStatus === 'deactivated' || row.accountStatus === 'suspended') return `Account ${row.accountStatus} in ${app}`;
  if (row.decision !== 'modify') return null;
  const roles = row.roles;
  const launch = (JSON.parse(row.snapshot) as AccountSnapshot).roles.map((r) => r.name);
  const newRole = String(row.newRole);
  const leftover = launch.filter((name) => name !== newRole && roles.includes(name));
  return roles.includes(newRole) && leftover.length === 0 ? `Role changed to ${newRole} in ${app}` : null;
}
