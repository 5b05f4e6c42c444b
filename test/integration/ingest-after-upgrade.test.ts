/**
 * The first import after an upgrade: records written before content hashes existed, or hashed from
 * rows of an older shape, are not rewritten when they already hold what the import says. They take
 * the new hash in the import's bounded staging transactions and count as unchanged, so the import's
 * one publish transaction holds only what really changed (at 100,000 people, rewriting every record
 * there would not fit in the database's transaction memory).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importVendorDir } from '../../seed/vendor/load-vendor.js';
import { writeSeed } from '../../seed/write-seed.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { graphDigest } from '../support/graph-digest.js';

const RECORDS = 'n:Person OR n:Identity OR n:IdpGroup OR n:Account OR n:AppAssignment OR n:Integration';

describe('the first import after an upgrade rewrites only what changed', () => {
  let connection: GraphConnection;
  const dir = mkdtempSync(join(tmpdir(), 'attest-upgrade-'));
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  let vendorDir = '';
  let loaded = '';

  const importAll = async () => {
    const imports = await importVendorDir(connection.graph, catalog, now, vendorDir);
    return imports.map(({ entry, outcome }) => ({ file: entry.path, ...outcome.run }));
  };
  const setHashes = (hash: string | null) => connection.graph.write(`MATCH (n) WHERE ${RECORDS} SET n.contentHash = $hash`, { hash });

  beforeAll(async () => {
    connection = await freshGraph();
    vendorDir = (await writeSeed(dir, { people: 120, seed: 7, now: TEST_NOW })).vendorDir;
    await importAll();
    loaded = await graphDigest(connection.graph);
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records without a content hash that hold what the files say are counted unchanged and left as they were', async () => {
    await setHashes(null);
    const runs = await importAll();
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs)
      expect({ file: run.file, added: run.added, updated: run.updated, removed: run.removed }).toEqual({
        file: run.file,
        added: 0,
        updated: 0,
        removed: 0,
      });
    expect(runs.reduce((sum, run) => sum + run.unchanged, 0)).toBeGreaterThan(1000);
    // The hashes are back as a fresh load wrote them, and nothing else moved.
    expect(await graphDigest(connection.graph)).toBe(loaded);
  });

  it('under hashes of an older row shape, only the records the files really change are rewritten', async () => {
    await setHashes('hash-of-an-older-row-shape');
    const hrPath = join(vendorDir, 'hr.csv');
    const [header = '', first = '', ...rest] = readFileSync(hrPath, 'utf8').split('\n');
    const titleColumn = header.split(',').indexOf('Job Title');
    const cells = first.split(',');
    const email = cells[header.split(',').indexOf('Work Email')];
    cells[titleColumn] = 'Chief Upgrade Officer';
    writeFileSync(hrPath, [header, cells.join(','), ...rest].join('\n'));

    const runs = await importAll();
    const hr = runs.find((run) => run.file === 'hr.csv');
    expect(hr).toMatchObject({ added: 0, updated: 1, removed: 0 });
    for (const run of runs.filter((r) => r.file !== 'hr.csv'))
      expect({ file: run.file, updated: run.updated }).toEqual({ file: run.file, updated: 0 });
    const titles = await connection.graph.read(`MATCH (p:Person {email: $email}) RETURN p.title AS title`, { email });
    expect(titles).toEqual([{ title: 'Chief Upgrade Officer' }]);
    const stale = await connection.graph.read(
      `MATCH (n) WHERE (${RECORDS}) AND n.contentHash = 'hash-of-an-older-row-shape' RETURN count(n) AS n`,
    );
    expect(stale).toEqual([{ n: 0 }]);
  });
});
