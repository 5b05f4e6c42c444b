import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { SYSTEM_ACTOR, type Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Graph } from '../graph/graph.js';
import { NOTHING, type ChangeScope } from '../shared/change-scope.js';
import { formatProblem, ImportError } from './errors.js';
import { digestFiles } from './file-digest.js';
import type { ImportBatch, ImportKind } from './model.js';
import type { InputFile, ParseOptions, Parser } from './parser.js';
import { prepareBatch, type PreparedBatch } from './write/prepare.js';
import type { WriteContext } from './write/write-context.js';
import { CREATE_SYNC_RUN } from './write/records.queries.js';
import { writeImport } from './write/write-import.js';

export interface SyncCounts {
  /** Records the import created. */
  added: number;
  /** Records that existed and that the import changed (or listed again after they were marked removed). */
  updated: number;
  removed: number;
}

export interface SyncRunRecord extends SyncCounts {
  id: string;
  kind: ImportKind;
  scope: string;
  status: 'succeeded' | 'failed';
  files: string[];
  /** The connection whose sync this was; absent for a file import. */
  connection?: string;
  sha256: string;
  recordsRead: number;
  complete: boolean;
  /** Records the import lists as they are already: not written at all. */
  unchanged: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Time spent reading and validating the input, and writing it, within durationMs. */
  parseMs: number;
  writeMs: number;
  errors: string[];
  notes: string[];
  /**
   * What the import changed, for reconciliation and the findings refresh: NOTHING when no record
   * changed. Returned only, never stored (neither on the SyncRun nor in the audit log).
   */
  touched: ChangeScope;
}

/** Whether the records a complete import no longer lists are marked removed: as the parser judged the input, or as the user says. */
export type Completeness = 'auto' | 'complete' | 'partial';

export interface SyncOptions extends ParseOptions {
  completeness?: Completeness;
  /** The connection whose sync downloaded the files, kept on the SyncRun (apply finds who manages an account by it). */
  connection?: string;
  /** Who ran the import, for the audit log (default: Attest itself). */
  actor?: Actor;
}

/**
 * Imports one source: parse and validate everything first (nothing is written for a bad input, but
 * the failed SyncRun is recorded), then write it so that it lands whole or not at all as readers
 * see it: new records are staged in bounded transactions, then every change (and the SyncRun) is
 * published in one transaction (write/write-import.ts). Records the input lists as they are stored
 * are not written. A failure while writing deletes what was staged and records the failed SyncRun.
 */
export async function runImport(
  graph: Graph,
  parser: Parser,
  files: InputFile[],
  options: SyncOptions,
  onProgress?: (phase: string, done: number, total: number) => void,
): Promise<SyncRunRecord> {
  const started = Date.now();
  const run = await newRun(parser, files, options);
  let batch: ImportBatch;
  try {
    onProgress?.('parse', 0, 1);
    batch = await parser.parse(files, options);
    onProgress?.('parse', 1, 1);
    run.parseMs = Date.now() - started;
  } catch (error) {
    run.errors =
      error instanceof ImportError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)];
    await recordFailure(graph, run, started);
    throw error;
  }
  const { prepared, params } = takeParsed(run, batch, options);
  const ctx = { graph, params, onProgress };
  const writeStarted = Date.now();
  try {
    const written = await writeImport(ctx, prepared, batch.complete, async (tx, counts) => {
      Object.assign(run, counts);
      run.durationMs = Date.now() - started;
      run.writeMs = Date.now() - writeStarted;
      await recordRun(tx, run, options);
    });
    run.touched = written.touched;
    return run;
  } catch (error) {
    Object.assign(run, { added: 0, updated: 0, unchanged: 0, removed: 0 });
    run.errors = [`the import could not be written, and nothing of it was: ${error instanceof Error ? error.message : String(error)}`];
    run.writeMs = Date.now() - writeStarted;
    await recordFailure(graph, run, started).catch(() => undefined);
    throw error;
  }
}

