import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST } from '../../seed/vendor/write-vendor.js';
import { writeSeed } from '../../seed/write-seed.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { databaseHoldsStore } from '../../server/graph/embedded/bulk-import.js';
import { bulkFirstLoad, BulkLoadRefused } from '../../server/ingest/bulk/bulk-load.js';
import { ImportError } from '../../server/ingest/errors.js';
import { TEST_NOW } from '../support/demo.js';

// The bulk load of a whole folder, compared with the Cypher path's graph: demo-vendor-roundtrip.test.ts.

const catalog = loadCatalog();
const now = new Date(TEST_NOW);

/** What a failed bulk load threw. */
async function refusal(load: Promise<unknown>): Promise<Error> {
  const outcome = await load.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) throw new Error('the bulk load did not fail');
  return outcome;
}

describe('the bulk first load refuses, leaving no database', () => {
  let dir: string;
  let vendorDir: string;
  let hrEntry: unknown;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attest-bulk-load-'));
    vendorDir = (await writeSeed(join(dir, 'seed'), { people: 300, seed: 42, now: TEST_NOW })).vendorDir;
    const manifest = JSON.parse(readFileSync(join(vendorDir, MANIFEST), 'utf8')) as { kind: string }[];
    hrEntry = manifest.find((entry) => entry.kind === 'hr-csv');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const load = (manifest: unknown[], dataDir = join(dir, 'db')) => {
    writeFileSync(join(vendorDir, MANIFEST), JSON.stringify(manifest));
    return bulkFirstLoad({ dataDir, folder: vendorDir, catalog, now });
  };

  it('a folder in which two imports list one scope: the later one would mark the earlier one removed', async () => {
    const error = await refusal(load([hrEntry, hrEntry]));
    expect(error).toBeInstanceOf(BulkLoadRefused);
    expect(error.message).toMatch(/hr\.csv and hr\.csv both list hr/);
    expect(databaseHoldsStore(join(dir, 'db'))).toBe(false);
  });

  it('a bad file, whole, with its file, line and field, as the import would', async () => {
    writeFileSync(
      join(vendorDir, 'hr.csv'),
      `${readFileSync(join(vendorDir, 'hr.csv'), 'utf8')}E09999,Bad,Row,bad.row@acme.com,,Operations,Engineer,,Active,not-a-date,\n`,
    );
    const error = await refusal(load([hrEntry]));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/hr\.csv, line 302, field "start date": expected a date, found "not-a-date"/);
    expect(databaseHoldsStore(join(dir, 'db'))).toBe(false);
  });

  it('a data directory that holds a database, before reading the folder', async () => {
    const holding = join(dir, 'holding');
    mkdirStore(holding);
    const error = await refusal(load([hrEntry], holding));
    expect(error).toBeInstanceOf(BulkLoadRefused);
    expect(error.message).toMatch(/already holds a database/);
  });
});

/** A data directory whose database neo4j has a store file, as a started Neo4j leaves it. */
function mkdirStore(dataDir: string): void {
  const store = join(dataDir, 'neo4j', 'data', 'databases', 'neo4j');
  mkdirSync(store, { recursive: true });
  writeFileSync(join(store, 'neostore'), '');
}
