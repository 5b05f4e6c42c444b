/**
 * npm run bench:queries -- --people 10000 [--data DIR] [--db DIR] [--iterations 40] [--no-campaign]:
 * loads an organization into a throw-away embedded Neo4j through the real importers (generated, or
 * the vendor exports already written under DIR by `attest seed --out DIR`), then measures every
 * dashboard query through GraphQL over HTTP (bench/measure-queries.ts): p50 / p95 and db hits.
 * Target: every p95 at most 150 ms. With --db DIR the database lives in DIR and is kept: a later run
 * with the same --db measures it again without importing (give --data too, for the data's day).
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { importVendorDir } from '../seed/vendor/load-vendor.js';
import { writeSeed } from '../seed/write-seed.js';
import { loadCatalog } from '../server/catalog/catalog.js';
import { connectGraph } from '../server/graph/connect.js';
import { startEmbeddedNeo4j } from '../server/graph/embedded/launcher.js';
import { readRows } from '../server/graph/decode.js';
import { measureQueries } from './measure-queries.js';
import { LOADED } from './targets.queries.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    iterations: { type: 'string', default: '40' },
    data: { type: 'string' },
    db: { type: 'string' },
    'no-campaign': { type: 'boolean', default: false },
  },
  allowPositionals: false,
});
const whole = (name: string, raw: string): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a whole number of at least 1, got "${raw}"`);
  return value;
};
const people = whole('people', values.people);
const iterations = whole('iterations', values.iterations);

/** DIR (holding vendor/ and truth.json, as `attest seed --out DIR` writes) or DIR/vendor itself: the vendor folder and the data's "now". */
function existingData(dir: string): { vendorDir: string; now: Date } {
  const base = resolve(dir);
  const vendorDir = existsSync(join(base, 'vendor', 'manifest.json')) ? join(base, 'vendor') : base;
  if (!existsSync(join(vendorDir, 'manifest.json'))) throw new Error(`--data ${dir}: no manifest.json in it or in its vendor/ folder`);
  const truth = [join(vendorDir, '..', 'truth.json'), join(base, 'truth.json')].find((path) => existsSync(path));
  if (!truth) throw new Error(`--data ${dir}: no truth.json beside the vendor folder (it says which day the data is as of)`);
  const { now } = z.object({ now: z.string() }).parse(JSON.parse(readFileSync(truth, 'utf8')));
  return { vendorDir, now: new Date(now) };
}

const dataDir = values.db === undefined ? mkdtempSync(join(tmpdir(), 'attest-bench-')) : resolve(values.db);
const neo4j = await startEmbeddedNeo4j({ dataDir, startTimeoutMs: 300_000 });
const connection = await connectGraph({ uri: neo4j.uri, password: neo4j.password });
try {
  const catalog = loadCatalog();
  const started = Date.now();
  const [loaded] = await readRows(connection.graph, LOADED, {}, z.object({ apps: z.number() }), 'bench');
  if (loaded && loaded.apps > 0) {
    if (values.data !== undefined) process.env.ATTEST_NOW = existingData(values.data).now.toISOString();
    console.log(`Measuring the organization already in ${dataDir}`);
  } else {
    const data =
      values.data === undefined
        ? await writeSeed(join(dataDir, 'demo'), { people, seed: whole('seed', values.seed) }).then(() =>
            existingData(join(dataDir, 'demo')),
          )
        : existingData(values.data);
    // Time-based rules and the API's "now" are the data's day, as for a demo.
    process.env.ATTEST_NOW = data.now.toISOString();
    await importVendorDir(connection.graph, catalog, data.now, data.vendorDir);
    console.log(`Imported ${data.vendorDir} through the importers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await measureQueries(connection.graph, catalog, { iterations, campaign: !values['no-campaign'] });
} finally {
  await connection.close();
  await neo4j.stop();
  if (values.db === undefined) rmSync(dataDir, { recursive: true, force: true });
}
