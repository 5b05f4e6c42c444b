/**
 * npm run bench:scale -- --people 100000 [--data DIR] [--seed S] [--skip incremental,queries,kill,plain]
 * [--db EMPTY_DIR] (the database is kept there, for `bench:queries --db`): one run of the whole pipeline at
 * scale, in a throw-away embedded Neo4j started with the launcher's defaults:
 *   1. load: settings, each import kind, reconciliation, findings refresh, KPI snapshot: time,
 *      rows/s, peak RSS of this process and of the JVM, store size;
 *   2. the incremental case: one app's ~people/5-row accounts export with 500 changes, re-imported
 *      and settled (goal: at most 30 s at 100k);
 *   3. the query p95s;
 *   4. all or nothing: an import of the largest file through the CLI, killed while it writes, must
 *      leave what readers see unchanged;
 *   5. the same writes as plain UNWIND batches, and the ratio ours / plain (goal: at most 1.5).
 * The vendor exports are generated in a child process (so generation does not count towards this
 * process's memory), or read from --data (e.g. /work/scale/p100k), which is never written to.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { basename, dirname, join } from 'node:path';
import { applyFolderSettings, readManifest } from '../seed/vendor/load-vendor.js';
import type { ManifestEntry } from '../seed/vendor/write-vendor.js';
import { loadCatalog, type Catalog } from '../server/catalog/catalog.js';
import { repoRoot } from '../server/config/repo-root.js';
import { refreshFindings } from '../server/findings/engine.js';
import { connectGraph } from '../server/graph/connect.js';
import { startEmbeddedNeo4j } from '../server/graph/embedded/launcher.js';
import type { Graph } from '../server/graph/graph.js';
import { importSource, isImportKind } from '../server/ingest/import-source.js';
import { PARSERS } from '../server/ingest/parsers/index.js';
import { markReconciled, pendingSyncRunIds } from '../server/ingest/reconcile-pending.js';
import { takeSnapshot } from '../server/ingest/snapshot.js';
import type { SyncRunRecord } from '../server/ingest/sync.js';
import { prepareBatch } from '../server/ingest/write/prepare.js';
import { reconcile } from '../server/reconcile/reconcile.js';
import { settleReviews } from '../server/reviews/after-import.js';
import { EVERYTHING, mergeScopes, NOTHING, type ChangeScope } from '../server/shared/change-scope.js';
import { killMidImport } from './all-or-nothing.js';
import { emptyGraph } from './empty-graph.js';
import { measureQueries, TARGET_P95_MS } from './measure-queries.js';
import { writeChangedCopy } from './incremental-change.js';
import { writeRekeyedCopy } from './rekeyed-copy.js';
import { graphShape, writePlain } from './plain-writes.js';
import { generatedNow, manifestIn, scaleArgs, type ScaleSection } from './scale-args.js';
import { addCpu, cpuBetween, PhaseLog, progress, TransactionTally, type CpuUse } from './scale-measure.js';

// ---- The pipeline, as importSource and settleAfterChange run it, with each phase timed ----

interface Imported {
  run: SyncRunRecord;
  touched: ChangeScope;
}

/** Imports one manifest entry (parse, validate, write) without reconciling. */
async function importEntry(graph: Graph, catalog: Catalog, now: Date, entry: ManifestEntry, path: string): Promise<Imported> {
  const { run } = await importSource(graph, catalog, now, {
    kind: entry.kind,
    files: [{ path, name: entry.path }],
    app: entry.app,
    catalogKey: entry.catalog,
    completeness: entry.completeness,
    reconcile: false,
  });
  return { run, touched: run.touched };
}

type Phase = <T>(name: string, work: () => Promise<T>) => Promise<T | null>;

/** What follows a change (reconcile, findings, KPI snapshot, reviews), each step timed by `phase`. */
async function settle(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  touched: ChangeScope,
  syncRunId: string | null,
  phase: Phase,
): Promise<void> {
  const pending = await pendingSyncRunIds(graph);
  // As settleAfterChange: other imports waiting unreconciled mean what changed is not known.
  const scope = pending.some((id) => id !== syncRunId) ? EVERYTHING : touched;
  await phase('reconcile', () => reconcile(graph, now, scope));
  await phase('findings refresh', () => refreshFindings(graph, catalog, now, scope));
  await phase('KPI snapshot', () => takeSnapshot(graph, catalog, now, syncRunId));
  await phase('reviews + flags', async () => {
    await settleReviews(graph, now);
    await markReconciled(graph, pending);
  });
}

