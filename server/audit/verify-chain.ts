import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph, Row } from '../graph/graph.js';
import { limitParam } from '../graph/values.js';
import { GENESIS_HASH, hashAuditEvent, toAuditEvent, type AuditEvent } from './audit-event.js';
import * as q from './audit.queries.js';
import { seqHashRow } from './audit.schemas.js';

/** Events read per transaction while verifying; memory stays bounded whatever the log's length. */
const PAGE_SIZE = 1000;

export type ChainProblem = 'altered' | 'missing' | 'reordered' | 'head_mismatch';

export interface BrokenLink {
  /** The first sequence number that does not verify (the event may be gone). */
  seq: number;
  /** The event at that place, or null when it is gone. */
  eventId: string | null;
  problem: ChainProblem;
  detail: string;
}

export interface ChainVerification {
  ok: boolean;
  eventsChecked: number;
  /** The newest event that verified. */
  lastSeq: number | null;
  lastHash: string | null;
  lastAt: string | null;
  firstBroken: BrokenLink | null;
}

interface ChainEnd {
  seq: number;
  hash: string;
  at: string | null;
}

/**
 * Walks the audit log from the first event to the newest and reports the first broken link: an
 * event whose stored hash is not the hash of its content (altered), a sequence gap or a previous
 * hash that is not the previous event's (missing, or reordered when it names another event), or a
 * head that does not end where the events do (the newest events were removed).
 */
export async function verifyAuditChain(graph: Graph): Promise<ChainVerification> {
  let previous: ChainEnd = { seq: 0, hash: GENESIS_HASH, at: null };
  let checked = 0;
  const result = (firstBroken: BrokenLink | null): ChainVerification => ({
    ok: firstBroken === null,
    eventsChecked: checked,
    lastSeq: previous.seq === 0 ? null : previous.seq,
    lastHash: previous.seq === 0 ? null : previous.hash,
    lastAt: previous.at,
    firstBroken,
  });

  for (;;) {
    const page = await graph.read(
      q.CHAIN_PAGE,
      { afterSeq: neo4j.int(previous.seq), limit: limitParam(PAGE_SIZE, PAGE_SIZE) },
      'audit-verify',
    );
    for (const row of page) {
      const stored = row.event as Row;
      const event = toAuditEvent(stored);
      const broken = await checkLink(graph, event, hashAuditEvent(stored), previous);
      if (broken) return result(broken);
      previous = { seq: event.seq, hash: event.hash, at: event.at };
      checked += 1;
    }
    if (page.length < PAGE_SIZE) break;
  }
  const [head] = await readRows(graph, q.READ_HEAD, {}, seqHashRow, 'audit-verify-head');
  return result(checkHead(head, previous));
}

async function checkLink(graph: Graph, event: AuditEvent, recomputed: string, previous: ChainEnd): Promise<BrokenLink | null> {
  const expectedSeq = previous.seq + 1;
  if (event.seq !== expectedSeq) {
    const missing = event.seq - 1 === expectedSeq ? `#${expectedSeq} is` : `#${expectedSeq} to #${event.seq - 1} are`;
    return {
      seq: expectedSeq,
      eventId: null,
      problem: 'missing',
      detail: `event ${missing} missing: #${event.seq} follows ${previous.seq === 0 ? 'the start of the log' : `#${previous.seq}`}`,
    };
  }
  if (recomputed !== event.hash) {
    return {
      seq: event.seq,
      eventId: event.id,
      problem: 'altered',
      detail: `its content no longer matches its hash (stored ${event.hash}, content hashes to ${recomputed})`,
    };
  }
  if (event.prevHash !== previous.hash) {
    const before = previous.seq === 0 ? 'the start of the log' : `event #${previous.seq}`;
    const [named] = await readRows(graph, q.EVENT_WITH_HASH, { hash: event.prevHash }, z.object({ seq: z.number() }), 'audit-verify-link');
    if (named) {
      return { seq: event.seq, eventId: event.id, problem: 'reordered', detail: `it chains to event #${named.seq}, not to ${before}` };
    }
    return {
      seq: event.seq,
      eventId: event.id,
      problem: 'missing',
      detail: `it chains to hash ${event.prevHash}, which is not ${before}'s (${previous.hash}) nor any other event's: the event it followed was removed or replaced`,
    };
  }
  return null;
}

function checkHead(head: z.output<typeof seqHashRow> | undefined, last: ChainEnd): BrokenLink | null {
  if (!head) {
    if (last.seq === 0) return null;
    return {
      seq: last.seq,
      eventId: null,
      problem: 'head_mismatch',
      detail: `the log's head is gone, so removal of the newest events cannot be ruled out`,
    };
  }
  const { seq: headSeq, hash: headHash } = head;
  if (headSeq === last.seq && headHash === last.hash) return null;
  if (headSeq > last.seq) {
    const gone = headSeq - last.seq === 1 ? `#${headSeq} was` : `#${last.seq + 1} to #${headSeq} were`;
    return {
      seq: last.seq + 1,
      eventId: null,
      problem: 'head_mismatch',
      detail: `the log's head records ${headSeq} events but the newest is #${last.seq}: event ${gone} removed`,
    };
  }
  return {
    seq: last.seq,
    eventId: null,
    problem: 'head_mismatch',
    detail: `the log's head records #${headSeq} with hash ${headHash}, but the newest event is #${last.seq} with hash ${last.hash}`,
  };
}
