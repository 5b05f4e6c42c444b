import type { Actor } from '../audit/actor.js';
import { z } from 'zod';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { lockItems, type Acting, type LockedItem } from './acting.js';
import * as q from './escalation.queries.js';
import { move } from './reassign.js';
import type { PersonName } from './reviewer-rule.js';
import { idRowSchema, personNameSchema } from './review.schemas.js';

const reviewerManagerRow = z.object({ itemId: z.string(), manager: personNameSchema.nullable() });

export interface EscalationOutcome {
  escalatedItemIds: string[];
  /** Overdue items left where they are: the reviewer has no manager, or the manager owns the account. */
  stuckItemIds: string[];
}

/**
 * Moves every undecided item of an active campaign past its due date to its current reviewer's
 * manager (reviewerReason 'escalated', the first reviewer kept), once per item. Runs after every
 * import, hourly in `attest serve`, and from `attest campaign escalate`.
 */
export async function escalateOverdue(graph: Graph, now: Date, actor: Actor): Promise<EscalationOutcome> {
  const candidates = (await readRows(graph, q.OVERDUE_UNESCALATED, { now: now.toISOString() }, idRowSchema, 'review-overdue')).map(
    (r) => r.id,
  );
  const acting: Acting = { actor, personId: null, mayActForOthers: true };
  const outcome: EscalationOutcome = { escalatedItemIds: [], stuckItemIds: [] };
  // Each item is escalated on its own: batches bound the transactions when a campaign over everything falls due.
  for (let start = 0; start < candidates.length; start += ESCALATE_BATCH) {
    const batch = await escalateBatch(graph, candidates.slice(start, start + ESCALATE_BATCH), acting, now);
    outcome.escalatedItemIds.push(...batch.escalatedItemIds);
    outcome.stuckItemIds.push(...batch.stuckItemIds);
  }
  return outcome;
}

const ESCALATE_BATCH = 1000;

async function escalateBatch(graph: Graph, candidates: string[], acting: Acting, now: Date): Promise<EscalationOutcome> {
  return graph.executeWrite(async (tx) => {
    const locked = (await lockItems(tx, candidates, acting)).filter(
      (row) =>
        row.campaign.status === 'active' &&
        row.item.decision === null &&
        row.item.escalatedAt === null &&
        row.item.reviewerPersonId !== null,
    );
    const managerRows = rowsOf(await tx.run(q.REVIEWERS_MANAGERS, { itemIds: locked.map((row) => row.item.id) }));
    const managers = new Map(decodeRows(reviewerManagerRow, managerRows, 'review-reviewers-managers').map((r) => [r.itemId, r.manager]));
    const byManager = new Map<string, { to: PersonName; items: LockedItem[] }>();
    const stuck: string[] = [];
    for (const row of locked) {
      const manager = managers.get(row.item.id) ?? null;
      if (!manager || manager.id === row.item.ownerPersonId) {
        stuck.push(row.item.id);
        continue;
      }
      const group = byManager.get(manager.id) ?? { to: manager, items: [] };
      group.items.push(row);
      byManager.set(manager.id, group);
    }
    for (const { to, items } of byManager.values()) {
      await move(tx, items, to, 'escalated', 'not decided by the due date', acting, now, 'review.escalate', true);
    }
    return { escalatedItemIds: [...byManager.values()].flatMap((g) => g.items.map((row) => row.item.id)), stuckItemIds: stuck };
  }, 'review-escalate');
}
