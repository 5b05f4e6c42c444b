import { appendAudit } from '../audit/audit-log.js';
import type { Actor } from '../audit/actor.js';
import { SYSTEM_ACTOR } from '../audit/actor.js';
import { rowsOf, type Graph, type Row } from '../graph/graph.js';
import { lockItems } from './acting.js';
import * as q from './remediation.queries.js';
import type { AccountSnapshot, RemediationStatus } from './review.types.js';

export interface RemediationChange {
  itemId: string;
  from: RemediationStatus;
  to: RemediationStatus;
  detail: string;
}

/**
 * Checks every open remediation task against the graph as the latest import left it: a revoked
 * account that is removed, deactivated or suspended is verified (so is a role change once the
 * account holds the new role and none of its other old ones); one still in place after its due
 * date has failed. A failed task is verified when the change shows up late. Runs after every import.
 */
export async function checkRemediations(graph: Graph, now: Date, actor: Actor = SYSTEM_ACTOR): Promise<RemediationChange[]> {
  const ids = (await graph.read(q.OPEN_REMEDIATIONS, {}, 'remediation-open')).map((r) => String(r.itemId));
  if (ids.length === 0) return [];
  return graph.executeWrite(async (tx) => {
    await lockItems(tx, ids, { actor, personId: null, mayActForOthers: true });
    const facts = rowsOf(await tx.run(q.REMEDIATION_FACTS, { itemIds: ids }));
    const changes = facts.map((row) => judge(row, now)).filter((c): c is RemediationChange => c !== null);
    await tx.run(q.TOUCH_REMEDIATION, { itemIds: ids, now: now.toISOString() });
    if (changes.length > 0) await tx.run(q.WRITE_REMEDIATION, { changes: changes.map((c) => ({ itemId: c.itemId, status: c.to, detail: c.detail })), now: now.toISOString(), actor });
    for (const change of changes) {
      const version = Number(facts.find((f) => f.itemId === change.itemId)?.version ?? 0);
      await appendAudit(
        tx,
        actor,
        { action: 'remediation.check', targetType: 'ReviewItem', targetId: change.itemId, before: { remediationStatus: change.from, version }, after: { remediationStatus: change.to, detail: change.detail, version: version + 1 } },
        now,
      );
    }
    return changes;
  }, 'remediation-check');
}

function judge(row: Row, now: Date): RemediationChange | null {
  const from = row.remediationStatus as RemediationStatus;
  const app = String(row.appName);
  const done = doneBecause(row);
  if (done) return from === 'verified' ? null : { itemId: String(row.itemId), from, to: 'verified', detail: from === 'failed' ? `${done} (after the due date)` : done };
  const dueAt = String(row.remediationDueAt);
  if (from === 'open' && now.toISOString() > dueAt) {
    const still = row.decision === 'revoke' ? `the ${app} account is still ${String(row.accountStatus)}` : `the ${app} account still has roles ${(row.roles as string[]).join(', ') || 'none'}, not only ${String(row.newRole)}`;
    return { itemId: String(row.itemId), from, to: 'failed', detail: `Not done by ${dueAt.slice(0, 10)}: ${still}` };
  }
  return null;
}

function doneBecause(row: Row): string | null {
  const app = String(row.appName);
  if (row.removedAt) return `Account removed from ${app} (missing from the import of ${String(row.removedAt).slice(0, 10)})`;
  if (row.accountStatus === 'deactivated' || row.accountStatus === 'suspended') return `Account ${String(row.accountStatus)} in ${app}`;
  if (row.decision !== 'modify') return null;
  const roles = row.roles as string[];
  const launch = (JSON.parse(String(row.snapshot)) as AccountSnapshot).roles.map((r) => r.name);
  const newRole = String(row.newRole);
  const leftover = launch.filter((name) => name !== newRole && roles.includes(name));
  return roles.includes(newRole) && leftover.length === 0 ? `Role changed to ${newRole} in ${app}` : null;
}
