import type { Actor } from '../audit/actor.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';
import type { ReconcileSummary } from '../reconcile/reconcile.js';
import { reconcileAndRefresh } from '../reconcile/reconcile-and-refresh.js';
import { settleReviews } from '../reviews/after-import.js';
import { ImportError } from './errors.js';
import { IMPORT_KINDS, type ImportKind } from './model.js';
import type { InputFile, Parser } from './parser.js';
import { PARSERS } from './parsers/index.js';
import { markReconciled, pendingSyncRunIds } from './reconcile-pending.js';
import { EVERYTHING, type ChangeScope } from '../shared/change-scope.js';
import { takeSnapshot } from './snapshot.js';
import { runImport, type Completeness, type SyncRunRecord } from './sync.js';

export interface ImportRequest {
  kind: string;
  files: InputFile[];
  app?: string;
  catalogKey?: string;
  mapping?: Record<string, string>;
  /** Overrides the parser's judgement of whether the input lists everything in its scope. */
  completeness?: Completeness;
  /** Who asked for the import, for the audit log (default: Attest itself). */
  actor?: Actor;
  /** The files are a complete API listing a connector fetched: an empty one is read as "nothing left" (ParseOptions). */
  emptyIsComplete?: boolean;
  /** The connection whose sync downloaded the files (SyncOptions). */
  connection?: string;
  /**
   * Reconcile, recompute findings and snapshot after the write (default). Loading several sources
   * at once turns this off for all but the last, which sees every source.
   */
  reconcile?: boolean;
}

export interface ImportOutcome {
  run: SyncRunRecord;
  /** Null when the request turned reconciliation off. */
  reconcile: ReconcileSummary | null;
  findings: number | null;
}

export function isImportKind(kind: string): kind is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(kind);
}

/** The parser of `kind`, refusing an unknown kind, or a kind that needs its app without one. */
export function parserFor(kind: string, app: string | undefined): Parser {
  if (!isImportKind(kind)) {
    throw new ImportError([
      { file: '(command)', field: 'kind', message: `unknown kind "${kind}"; expected one of ${IMPORT_KINDS.join(', ')}` },
    ]);
  }
  const parser = PARSERS[kind];
  if (parser.needsApp && !parser.appsInInput && !app) {
    throw new ImportError([{ file: '(command)', field: 'app', message: `${kind} imports need the app they belong to (--app "<name>")` }]);
  }
  return parser;
}

/**
 * The whole import as the CLI and the upload form run it: parse and write the source (all or
 * nothing), then reconcile, recompute findings and record a KPI snapshot.
 */
export async function importSource(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  request: ImportRequest,
  onProgress?: (phase: string, done: number, total: number) => void,
): Promise<ImportOutcome> {
  const parser = parserFor(request.kind, request.app);
  const run = await runImport(
    graph,
    parser,
    request.files,
    {
      catalog,
      now,
      app: request.app,
      catalogKey: request.catalogKey,
      mapping: request.mapping,
      completeness: request.completeness,
      actor: request.actor,
      emptyIsComplete: request.emptyIsComplete,
      ...(request.connection === undefined ? {} : { connection: request.connection }),
    },
    onProgress,
  );
  if (request.reconcile === false) return { run, reconcile: null, findings: null };
  onProgress?.('reconcile', 0, 1);
  const settled = await settleAfterChange(graph, catalog, now, run.id, run.touched);
  onProgress?.('reconcile', 1, 1);
  return { run, ...settled };
}

/**
 * What follows any change to the records: reconcile, recompute findings, record a KPI snapshot for
 * the trend. Every import written before it began is reconciled by it, so their pending flags go.
 * `touched` is what the change that calls it touched; when other imports wait unreconciled (a load
 * of several sources, or a process that died), what they touched is not known, so everything is redone.
 */
export async function settleAfterChange(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  syncRunId: string | null,
  touched: ChangeScope = EVERYTHING,
): Promise<{ reconcile: ReconcileSummary; findings: number }> {
  const pending = await pendingSyncRunIds(graph);
  const others = pending.filter((id) => id !== syncRunId);
  const settled = await reconcileAndRefresh(graph, catalog, now, others.length > 0 ? EVERYTHING : touched);
  await takeSnapshot(graph, catalog, now, syncRunId);
  await settleReviews(graph, now);
  await markReconciled(graph, pending);
  return settled;
}

/**
 * Finishes imports whose process died between writing and reconciling (the write is one
 * transaction, so it is whole). Run at start and before each command; returns how many it finished.
 */
export async function finishInterruptedImports(
  graph: Graph,
  catalog: () => Catalog,
  now: Date,
  log: (message: string) => void,
): Promise<number> {
  const pending = await pendingSyncRunIds(graph);
  const [latest] = pending;
  if (latest === undefined) return 0;
  log(
    `Reconciling ${pending.length === 1 ? 'an import' : `${pending.length} imports`} left unreconciled when ${pending.length === 1 ? 'its process' : 'their processes'} stopped…`,
  );
  await settleAfterChange(graph, catalog(), now, latest);
  return pending.length;
}
