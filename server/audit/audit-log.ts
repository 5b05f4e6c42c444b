import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { decodeRow, readRows } from '../graph/decode.js';
import { afterCommit, rowsOf, type Graph } from '../graph/graph.js';
import type { Actor } from './actor.js';
import { canonicalJson, GENESIS_HASH, hashAuditEvent, type AuditEvent } from './audit-event.js';
import type { Checkpoint } from './checkpoint.js';
import { checkpointWriter } from './checkpoint-store.js';
import * as q from './audit.queries.js';
import { seqHashRow } from './audit.schemas.js';

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
 * Once the transaction commits, a signed checkpoint of the new head is appended to the checkpoint
 * file in the data directory, which anyone able to write to the database still cannot rewrite.
 * Without a usable signing key the change is refused (AuditAnchorError).
 */
export async function appendAudit(tx: ManagedTransaction, actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
  const checkpoints = checkpointWriter();
  const id = randomUUID();
  await tx.run(q.LOCK_HEAD, { genesisHash: GENESIS_HASH, eventId: id });
  const [headRow] = rowsOf(await tx.run(q.READ_HEAD));
  if (!headRow) throw new Error('the audit log head is missing right after it was created');
  const head = decodeRow(seqHashRow, headRow, 'audit-head');
  const unhashed = {
    id,
    seq: head.seq + 1,
    at: at.toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: canonicalJson(entry.before),
    after: canonicalJson(entry.after),
    prevHash: head.hash,
  };
  const event: AuditEvent = { ...unhashed, hash: hashAuditEvent(unhashed) };
  await tx.run(q.APPEND_EVENT, { event: { ...event, seq: neo4j.int(event.seq) } });
  afterCommit(tx, () => {
    try {
      checkpoints.append({ seq: event.seq, hash: event.hash });
    } catch (error) {
      // The change is committed, so failing its request now would misreport it; `audit verify` shows the events after the newest checkpoint.
      console.error(
        `Audit event #${event.seq} is committed but its checkpoint was not written: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });
}

/**
 * Signs a checkpoint of the log's newest committed event (or of the empty log) now, for an export
 * that carries the latest checkpoint, and the public key to check it with.
 */
export async function checkpointAuditHead(graph: Graph): Promise<{ checkpoint: Checkpoint; publicKeyPem: string }> {
  const checkpoints = checkpointWriter();
  const [head] = await readRows(graph, q.READ_HEAD, {}, seqHashRow, 'audit-checkpoint');
  const checkpoint = checkpoints.append(head ?? { seq: 0, hash: GENESIS_HASH });
  return { checkpoint, publicKeyPem: checkpoints.publicKeyPem };
}
