/**
 * npm run bench:bulk -- --data DIR [--db EMPTY_DIR]: the bulk first load (`attest load --bulk`) of a
 * generated folder (e.g. /work/scale/p100k, from `attest seed --people 100000 --out DIR`), then the
 * reconciliation, findings and snapshot as `attest load --bulk` runs them, each step timed, with the
 * Node process's peak memory. The goal for 100,000 people: the whole load within 10 minutes.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../server/catalog/catalog.js';
import { refreshFindings } from '../server/findings/engine.js';
import { bulkFirstLoad } from '../server/ingest/bulk/bulk-load.js';
import { markReconciled, pendingSyncRunIds } from '../server/ingest/reconcile-pending.js';
import { takeSnapshot } from '../server/ingest/snapshot.js';
import { reconcile } from '../server/reconcile/reconcile.js';
import { settleReviews } from '../server/reviews/after-import.js';
import { EVERYTHING } from '../server/shared/change-scope.js';
import { generatedNow, manifestIn } from './scale-args.js';

const GOAL_MS = 10 * 60_000;

const { values } = parseArgs({ options: { data: { type: 'string' }, db: { type: 'string' } } });
if (!values.data) throw new Error('--data DIR: a folder written by `attest seed --out DIR`');
const folder = dirname(manifestIn(values.data));
const now = generatedNow(values.data) ?? new Date();
const work = values.db ? null : mkdtempSync(join(tmpdir(), 'attest-bench-bulk-'));
const dataDir = values.db ?? join(work ?? '', 'db');
const catalog = loadCatalog();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: [string, number][] = [];

console.log(`bench:bulk: ${folder}, now ${now.toISOString()}, data directory ${dataDir}`);
const started = performance.now();
const loaded = await bulkFirstLoad({ dataDir, folder, catalog, now, onProgress: (line) => console.log(`  ${line}`) });
rows.push(
  ['read the folder, write the CSV files', loaded.timings.read],
  ['replay without records (scratch database)', loaded.timings.replay],
  ["Neo4j's offline import", loaded.timings.import],
  ['start on the loaded database, schema', loaded.timings.start],
);
const { graph } = loaded.connection;
try {
  const step = async (name: string, work: () => Promise<unknown>) => {
    const begun = performance.now();
    await work();
    rows.push([name, performance.now() - begun]);
    console.log(`  ${name}: ${seconds(performance.now() - begun)}`);
  };
  const pending = await pendingSyncRunIds(graph);
  await step('reconcile', () => reconcile(graph, now, EVERYTHING));
  await step('findings refresh', () => refreshFindings(graph, catalog, now, EVERYTHING));
  await step('KPI snapshot', () => takeSnapshot(graph, catalog, now, loaded.runs.at(-1)?.id ?? null));
  await step('reviews + flags', async () => {
    await settleReviews(graph, now);
    await markReconciled(graph, pending);
  });
} finally {
  await loaded.connection.close();
  if (work) rmSync(work, { recursive: true, force: true });
}
const total = performance.now() - started;
const records = loaded.runs.reduce((sum, run) => sum + run.added, 0);
console.log(`\n${'phase'.padEnd(44)} time`);
for (const [name, ms] of rows) console.log(`${name.padEnd(44)} ${seconds(ms)}`);
console.log(`${'total'.padEnd(44)} ${seconds(total)}  (goal ≤ ${seconds(GOAL_MS)}: ${total <= GOAL_MS ? 'met' : 'NOT met'})`);
console.log(
  `${records} records from ${loaded.runs.length} imports; Node peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (goal ≤ 1024 MB)`,
);
