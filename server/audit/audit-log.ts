import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from './actor.js';

/** One change, as the audit log records it. `before` / `after` are plain JSON-able values (null when there is none). */
export interface AuditEntry {
  /** What was done, dotted and past-tense free: "ownership.link", "campaign.launch", "review.decide", "user.add", "session.sign_in". */
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one event to the hash-chained audit log inside the caller's write transaction, so the
 * change and its audit event land together or not at all.
 * PLACEHOLDER: the hash chain is being written (server/audit/); the signature is the contract.
 */
export async function appendAudit(tx: ManagedTransaction, actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
  await tx.run(
    `CREATE (e:AuditEvent {id: randomUUID(), at: $at, actorId: $actor.id, actorName: $actor.name, actorRole: $actor.role,
       action: $action, targetType: $targetType, targetId: $targetId, before: $before, after: $after})`,
    {
      at: at.toISOString(),
      actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  );
}
