/**
 * npm run bench:ingest -- --people 10000: generates the organization's vendor exports (in a child
 * process, so generation does not count towards this process's memory), imports every file through
 * the importers, and prints rows per second and peak RSS per kind. Then it empties the database and
 * writes the same records as plain UNWIND batches, and prints the ratio ours / plain.
 * Targets: ratio at most 1.5; peak RSS of the importing process at most 512 MB.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readManifest } from '../seed/vendor/load-vendor.js';
import type { ManifestEntry } from '../seed/vendor/write-vendor.js';
import { loadCatalog } from '../server/catalog/catalog.js';
import { repoRoot } from '../server/config/repo-root.js';
import { connectGraph } from '../server/graph/connect.js';
import { startEmbeddedNeo4j } from '../server/graph/embedded/launcher.js';
import { isImportKind } from '../server/ingest/import-source.js';
import { PARSERS } from '../server/ingest/parsers/index.js';
import { runImport } from '../server/ingest/sync.js';
import { prepareBatch } from '../server/ingest/write/prepare.js';
import { reconcile } from '../server/reconcile/reconcile.js';
import { benchArgs } from './args.js';
import { emptyGraph } from './empty-graph.js';
import { graphShape, writePlain } from './plain-writes.js';

const TARGET_RATIO = 1.5;
const TARGET_RSS_MB = 512;
const args = benchArgs({ people: 10_000, seed: 42, iterations: 1 });
const work = mkdtempSync(join(tmpdir(), 'attest-bench-ingest-'));
const now = new Date(process.env.ATTEST_NOW ?? '2026-11-20T00:00:00Z');

console.log(`Generating ${args.people} people (seed ${args.seed}) as vendor exports…`);
const seeded = spawnSync(
  process.execPath,
  [
    join(repoRoot(), 'dist', 'server', 'cli.js'),
    'seed',
    '--people',
    String(args.people),
    '--seed',
    String(args.seed),
    '--out',
    work,
    '--now',
    now.toISOString(),
  ],
  { stdio: 'inherit' },
);
if (seeded.status !== 0) throw new Error('seed generation failed');
const manifestPath = join(work, 'vendor', 'manifest.json');
const entries = await readManifest(manifestPath);

const neo4j = await startEmbeddedNeo4j({ dataDir: join(work, 'neo4j'), startTimeoutMs: 300_000 });
const connection = await connectGraph({ uri: neo4j.uri, password: neo4j.password });
const catalog = loadCatalog();
const rssMb = (): number => process.resourceUsage().maxRSS / 1024;
type KindStats = { rows: number; ms: number; parseMs: number; writeMs: number; peakMb: number };
const filesOf = (entry: ManifestEntry) => [{ path: join(dirname(manifestPath), entry.path), name: entry.path }];

/** Every manifest entry through the importer (parse, validate, write in one transaction per import). */
async function importAll(): Promise<{ ms: number; perKind: Map<string, KindStats> }> {
  const perKind = new Map<string, KindStats>();
  let total = 0;
  for (const entry of entries) {
    if (!isImportKind(entry.kind)) throw new Error(`manifest kind ${entry.kind} is unknown`);
    const started = performance.now();
    const run = await runImport(connection.graph, PARSERS[entry.kind], filesOf(entry), {
      catalog,
      now,
      app: entry.app,
      catalogKey: entry.catalog,
      completeness: entry.completeness,
    });
    const ms = performance.now() - started;
    total += ms;
    const stats = perKind.get(entry.kind) ?? { rows: 0, ms: 0, parseMs: 0, writeMs: 0, peakMb: 0 };
    perKind.set(entry.kind, {
      rows: stats.rows + run.recordsRead,
      ms: stats.ms + ms,
      parseMs: stats.parseMs + run.parseMs,
      writeMs: stats.writeMs + run.writeMs,
      peakMb: Math.max(stats.peakMb, rssMb()),
    });
  }
  return { ms: total, perKind };
}

