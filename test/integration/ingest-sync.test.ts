import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { ImportError } from '../../server/ingest/errors.js';
import { importSource } from '../../server/ingest/import-source.js';
import { NOTHING } from '../../server/shared/change-scope.js';
import { apiClient } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { graphDigest } from '../support/graph-digest.js';

const HR_HEADER = 'Employee #,First Name,Last Name,Work Email,Department,Job Title,Supervisor Email,Status,Hire Date,Termination Date';
const ADA = 'E1,Ada,Lovelace,ada@acme.com,Engineering,CTO,,Active,2020-01-06,';
const GRACE = 'E2,Grace,Hopper,grace@acme.com,Engineering,Engineer,ada@acme.com,Active,2021-03-01,';
const ALAN = 'E3,Alan,Turing,alan@acme.com,Engineering,Engineer,ada@acme.com,Terminated,2021-05-01,2026-10-01';

const JASPER_HEADER = 'Email,Name,Role,Status,Invited at,Last active';
const JASPER_ROWS = [
  'ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18',
  'grace@acme.com,Grace Hopper,Member,Active,,2026-11-19',
  'alan@acme.com,Alan Turing,Member,Active,,2026-09-30',
  'new.hire@acme.com,,Member,Invited,2026-11-15,',
];

describe('importing: all or nothing, idempotent, nothing deleted', () => {
  let connection: GraphConnection;
  const dir = mkdtempSync(join(tmpdir(), 'attest-ingest-'));
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  const file = (name: string, lines: string[]): { path: string; name: string } => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return { path, name };
  };

  beforeAll(async () => {
    connection = await freshGraph();
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports an HR roster and an app export, links accounts to people and reports findings', async () => {
    const hr = await importSource(connection.graph, catalog, now, {
      kind: 'hr-csv',
      files: [file('hr.csv', [HR_HEADER, ADA, GRACE, ALAN])],
    });
    expect(hr.run).toMatchObject({ status: 'succeeded', recordsRead: 3, added: 3, updated: 0, removed: 0 });
    expect(hr.run.sha256).toMatch(/^[0-9a-f]{64}$/);
    const jasper = await importSource(connection.graph, catalog, now, {
      kind: 'accounts-csv',
      app: 'Jasper',
      files: [file('jasper.csv', [JASPER_HEADER, ...JASPER_ROWS])],
    });
    expect(jasper.run).toMatchObject({ status: 'succeeded', added: 4 });
    expect(jasper.reconcile?.accountsLinked).toBe(3);

    const managers = await connection.graph.read(
      `MATCH (p:Person)-[:REPORTS_TO]->(m:Person) RETURN p.email AS person, m.email AS manager ORDER BY person`,
    );
    expect(managers).toEqual([
      { person: 'alan@acme.com', manager: 'ada@acme.com' },
      { person: 'grace@acme.com', manager: 'ada@acme.com' },
    ]);
    const findings = await connection.graph.read(
      `MATCH (f:Finding) RETURN f.type AS type, f.accountEmail AS account ORDER BY type, account`,
    );
    expect(findings).toEqual(
      expect.arrayContaining([
        { type: 'orphaned_account', account: 'alan@acme.com' },
        { type: 'pending_invite', account: 'new.hire@acme.com' },
        { type: 'sole_admin', account: null },
      ]),
    );
  });

  it('the same input twice gives the same graph', async () => {
    const before = await graphDigest(connection.graph);
    const again = await importSource(connection.graph, catalog, now, {
      kind: 'accounts-csv',
      app: 'Jasper',
      files: [file('jasper.csv', [JASPER_HEADER, ...JASPER_ROWS])],
    });
    expect(again.run).toMatchObject({ added: 0, updated: 0, unchanged: 4, removed: 0, touched: NOTHING });
    expect(await graphDigest(connection.graph)).toBe(before);
  });

  it('a record missing from a later complete import is marked removed, never deleted', async () => {
    const later = await importSource(connection.graph, catalog, now, {
      kind: 'accounts-csv',
      app: 'Jasper',
      files: [file('jasper-later.csv', [JASPER_HEADER, ...JASPER_ROWS.filter((row) => !row.startsWith('alan@'))])],
    });
    expect(later.run.removed).toBe(1);
    const alan = await connection.graph.read(`MATCH (a:Account {email: 'alan@acme.com'}) RETURN a.removedAt IS NOT NULL AS removed`);
    expect(alan).toEqual([{ removed: true }]);
    const orphan = await connection.graph.read(`MATCH (f:Finding {type: 'orphaned_account', accountEmail: 'alan@acme.com'}) RETURN f`);
    expect(orphan).toHaveLength(0);

    const back = await importSource(connection.graph, catalog, now, {
      kind: 'accounts-csv',
      app: 'Jasper',
      files: [file('jasper.csv', [JASPER_HEADER, ...JASPER_ROWS])],
    });
    expect(back.run.removed).toBe(0);
    const revived = await connection.graph.read(`MATCH (a:Account {email: 'alan@acme.com'}) RETURN a.removedAt IS NULL AS live`);
    expect(revived).toEqual([{ live: true }]);
  });

  it('a bad file is rejected with file, line and field, and leaves the graph unchanged', async () => {
    const before = await graphDigest(connection.graph);
    const bad = file('hr-bad.csv', [HR_HEADER, ADA, 'E2,Grace,Hopper,grace at acme,Engineering,Engineer,ada@acme.com,Active,2021-03-01,']);
    const attempt = importSource(connection.graph, catalog, now, { kind: 'hr-csv', files: [bad] });
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    const error = (await attempt.then(
      () => null,
      (e: unknown) => e,
    )) as ImportError;
    expect(error.message).toContain('hr-bad.csv');
    expect(error.problems[0]).toMatchObject({ file: 'hr-bad.csv', line: 3 });
    expect(error.message.toLowerCase()).toContain('email');
    expect(await graphDigest(connection.graph)).toBe(before);
    const failed = await connection.graph.read(`MATCH (s:SyncRun {status: 'failed'}) RETURN s.errors AS errors`);
    expect(failed).toHaveLength(1);
    // Every import here shares one "now": the failed one is still listed first, and is its source's last import.
    const gql = await apiClient(connection.graph);
    const history = await gql<{ syncRuns: { status: string; files: string[] }[]; sources: { scope: string; lastStatus: string }[] }>(
      `{ syncRuns(first: 1) { status files } sources { scope lastStatus } }`,
    );
    expect(history.data?.syncRuns).toEqual([{ status: 'failed', files: ['hr-bad.csv'] }]);
    expect(history.data?.sources.find((source) => source.scope === 'hr-csv')?.lastStatus).toBe('failed');
  });

  it('a file of the wrong kind is refused before anything is written', async () => {
    const before = await graphDigest(connection.graph);
    const attempt = importSource(connection.graph, catalog, now, { kind: 'slack-users', files: [file('not-slack.csv', [HR_HEADER, ADA])] });
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    expect(await graphDigest(connection.graph)).toBe(before);
  });

  it('the importer can be told an input is complete or partial when it cannot tell', async () => {
    const okta = (name: string) => ({ path: join(import.meta.dirname, '..', 'fixtures', 'ingest', 'okta-users', name), name });
    const full = await importSource(connection.graph, catalog, now, { kind: 'okta-users', files: [okta('users.json')] });
    expect(full.run).toMatchObject({ complete: true, added: 9, removed: 0 });
    // The same users minus the deprovisioned one, and minus one more: Okta's default listing.
    const withoutOne = file('okta-without-one.json', [
      JSON.stringify((JSON.parse(readFileSync(okta('no-deprovisioned.json').path, 'utf8')) as unknown[]).slice(1)),
    ]);

    const judged = await importSource(connection.graph, catalog, now, { kind: 'okta-users', files: [withoutOne] });
    expect(judged.run).toMatchObject({ complete: false, removed: 0 });

    const partial = await importSource(connection.graph, catalog, now, {
      kind: 'okta-users',
      files: [okta('users.json')],
      completeness: 'partial',
    });
    expect(partial.run).toMatchObject({ complete: false, removed: 0 });
    expect(partial.run.notes).toContain('Taken as a partial listing, as the import said: nothing is marked removed.');

    const told = await importSource(connection.graph, catalog, now, { kind: 'okta-users', files: [withoutOne], completeness: 'complete' });
    expect(told.run).toMatchObject({ complete: true, removed: 2 });
    const removed = await connection.graph.read(
      `MATCH (i:Identity {idp: 'okta'}) WHERE i.removedAt IS NOT NULL RETURN i.externalId AS id ORDER BY id`,
    );
    expect(removed.map((row) => row.id)).toEqual(['00u1ceo000000000001', '00u1dep000000000009'].sort());
  });
});