// ---- The run ----

const GOAL_LOAD_MS = 10 * 60_000;
const GOAL_INCREMENTAL_MS = 30_000;
const GOAL_RATIO = 1.5;
const GOAL_NODE_MB = 1024;
const WARM_UP_PEOPLE = 300;

const args = scaleArgs();
const work = mkdtempSync(join(tmpdir(), 'attest-bench-scale-'));
const cli = join(repoRoot(), 'dist', 'server', 'cli.js');
const now = (args.data ? generatedNow(args.data) : null) ?? new Date(process.env.ATTEST_NOW ?? '2026-11-20T00:00:00Z');

/** Writes the vendor exports of `people` people into DIR/vendor in a child process; returns the manifest's path. */
function generate(dir: string, people: number): string {
  const seeded = spawnSync(
    process.execPath,
    [cli, 'seed', '--people', String(people), '--seed', String(args.seed), '--out', dir, '--now', now.toISOString()],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (seeded.status !== 0) throw new Error(`generating ${people} people failed`);
  return join(dir, 'vendor', 'manifest.json');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

console.log(
  `bench:scale: ${args.people} people${args.data ? ` from ${args.data}` : ` (seed ${args.seed})`}, now ${now.toISOString()}; machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB`,
);
console.log(
  `Node heap limit ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MB (bin/attest.js caps it, and so does npm run bench:scale), ATTEST_NEO4J_HEAP=${process.env.ATTEST_NEO4J_HEAP ?? "(not set: the launcher's default)"}, ATTEST_NEO4J_PAGECACHE=${process.env.ATTEST_NEO4J_PAGECACHE ?? "(not set: the launcher's default)"}`,
);
let started = performance.now();
const manifestPath = args.data ? manifestIn(args.data) : generate(join(work, 'generated'), args.people);
if (!args.data) console.log(`Generated the vendor exports in a child process in ${seconds(performance.now() - started)}`);
const vendorDir = dirname(manifestPath);
const entries = await readManifest(manifestPath);
const fileOf = (entry: ManifestEntry, dir = vendorDir) => join(dir, entry.path);
const warmManifest = generate(join(work, 'warm-up'), WARM_UP_PEOPLE);
const warmEntries = await readManifest(warmManifest);

const dataDir = args.db ?? join(work, 'db');
const storeDir = join(dataDir, 'neo4j');
started = performance.now();
const neo4j = await startEmbeddedNeo4j({ dataDir, startTimeoutMs: 300_000 });
const connection = await connectGraph({ uri: neo4j.uri, password: neo4j.password });
const { graph } = connection;
const tally = new TransactionTally();
graph.observeTransactions(tally.observe);
const catalog = loadCatalog();
console.log(`Embedded Neo4j (JVM pid ${neo4j.pid}) up in ${seconds(performance.now() - started)}`);

/** The JVM compiles each statement on first use: both the importer and the plain writes get one small round first. */
async function warmUp(): Promise<void> {
  const warmDir = dirname(warmManifest);
  await applyFolderSettings(graph, catalog, warmDir);
  for (const entry of warmEntries) await importEntry(graph, catalog, now, entry, fileOf(entry, warmDir));
  await settle(graph, catalog, now, EVERYTHING, null, (_name, step) => step());
  await emptyGraph(graph);
  await applyFolderSettings(graph, catalog, warmDir);
  await writeAllPlain(warmEntries, warmDir);
  await emptyGraph(graph);
}

/** The records of every entry, parsed beforehand (not timed), written as plain UNWIND batches; ms per kind. */
async function writeAllPlain(list: ManifestEntry[], dir: string): Promise<Map<string, number>> {
  const perKind = new Map<string, number>();
  for (const entry of list) {
    if (!isImportKind(entry.kind)) continue;
    const batch = await PARSERS[entry.kind].parse([{ path: fileOf(entry, dir), name: entry.path }], {
      catalog,
      now,
      app: entry.app,
      catalogKey: entry.catalog,
    });
    const prepared = prepareBatch(batch, catalog);
    const begun = performance.now();
    await writePlain(graph, prepared, { kind: batch.kind, scope: batch.scope, runId: `plain-${entry.path}`, now: now.toISOString() });
    perKind.set(entry.kind, (perKind.get(entry.kind) ?? 0) + performance.now() - begun);
  }
  return perKind;
}

interface Loaded {
  log: PhaseLog;
  /** Import time per kind, for the ratio against plain writes. */
  importMs: Map<string, number>;
  /** Rows each entry read; entries whose import failed are missing. */
  rowsRead: Map<ManifestEntry, number>;
  /** The records after the imports, before reconciliation adds to them. */
  shape: string;
}

/** 1. Settings, every import (summed per kind), then the settle: each a phase. */
async function loadAll(): Promise<Loaded> {
  const log = new PhaseLog(neo4j.pid, storeDir, tally);
  await log.time('settings', () => applyFolderSettings(graph, catalog, vendorDir));
  const perKind = new Map<
    string,
    { ms: number; rows: number; cpu: CpuUse; error: string | null; readings: ReturnType<PhaseLog['read']> }
  >();
  const rowsRead = new Map<ManifestEntry, number>();
  let touched = NOTHING;
  let lastRunId: string | null = null;
  tally.take(0);
  for (const entry of entries) {
    const begun = performance.now();
    const cpuFrom = log.cpu();
    let error: string | null = null;
    try {
      const imported = await importEntry(graph, catalog, now, entry, fileOf(entry));
      rowsRead.set(entry, imported.run.recordsRead);
      progress(`import ${entry.path}: ${imported.run.recordsRead} rows in ${seconds(performance.now() - begun)}`);
      touched = mergeScopes(touched, imported.touched);
      lastRunId = imported.run.id;
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
      console.log(`  import ${entry.path} FAILED: ${error}`);
    }
    const kind = perKind.get(entry.kind) ?? { ms: 0, rows: 0, cpu: { jvm: 0, node: 0, others: 0 }, error: null, readings: log.read() };
    perKind.set(entry.kind, {
      ms: kind.ms + performance.now() - begun,
      rows: kind.rows + (rowsRead.get(entry) ?? 0),
      cpu: addCpu(kind.cpu, cpuBetween(cpuFrom, log.cpu())),
      error: kind.error ?? error,
      readings: log.read(),
    });
  }
  for (const [kind, s] of perKind) log.add(`import ${kind}`, s.ms, s.rows, s.cpu, s.error, s.readings);
  for (const spent of tally.take(8)) console.log(`  imports › ${spent.purpose}: ${seconds(spent.ms)} in ${spent.count} transactions`);
  const shape = await graphShape(graph);
  await settle(graph, catalog, now, touched, lastRunId, (name, step) => log.time(name, step));
  log.print();
  return { log, importMs: new Map([...perKind].map(([kind, s]) => [kind, s.ms])), rowsRead, shape };
}

/** 2. The accounts export closest to people / 5 rows, changed, re-imported and settled; its total ms, null when it failed. */
async function incrementalCase(rowsRead: Map<ManifestEntry, number>): Promise<number | null> {
  const target = args.people / 5;
  const [entry] = entries
    .filter((e) => e.kind === 'accounts-csv' && rowsRead.has(e))
    .sort((a, b) => Math.abs((rowsRead.get(a) ?? 0) - target) - Math.abs((rowsRead.get(b) ?? 0) - target));
  if (!entry) throw new Error('no accounts-csv import succeeded');
  mkdirSync(join(work, 'incremental'), { recursive: true });
  const changedPath = join(work, 'incremental', basename(entry.path));
  const copy = writeChangedCopy(fileOf(entry), changedPath, now, args.seed);
  console.log(
    `${entry.app ?? entry.path}: ${copy.rowsBefore} rows -> ${copy.rowsAfter}: ${copy.changed} changed (${copy.columns.join(', ')}), ${copy.removed} removed, ${copy.added} added`,
  );
  const steps = new PhaseLog(neo4j.pid, storeDir, tally);
  const imported = await steps.time(
    'import',
    () => importEntry(graph, catalog, now, entry, changedPath),
    (done) => done.run.recordsRead,
  );
  if (imported) {
    const { run } = imported;
    console.log(`  the import: ${run.added} added, ${run.updated} updated, ${run.removed} marked removed`);
    await settle(graph, catalog, now, imported.touched, run.id, (name, step) => steps.time(name, step));
  }
  steps.print();
  return steps.failed() ? null : steps.totalMs();
}

/**
 * 4. The largest import through the CLI, killed while it writes; whether what readers see held
 * (null: not tested). A CSV is imported re-keyed, so that every record is new and staged.
 */
async function allOrNothing(rowsRead: Map<ManifestEntry, number>): Promise<boolean | null> {
  const [largest] = [...rowsRead.entries()].sort((a, b) => b[1] - a[1]);
  if (!largest) throw new Error('no import succeeded');
  const [entry, rows] = largest;
  let path = fileOf(entry);
  if (entry.path.endsWith('.csv')) {
    mkdirSync(join(work, 'rekeyed'), { recursive: true });
    path = join(work, 'rekeyed', basename(entry.path));
    const columns = writeRekeyedCopy(fileOf(entry), path);
    console.log(`${entry.path} (${entry.kind}, ${rows} rows), every record new (re-keyed: ${columns.join(', ')})`);
  } else console.log(`${entry.path} (${entry.kind}, ${rows} rows), as loaded`);
  const cliArgs = [cli, 'import', entry.kind, path, '--json'];
  if (entry.app) cliArgs.push('--app', entry.app);
  if (entry.catalog) cliArgs.push('--catalog', entry.catalog);
  if (entry.completeness) cliArgs.push(`--${entry.completeness}`);
  const outcome = await killMidImport(graph, cliArgs, {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: neo4j.password,
    ATTEST_NOW: now.toISOString(),
  });
  if (!outcome.killed || outcome.committed) {
    console.log(
      `The import ${outcome.committed ? 'committed' : 'ended'} before it could be killed while writing, so this tested nothing. Its output:\n${outcome.output}`,
    );
    return null;
  }
  console.log(
    `Killed ${seconds(outcome.killedAtMs ?? 0)} after it started, its write open for ${seconds(outcome.writeOpenMs ?? 0)}. What readers see: ${outcome.held ? 'unchanged (held)' : 'CHANGED (did not hold)'}`,
  );
  for (const line of outcome.differences) console.log(`  ${line}`);
  return outcome.held;
}

/** 5. The same records as plain UNWIND batches; the ratio ours / plain, null when the graphs differ. */
async function plainComparison(loaded: Loaded): Promise<number | null> {
  const begun = performance.now();
  await emptyGraph(graph);
  console.log(`Emptied the graph in ${seconds(performance.now() - begun)}; writing…`);
  await applyFolderSettings(graph, catalog, vendorDir);
  const plain = await writeAllPlain(
    entries.filter((e) => loaded.rowsRead.has(e)),
    vendorDir,
  );
  console.log(`${'kind'.padEnd(16)} ${'ours s'.padStart(8)} ${'plain s'.padStart(8)} ${'ratio'.padStart(6)}`);
  let oursMs = 0;
  let plainMs = 0;
  for (const [kind, ms] of plain) {
    const ours = loaded.importMs.get(kind) ?? 0;
    oursMs += ours;
    plainMs += ms;
    console.log(
      `${kind.padEnd(16)} ${(ours / 1000).toFixed(1).padStart(8)} ${(ms / 1000).toFixed(1).padStart(8)} ${(ours / ms).toFixed(2).padStart(6)}`,
    );
  }
  console.log(
    `${'all'.padEnd(16)} ${(oursMs / 1000).toFixed(1).padStart(8)} ${(plainMs / 1000).toFixed(1).padStart(8)} ${(oursMs / plainMs).toFixed(2).padStart(6)}`,
  );
  const plainShape = await graphShape(graph);
  if (plainShape === loaded.shape) {
    console.log(`Both wrote the same graph: ${plainShape}`);
    return oursMs / plainMs;
  }
  console.log(
    `The baseline did not write the same graph as the importer, so the ratio would mislead:\n ours:  ${loaded.shape}\n plain: ${plainShape}`,
  );
  return null;
}

// Stopped from outside (Ctrl-C, kill): stop the JVM and remove the work folder, as the end of the run does.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the embedded Neo4j and removing ${work}`);
    void neo4j.stop().finally(() => {
      rmSync(work, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  });
}

let failed = false;
/** Runs one section; a failure is printed and the bench goes on with the next. */
async function section<T>(title: string, name: ScaleSection | null, work: () => Promise<T>): Promise<T | null> {
  console.log(`\n== ${title} ==`);
  if (name !== null && args.skip.has(name)) {
    console.log(`Skipped (--skip ${name}).`);
    return null;
  }
  try {
    return await work();
  } catch (error) {
    failed = true;
    console.log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return null;
  }
}

try {
  started = performance.now();
  await warmUp();
  console.log(`Warm-up round at ${WARM_UP_PEOPLE} people (not measured): ${seconds(performance.now() - started)}`);

  const loaded = await section(`1. Load: ${entries.length} imports, then reconciliation, findings, KPI snapshot`, null, loadAll);
  if (loaded?.log.failed()) failed = true;
  const rowsRead = loaded?.rowsRead ?? new Map<ManifestEntry, number>();
  const incrementalMs = await section("2. Incremental: one app's export with 500 changes, re-imported and settled", 'incremental', () =>
    incrementalCase(rowsRead),
  );
  const timings = await section('3. Query p95s (GraphQL over HTTP, as the dashboard sends them)', 'queries', () =>
    measureQueries(graph, catalog, { iterations: 20 }),
  );
  const slowest = timings?.reduce((worst, t) => (t.p95 > worst.p95 ? t : worst));
  const held = await section('4. All or nothing: the largest import through the CLI, killed (SIGKILL) while it writes', 'kill', () =>
    allOrNothing(rowsRead),
  );
  const ratio = loaded
    ? await section('5. The same records as plain UNWIND batches (parsed beforehand, not timed)', 'plain', () => plainComparison(loaded))
    : null;
  if ((incrementalMs === null && !args.skip.has('incremental')) || held === false || (ratio === null && !args.skip.has('plain')))
    failed = true;

  console.log(`\n== Goals at ${args.people} people ==`);
  if (loaded) {
    const { log } = loaded;
    const jvmMb = Math.max(...log.rows.map((r) => r.jvmMb ?? 0));
    const nodeMb = Math.max(...log.rows.map((r) => r.nodeMb));
    console.log(
      `load (settings + imports + settle): ${seconds(log.totalMs())} (≤ ${seconds(GOAL_LOAD_MS)}, no failure): ${verdict(log.totalMs() <= GOAL_LOAD_MS && !log.failed())}`,
    );
    console.log(
      `peak RSS during the load: this process ${nodeMb.toFixed(0)} MB (≤ ${GOAL_NODE_MB}): ${verdict(nodeMb <= GOAL_NODE_MB)}; JVM ${jvmMb.toFixed(0)} MB (heap, page cache and the JVM's own; the goal bounds the heap at 4 GB)`,
    );
    console.log(`store size at the end of the load: ${log.rows.at(-1)?.storeMb?.toFixed(0) ?? '?'} MB`);
    const cpu = log.totalCpu();
    const cpuSeconds = (value: number | null) => (value === null ? '?' : `${value.toFixed(0)} s`);
    console.log(
      `CPU during the load: the JVM ${cpuSeconds(cpu.jvm)}, this process ${cpuSeconds(cpu.node)}; every other process ${cpuSeconds(cpu.others)} (near 0 on a quiet machine: compare loads by the JVM's seconds when it is not)`,
    );
  }
  console.log(
    `incremental settle: ${incrementalMs === null ? 'failed' : seconds(incrementalMs)} (≤ ${seconds(GOAL_INCREMENTAL_MS)}): ${verdict(incrementalMs !== null && incrementalMs <= GOAL_INCREMENTAL_MS)}`,
  );
  console.log(
    `ratio ours / plain for the imports: ${ratio === null ? 'not comparable' : ratio.toFixed(2)} (≤ ${GOAL_RATIO}): ${verdict(ratio !== null && ratio <= GOAL_RATIO)}`,
  );
  console.log(
    `slowest query p95: ${slowest ? `${slowest.p95.toFixed(0)} ms (${slowest.name})` : 'not measured'} (≤ ${TARGET_P95_MS} ms): ${verdict(slowest !== undefined && slowest.p95 <= TARGET_P95_MS)}`,
  );
  console.log(`all or nothing: ${held === null ? 'not tested' : held ? 'held' : 'DID NOT HOLD'}`);
} finally {
  await connection.close();
  await neo4j.stop();
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
