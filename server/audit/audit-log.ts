import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { rowsOf } from '../graph/graph.js';
import type { Actor } from './actor.js';
import { canonicalJson, GENESIS_HASH, hashAuditEvent, type AuditEvent } from './audit-event.js';
import * as q from './audit.queries.js';

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
 * change and its audit event land together or not at all. Appends are serialized on the log's head
 * node: each takes its lock, reads the newest event's sequence number and hash, and chains to it.
 */
export async function appendAudit(tx: ManagedTransaction, actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
  const id = randomUUID();
  await tx.run(q.LOCK_HEAD, { genesisHash: GENESIS_HASH, eventId: id });
  const [head] = rowsOf(await tx.run(q.READ_HEAD));
  if (!head) throw new Error('the audit log head is missing right after it was created');
  const unhashed = {
    id,
    seq: Number(head.seq) + 1,
    at: at.toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: canonicalJson(entry.before),
    after: canonicalJson(entry.after),
    prevHash: String(head.hash),
  };
  const event: AuditEvent = { ...unhashed, hash: hashAuditEvent(unhashed) };
  await tx.run(q.APPEND_EVENT, { event: { ...event, seq: neo4j.int(event.seq) } });
}
