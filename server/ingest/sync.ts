import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { SYSTEM_ACTOR, type Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import { decodeRow } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { formatProblem, ImportError } from './errors.js';
import { digestFiles } from './file-digest.js';
import { RECORDS_WRITTEN_BY, type ImportBatch, type ImportKind } from './model.js';
import type { InputFile, ParseOptions, Parser } from './parser.js';
import { prepareBatch } from './write/prepare.js';
import * as q from './write/records.queries.js';

export interface SyncCounts {
  added: number;
  updated: number;
  removed: number;
}

export interface SyncRunRecord extends SyncCounts {
  id: string;
  kind: ImportKind;
  scope: string;
  status: 'succeeded' | 'failed';
  files: string[];
  sha256: string;
  recordsRead: number;
  complete: boolean;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Time spent reading and validating the input, and writing it, within durationMs. */
  parseMs: number;
  writeMs: number;
  errors: string[];
  notes: string[];
}

const BATCH = 5000;

/** What an upsert returns (records.queries.ts ADDED): how many of the slice were new, of how many. */
const upsertCountsRow = z.object({ added: z.number(), total: z.number() });
const removedCountRow = z.object({ removed: z.number() });

/** Whether the records a complete import no longer lists are marked removed: as the parser judged the input, or as the user says. */
export type Completeness = 'auto' | 'complete' | 'partial';

export interface SyncOptions extends ParseOptions {
  completeness?: Completeness;
  /** Who ran the import, for the audit log (default: Attest itself). */
  actor?: Actor;
}

/**
 * Imports one source: parse and validate everything first (nothing is written for a bad input, but
 * the failed SyncRun is recorded), then upsert the whole batch and mark what a complete import no
 * longer lists as removed, all in one transaction, so an import lands whole or not at all.
 */
export async function runImport(
  graph: Graph,
  parser: Parser,
  files: InputFile[],
  options: SyncOptions,
  onProgress?: (phase: string, done: number, total: number) => void,
): Promise<SyncRunRecord> {
  const started = Date.now();
  const run: SyncRunRecord = {
    id: randomUUID(),
    kind: parser.kind,
    scope: parser.kind,
    status: 'succeeded',
    files: files.map((f) => f.name),
    sha256: await digestFiles(files),
    recordsRead: 0,
    complete: false,
    added: 0,
    updated: 0,
    removed: 0,
    startedAt: options.now.toISOString(),
    finishedAt: options.now.toISOString(),
    durationMs: 0,
    parseMs: 0,
    writeMs: 0,
    errors: [],
    notes: [],
  };
  let batch: ImportBatch;
  try {
    onProgress?.('parse', 0, 1);
    batch = await parser.parse(files, options);
    onProgress?.('parse', 1, 1);
    run.parseMs = Date.now() - started;
  } catch (error) {
    run.status = 'failed';
    run.errors =
      error instanceof ImportError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)];
    run.durationMs = Date.now() - started;
    await graph.executeWrite((tx) => tx.run(q.CREATE_SYNC_RUN, { run: toRunParams(run) }), 'sync-run-failed');
    throw error;
  }
  applyCompleteness(batch, options.completeness ?? 'auto');
  run.scope = batch.scope;
  run.complete = batch.complete;
  run.recordsRead = batch.recordsRead;
  const prepared = prepareBatch(batch, options.catalog);
  run.notes = [...batch.notes, ...prepared.notes];
  const params = { kind: batch.kind, scope: batch.scope, runId: run.id, now: options.now.toISOString() };
  const total =
    prepared.people.length +
    prepared.identities.length +
    prepared.groups.length +
    prepared.accounts.length +
    prepared.assignments.length +
    prepared.integrations.length;
  let done = 0;
  const writeStarted = Date.now();

  await graph.executeWrite(async (tx) => {
    const upsert = async (cypher: string, rows: Record<string, unknown>[]): Promise<void> => {
      for (let i = 0; i < rows.length; i += BATCH) {
        const slice = rows.slice(i, i + BATCH);
        const [row] = rowsOf(await tx.run(cypher, { ...params, rows: slice }));
        if (row && 'added' in row) {
          const { added, total } = decodeRow(upsertCountsRow, row, `import-upsert:${batch.kind}`);
          run.added += added;
          run.updated += total - added;
        }
        done += slice.length;
        onProgress?.('write', done, total);
      }
    };
    await upsert(q.UPSERT_APPS, prepared.apps);
    await upsert(q.UPSERT_PEOPLE, prepared.people);
    await upsert(q.UPSERT_IDENTITIES, prepared.identities);
    await upsert(q.UPSERT_GROUPS, prepared.groups);
    await upsert(q.UPSERT_ACCOUNTS, prepared.accounts);
    await upsert(q.UPSERT_ASSIGNMENTS, prepared.assignments);
    await upsert(q.UPSERT_INTEGRATIONS, prepared.integrations);
    if (batch.complete) {
      for (const label of RECORDS_WRITTEN_BY[batch.kind]) run.removed += await countRemoved(tx, q.markRemoved(label), params);
    }
    run.durationMs = Date.now() - started;
    run.writeMs = Date.now() - writeStarted;
    await tx.run(q.CREATE_SYNC_RUN, { run: toRunParams(run) });
    await appendAudit(
      tx,
      options.actor ?? SYSTEM_ACTOR,
      { action: 'import', targetType: 'source', targetId: run.scope, after: auditedRun(run) },
      options.now,
    );
  }, `import:${batch.kind}`);
  return run;
}

function applyCompleteness(batch: ImportBatch, completeness: Completeness): void {
  if (completeness === 'complete' && !batch.complete) {
    batch.complete = true;
    batch.notes.push(
      `Taken as a complete listing of ${batch.scope}, as the import said (--complete): records it does not list are marked removed.`,
    );
  } else if (completeness === 'partial' && batch.complete) {
    batch.complete = false;
    batch.notes.push('Taken as a partial listing, as the import said (--partial): nothing is marked removed.');
  }
}

async function countRemoved(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<number> {
  const [row] = rowsOf(await tx.run(cypher, params));
  return row === undefined ? 0 : decodeRow(removedCountRow, row, 'import-mark-removed').removed;
}

/** What the audit log keeps of a completed import: enough to find the SyncRun and tell what it changed. */
function auditedRun(run: SyncRunRecord): Record<string, unknown> {
  return {
    syncRunId: run.id,
    kind: run.kind,
    files: run.files,
    sha256: run.sha256,
    recordsRead: run.recordsRead,
    added: run.added,
    updated: run.updated,
    removed: run.removed,
    complete: run.complete,
  };
}

/**
 * The run as stored; `recordedAt` (wall clock) orders runs that share one pinned "now" (ATTEST_NOW).
 * A written import waits for its reconciliation (reconcile-pending.ts), in the same transaction.
 */
function toRunParams(run: SyncRunRecord): Record<string, unknown> {
  return { ...run, recordedAt: new Date().toISOString(), reconcilePending: run.status === 'succeeded' };
}