/** Takes the parsed batch into the run (completeness, scope, counts, notes) and prepares its rows and the write's parameters. */
export function takeParsed(
  run: SyncRunRecord,
  batch: ImportBatch,
  options: Pick<SyncOptions, 'completeness' | 'catalog' | 'now'>,
): { prepared: PreparedBatch; params: WriteContext['params'] } {
  applyCompleteness(batch, options.completeness ?? 'auto');
  run.scope = batch.scope;
  run.complete = batch.complete;
  run.recordsRead = batch.recordsRead;
  const prepared = prepareBatch(batch, options.catalog);
  run.notes = [...batch.notes, ...prepared.notes];
  return { prepared, params: { kind: batch.kind, scope: batch.scope, runId: run.id, now: options.now.toISOString() } };
}

/** A run of `parser` over `files` that has read nothing yet. */
export async function newRun(parser: Parser, files: InputFile[], options: SyncOptions): Promise<SyncRunRecord> {
  return {
    id: randomUUID(),
    kind: parser.kind,
    scope: refusedScope(parser, options.app),
    status: 'succeeded',
    files: files.map((f) => f.name),
    ...(options.connection === undefined ? {} : { connection: options.connection }),
    sha256: await digestFiles(files),
    recordsRead: 0,
    complete: false,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    startedAt: options.now.toISOString(),
    finishedAt: options.now.toISOString(),
    durationMs: 0,
    parseMs: 0,
    writeMs: 0,
    errors: [],
    notes: [],
    touched: NOTHING,
  };
}

/** The written run in the history, waiting for its reconciliation, and its event in the audit log. */
export async function recordRun(tx: ManagedTransaction, run: SyncRunRecord, options: Pick<SyncOptions, 'actor' | 'now'>): Promise<void> {
  await tx.run(CREATE_SYNC_RUN, { run: toRunParams(run) });
  await appendAudit(
    tx,
    options.actor ?? SYSTEM_ACTOR,
    { action: 'import', targetType: 'source', targetId: run.scope, after: auditedRun(run) },
    options.now,
  );
}

/** The failed run, in the history, so the source shows its last import failed; nothing else is written. */
async function recordFailure(graph: Graph, run: SyncRunRecord, started: number): Promise<void> {
  run.status = 'failed';
  run.durationMs = Date.now() - started;
  await graph.executeWrite((tx) => tx.run(CREATE_SYNC_RUN, { run: toRunParams(run) }), 'sync-run-failed');
}

/**
 * The scope a run refused before parsing is known by: the app it was meant for when the kind takes
 * one, so the history says which app's upload was refused (a refused run makes no source: api/sources).
 */
function refusedScope(parser: Parser, app: string | undefined): string {
  const name = app?.trim();
  return parser.needsApp && name ? `${parser.kind}:${name}` : parser.kind;
}

function applyCompleteness(batch: ImportBatch, completeness: Completeness): void {
  if (completeness === 'complete' && !batch.complete) {
    batch.complete = true;
    batch.notes.push(`Taken as a complete listing of ${batch.scope}, as the import said: records it does not list are marked removed.`);
  } else if (completeness === 'partial' && batch.complete) {
    batch.complete = false;
    batch.notes.push('Taken as a partial listing, as the import said: nothing is marked removed.');
  }
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
    unchanged: run.unchanged,
    removed: run.removed,
    complete: run.complete,
  };
}

/**
 * The run as stored; `recordedAt` (wall clock) orders runs that share one pinned "now" (ATTEST_NOW).
 * A written import waits for its reconciliation (reconcile-pending.ts), in the same transaction.
 */
function toRunParams(run: SyncRunRecord): Record<string, unknown> {
  const { touched: _touched, ...stored } = run;
  return { ...stored, recordedAt: new Date().toISOString(), reconcilePending: run.status === 'succeeded' };
}
