import type { KeyObject } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { checkpointSigned, keyIdOf, parseCheckpoints, type Checkpoint } from './checkpoint.js';
import { AuditAnchorError, readIfPresent, readPublicKey } from './checkpoint-store.js';
import * as q from './audit.queries.js';
import { seqHashRow } from './audit.schemas.js';

/** Checkpoints whose events are looked up per query. */
const BATCH = 1000;

export type AnchorProblemKind =
  'missing_checkpoints' | 'unreadable_checkpoints' | 'missing_key' | 'foreign_key' | 'truncated' | 'rewritten';

export interface AnchorProblem {
  kind: AnchorProblemKind;
  detail: string;
}

export interface AnchorVerification {
  checkpointsFile: string;
  publicKeyFile: string;
  /** Of the public key checked against; null when there is none. */
  keyId: string | null;
  /** Checkpoints whose signature verified with the public key. */
  checkpointsSigned: number;
  /** The signed checkpoint of the newest event. */
  latest: Checkpoint | null;
  problems: AnchorProblem[];
}

interface Located {
  line: number;
  checkpoint: Checkpoint;
}

/**
 * Checks the audit log in the graph against signed checkpoints kept outside it: every checkpoint
 * must be signed by the public key (else it is forged or from another key), no checkpoint may be
 * newer than the newest event (else events were cut off the end), and every checkpointed event must
 * still have the hash that was signed (else it, or one before it, was rewritten and re-chained).
 */
export async function verifyAuditAnchors(graph: Graph, files: { checkpoints: string; publicKey: string }): Promise<AnchorVerification> {
  const problems: AnchorProblem[] = [];
  const result: AnchorVerification = {
    checkpointsFile: files.checkpoints,
    publicKeyFile: files.publicKey,
    keyId: null,
    checkpointsSigned: 0,
    latest: null,
    problems,
  };
  const [newestRow] = await readRows(graph, q.NEWEST_SEQ, {}, z.object({ seq: z.number().nullable() }), 'audit-anchor-newest');
  const newest = newestRow?.seq ?? 0;

  const text = readIfPresent(files.checkpoints);
  if (text === null) {
    if (newest > 0) {
      problems.push({
        kind: 'missing_checkpoints',
        detail: `there is no checkpoint file at ${files.checkpoints}, so nothing outside the database vouches for the log's ${newest} events; restore it, or give the auditor's copy with --checkpoints`,
      });
    }
    return result;
  }
  const parsed = parseCheckpoints(text);
  if (parsed.unreadable.length > 0) {
    const [first] = parsed.unreadable;
    problems.push({
      kind: 'unreadable_checkpoints',
      detail: `${parsed.unreadable.length} line(s) of ${files.checkpoints} are not checkpoints (line ${first?.line}: ${first?.reason})`,
    });
  }

  let publicKey: KeyObject | null;
  try {
    publicKey = readPublicKey(files.publicKey);
  } catch (error) {
    if (!(error instanceof AuditAnchorError)) throw error;
    problems.push({ kind: 'missing_key', detail: `${error.message}, so the checkpoints cannot be checked` });
    return result;
  }
  if (publicKey === null) {
    problems.push({
      kind: 'missing_key',
      detail: `there is no public key at ${files.publicKey}, so the ${parsed.checkpoints.length} checkpoints cannot be checked; restore it from the auditor's copy, or give that copy with --public-key`,
    });
    return result;
  }
  result.keyId = keyIdOf(publicKey);

  const signed: Located[] = [];
  const foreign: Located[] = [];
  for (const located of parsed.checkpoints) (checkpointSigned(located.checkpoint, publicKey) ? signed : foreign).push(located);
  result.checkpointsSigned = signed.length;
  if (foreign.length > 0) {
    const first = foreign[0]!;
    problems.push({
      kind: 'foreign_key',
      detail: `${foreign.length} of ${parsed.checkpoints.length} checkpoints in ${files.checkpoints} do not verify with the public key ${files.publicKey} (key ${result.keyId}); the first is line ${first.line}, for event #${first.checkpoint.seq}, which names key ${first.checkpoint.keyId}: they were forged, or signed with another key`,
    });
  }
  if (signed.length === 0) return result;

  const latest = signed.reduce((newer, located) => (located.checkpoint.seq > newer.checkpoint.seq ? located : newer));
  result.latest = latest.checkpoint;
  if (latest.checkpoint.seq > newest) {
    const gone =
      newest + 1 === latest.checkpoint.seq ? `event #${newest + 1} was` : `events #${newest + 1} to #${latest.checkpoint.seq} were`;
    problems.push({
      kind: 'truncated',
      detail: `the newest event in the database is ${newest === 0 ? 'none' : `#${newest}`}, but line ${latest.line} of ${files.checkpoints} is a signed checkpoint of event #${latest.checkpoint.seq} (hash ${latest.checkpoint.hash}): ${gone} removed`,
    });
  }

  const rewritten = await firstRewritten(
    graph,
    signed.filter(({ checkpoint }) => checkpoint.seq > 0 && checkpoint.seq <= newest),
  );
  if (rewritten) {
    problems.push({
      kind: 'rewritten',
      detail: `event #${rewritten.located.checkpoint.seq} has hash ${rewritten.stored}, but line ${rewritten.located.line} of ${files.checkpoints} is a signed checkpoint of it with hash ${rewritten.located.checkpoint.hash}: the event, or one before it, was rewritten and the chain re-hashed`,
    });
  }
  return result;
}

/** The checkpoint with the lowest sequence number whose event now has another hash (events that are gone are the chain check's to report). */
async function firstRewritten(graph: Graph, checkpoints: Located[]): Promise<{ located: Located; stored: string } | null> {
  const sorted = [...checkpoints].sort((a, b) => a.checkpoint.seq - b.checkpoint.seq);
  for (let start = 0; start < sorted.length; start += BATCH) {
    const batch = sorted.slice(start, start + BATCH);
    const seqs = [...new Set(batch.map(({ checkpoint }) => checkpoint.seq))];
    const rows = await readRows(graph, q.HASHES_AT, { seqs: seqs.map((seq) => neo4j.int(seq)) }, seqHashRow, 'audit-anchor-hashes');
    const stored = new Map(rows.map((row) => [row.seq, row.hash]));
    for (const located of batch) {
      const hash = stored.get(located.checkpoint.seq);
      if (hash !== undefined && hash !== located.checkpoint.hash) return { located, stored: hash };
    }
  }
  return null;
}