/** The same records, parsed beforehand (not timed), written as plain UNWIND batches. */
async function writeAllPlain(): Promise<{ ms: number; perKind: Map<string, number> }> {
  const perKind = new Map<string, number>();
  let total = 0;
  for (const entry of entries) {
    if (!isImportKind(entry.kind)) continue;
    const batch = await PARSERS[entry.kind].parse(filesOf(entry), { catalog, now, app: entry.app, catalogKey: entry.catalog });
    const prepared = prepareBatch(batch, catalog);
    const started = performance.now();
    await writePlain(connection.graph, prepared, {
      kind: batch.kind,
      scope: batch.scope,
      runId: `plain-${entry.path}`,
      now: now.toISOString(),
    });
    const ms = performance.now() - started;
    total += ms;
    perKind.set(entry.kind, (perKind.get(entry.kind) ?? 0) + ms);
  }
  return { ms: total, perKind };
}

try {
  // The first writes into a new database also pay for JVM warm-up and query planning. Both sides
  // get one unmeasured round first, so the ratio compares the writing, not who went first.
  console.log('Warm-up round (not measured): importer, then plain writes…');
  const cold = await importAll();
  await emptyGraph(connection.graph);
  await writeAllPlain();
  await emptyGraph(connection.graph);

  const ours = await importAll();
  const oursShape = await graphShape(connection.graph);
  const reconcileStarted = performance.now();
  await reconcile(connection.graph, now);
  const reconcileMs = performance.now() - reconcileStarted;

  console.log(
    `\n${'kind'.padEnd(16)} ${'rows'.padStart(8)} ${'seconds'.padStart(8)} ${'rows/s'.padStart(8)} ${'peak RSS MB'.padStart(12)} ${'parse s'.padStart(8)} ${'write s'.padStart(8)}`,
  );
  let rows = 0;
  for (const [kind, s] of ours.perKind) {
    rows += s.rows;
    console.log(
      `${kind.padEnd(16)} ${String(s.rows).padStart(8)} ${(s.ms / 1000).toFixed(1).padStart(8)} ${Math.round(s.rows / (s.ms / 1000))
        .toString()
        .padStart(
          8,
        )} ${s.peakMb.toFixed(0).padStart(12)} ${(s.parseMs / 1000).toFixed(1).padStart(8)} ${(s.writeMs / 1000).toFixed(1).padStart(8)}`,
    );
  }
  console.log(
    `${'all'.padEnd(16)} ${String(rows).padStart(8)} ${(ours.ms / 1000).toFixed(1).padStart(8)} ${Math.round(rows / (ours.ms / 1000))
      .toString()
      .padStart(8)} ${rssMb().toFixed(0).padStart(12)}`,
  );
  console.log(`first import into a new database (JVM cold): ${(cold.ms / 1000).toFixed(1)} s`);
  console.log(`reconcile after the imports: ${(reconcileMs / 1000).toFixed(1)} s`);

  await emptyGraph(connection.graph);
  const plain = await writeAllPlain();
  console.log(`\n${'kind'.padEnd(16)} ${'ours s'.padStart(8)} ${'plain s'.padStart(8)} ${'ratio'.padStart(6)}`);
  for (const [kind, ms] of plain.perKind) {
    const oursMs = ours.perKind.get(kind)?.ms ?? 0;
    console.log(
      `${kind.padEnd(16)} ${(oursMs / 1000).toFixed(1).padStart(8)} ${(ms / 1000).toFixed(1).padStart(8)} ${(oursMs / ms).toFixed(2).padStart(6)}`,
    );
  }
  const plainShape = await graphShape(connection.graph);
  if (plainShape !== oursShape) {
    console.log(
      `\nThe baseline did not write the same graph as the importer, so the ratio would mislead:\n ours:  ${oursShape}\n plain: ${plainShape}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`\nBoth wrote the same graph: ${oursShape}`);
  }
  const ratio = ours.ms / plain.ms;
  const peak = rssMb();
  console.log(
    `\nplain UNWIND writes of the same records: ${(plain.ms / 1000).toFixed(1)} s; ours (parse + validate + write): ${(ours.ms / 1000).toFixed(1)} s`,
  );
  console.log(`ratio ours / plain: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}): ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`);
  console.log(
    `peak RSS of this process: ${peak.toFixed(0)} MB (target ≤ ${TARGET_RSS_MB} MB): ${peak <= TARGET_RSS_MB ? 'met' : 'NOT met'}`,
  );
} finally {
  await connection.close();
  await neo4j.stop();
  rmSync(work, { recursive: true, force: true });
}
