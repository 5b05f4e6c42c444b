/**
 * Imports write only what changed: a re-import of the same listing writes nothing, a re-import with
 * a few changed rows writes those and says which apps they touch, and an import that fails after
 * staging its new records leaves the graph, as readers see it, as it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { importSource, type ImportRequest } from '../../server/ingest/import-source.js';
import { appsScope, NOTHING, peopleScope } from '../../server/shared/change-scope.js';
import { apiClient } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { graphDigest } from '../support/graph-digest.js';

const HR_HEADER = 'Employee #,First Name,Last Name,Work Email,Department,Job Title,Supervisor Email,Status,Hire Date,Termination Date';
const HR = [
  'E1,Ada,Lovelace,ada@acme.com,Engineering,CTO,,Active,2020-01-06,',
  'E2,Grace,Hopper,grace@acme.com,Engineering,Engineer,ada@acme.com,Active,2021-03-01,',
  'E3,Alan,Turing,alan@acme.com,Engineering,Engineer,ada@acme.com,Active,2021-05-01,',
];
const ACCOUNTS_HEADER = 'Email,Name,Role,Status,Invited at,Last active';
const JASPER = [
  'ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18',
  'grace@acme.com,Grace Hopper,Member,Active,,2026-11-19',
  'alan@acme.com,Alan Turing,Member,Active,,2026-11-10',
];
const ZOOM = ['ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18', 'grace@acme.com,Grace Hopper,Member,Active,,2026-11-19'];

describe('imports write what changed, and only when the whole import can be published', () => {
  let connection: GraphConnection;
  const dir = mkdtempSync(join(tmpdir(), 'attest-incremental-'));
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  const later = new Date(Date.parse(TEST_NOW) + 86_400_000);
  const file = (name: string, lines: string[]): { path: string; name: string } => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return { path, name };
  };
  const hr = (lines: string[]): ImportRequest => ({ kind: 'hr-csv', files: [file('hr.csv', [HR_HEADER, ...lines])], reconcile: false });
  const accounts = (app: string, lines: string[]): ImportRequest => ({
    kind: 'accounts-csv',
    app,
    files: [file(`${app}.csv`, [ACCOUNTS_HEADER, ...lines])],
    reconcile: false,
  });
  /** Staged records and the runs that staged them: none once an import has published or failed. */
  const stagedCount = async (): Promise<unknown> =>
    (await connection.graph.read(`MATCH (n) WHERE n:StagedRecord OR n:StagingRun RETURN count(n) AS n`))[0]?.n;
  const appNames = async (): Promise<string[]> => {
    const gql = await apiClient(connection.graph);
    const answer = await gql<{ apps: { name: string }[] }>(`{ apps { name } }`);
    return (answer.data?.apps ?? []).map((app) => app.name).sort();
  };
  const failAt =
    (phase: string) =>
    (current: string): void => {
      if (current === phase) throw new Error(`stopped at ${phase}`);
    };

  beforeAll(async () => {
    connection = await freshGraph();
    const people = await importSource(connection.graph, catalog, now, hr(HR));
    // People changed, no identity: everything is redone but the apps' sign-ins, which people do not decide.
    expect(people.run).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    expect(people.run.touched).toEqual(peopleScope([]));
    const jasper = await importSource(connection.graph, catalog, now, accounts('Jasper', JASPER));
    expect(jasper.run).toMatchObject({ added: 3, updated: 0, unchanged: 0, touched: appsScope(['app-jasper']) });
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('re-importing the same listings writes nothing, yet the app shows it was synced again', async () => {
    const before = await graphDigest(connection.graph);
    const runsBefore = await connection.graph.read(
      `MATCH (n) WHERE n:Person OR n:Account RETURN n.id AS id, n.lastSyncRunId AS run ORDER BY id`,
    );

    const people = await importSource(connection.graph, catalog, later, hr(HR));
    expect(people.run).toMatchObject({ status: 'succeeded', added: 0, updated: 0, unchanged: 3, removed: 0, touched: NOTHING });
    const jasper = await importSource(connection.graph, catalog, later, accounts('Jasper', JASPER));
    expect(jasper.run).toMatchObject({ status: 'succeeded', added: 0, updated: 0, unchanged: 3, removed: 0, touched: NOTHING });

    expect(await graphDigest(connection.graph)).toBe(before);
    const runsAfter = await connection.graph.read(
      `MATCH (n) WHERE n:Person OR n:Account RETURN n.id AS id, n.lastSyncRunId AS run ORDER BY id`,
    );
    expect(runsAfter).toEqual(runsBefore);
    const gql = await apiClient(connection.graph);
    const app = await gql<{ app: { lastSyncedAt: string } | null }>(`{ app(id: "app-jasper") { lastSyncedAt } }`);
    expect(app.data?.app?.lastSyncedAt).toBe(later.toISOString().replace('.000Z', 'Z'));
  });

  it('a re-import with a few changed rows writes those rows and touches their apps only', async () => {
    await importSource(connection.graph, catalog, now, accounts('Zoom', ZOOM));
    const changed = [
      JASPER[0] ?? '',
      'grace@acme.com,Grace Hopper,Admin,Active,,2026-11-19',
      'alan@acme.com,Alan Turing,Member,Deactivated,,2026-11-10',
    ];
    const jasper = await importSource(connection.graph, catalog, now, accounts('Jasper', changed));
    expect(jasper.run).toMatchObject({ added: 0, updated: 2, unchanged: 1, removed: 0, touched: appsScope(['app-jasper']) });
    const rows = await connection.graph.read(
      `
      MATCH (a:Account)-[:IN]->(:App {id: 'app-jasper'})
      RETURN a.email AS email, a.status AS status, [(a)-[:HAS_ROLE]->(r:Role) | r.name] AS roles, a.lastSyncRunId = $run AS written
      ORDER BY email`,
      { run: jasper.run.id },
    );
    expect(rows).toEqual([
      { email: 'ada@acme.com', status: 'active', roles: ['Admin'], written: false },
      { email: 'alan@acme.com', status: 'deactivated', roles: ['Member'], written: true },
      { email: 'grace@acme.com', status: 'active', roles: ['Admin'], written: true },
    ]);

    const dropped = await importSource(connection.graph, catalog, now, accounts('Zoom', [ZOOM[0] ?? '']));
    expect(dropped.run).toMatchObject({ added: 0, updated: 0, unchanged: 1, removed: 1, touched: appsScope(['app-zoom']) });

    const person = await importSource(connection.graph, catalog, now, hr([...HR.slice(0, 2), HR[2]?.replace('Active', 'Leave') ?? '']));
    expect(person.run).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    expect(person.run.touched).toEqual(peopleScope([]));
  });

  it('an import that fails while publishing leaves nothing a reader can see, not even its new app, and no staged records', async () => {
    const before = await graphDigest(connection.graph);
    const appsBefore = await appNames();
    const attempt = importSource(
      connection.graph,
      catalog,
      now,
      accounts('Notion', ['ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18', 'new@acme.com,New Hire,Member,Invited,2026-11-15,']),
      failAt('publish'),
    );
    await expect(attempt).rejects.toThrow('stopped at publish');
    expect(await stagedCount()).toBe(0);
    expect(await graphDigest(connection.graph)).toBe(before);
    expect(await appNames()).toEqual(appsBefore);
    expect(appsBefore).not.toContain('Notion');
    const failed = await connection.graph.read(
      `MATCH (s:SyncRun {scope: 'accounts-csv:Notion'}) RETURN s.status AS status, s.added AS added, s.errors AS errors`,
    );
    expect(failed).toEqual([{ status: 'failed', added: 0, errors: [expect.stringContaining('stopped at publish')] }]);

    const retried = await importSource(
      connection.graph,
      catalog,
      now,
      accounts('Notion', ['ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18', 'new@acme.com,New Hire,Member,Invited,2026-11-15,']),
    );
    expect(retried.run).toMatchObject({ status: 'succeeded', added: 2, touched: appsScope(['app-notion']) });
    expect(await appNames()).toContain('Notion');
  });

  it('changes staged by a failed re-import are not published either, whether it fails while staging or publishing', async () => {
    const before = await graphDigest(connection.graph);
    const withNewcomer = [...JASPER, 'late@acme.com,Late Comer,Member,Active,,2026-11-19'];
    for (const phase of ['stage', 'publish']) {
      const attempt = importSource(connection.graph, catalog, now, accounts('Jasper', withNewcomer), failAt(phase));
      await expect(attempt).rejects.toThrow(`stopped at ${phase}`);
      expect(await stagedCount()).toBe(0);
      expect(await graphDigest(connection.graph)).toBe(before);
    }
  });

  it('what a killed import staged is never seen, and the next import of its scope deletes it', async () => {
    const before = await graphDigest(connection.graph);
    // What a process killed while staging leaves: a new app and an account in it, under the staging label only.
    await connection.graph.write(`
      CREATE (:StagingRun {id: 'dead-run', scope: 'accounts-csv:Figma', startedAt: datetime()})
      CREATE (app:StagedRecord {staged: ['App', 'dead-run'], id: 'app-figma', stagedTargetId: 'app-figma', name: 'Figma'})
      CREATE (a:StagedRecord {staged: ['Account', 'dead-run'], id: 'app-figma:ada@acme.com', email: 'ada@acme.com', status: 'active'})-[:IN]->(app)
      WITH a MATCH (r:Role {id: 'app-jasper:role:Admin'}) CREATE (a)-[:HAS_ROLE]->(r)`);
    expect(await appNames()).not.toContain('Figma');
    const gql = await apiClient(connection.graph);
    const jasperRoles = await gql<{ app: { roles: { name: string; holders: { totalCount: number; nodes: { effective: boolean }[] } }[] } }>(
      `{ app(id: "app-jasper") { roles { name holders { totalCount nodes { effective } } } } }`,
    );
    const admins = jasperRoles.data?.app.roles.find((role) => role.name === 'Admin')?.holders;
    expect(admins?.nodes).toHaveLength(2);
    expect(admins?.totalCount).toBe(2);

    const figma = await importSource(
      connection.graph,
      catalog,
      now,
      accounts('Figma', ['ada@acme.com,Ada Lovelace,Member,Active,,2026-11-18']),
    );
    expect(figma.run).toMatchObject({ status: 'succeeded', added: 1 });
    expect(await stagedCount()).toBe(0);
    const accountsInFigma = await connection.graph.read(
      `MATCH (a:Account)-[:IN]->(:App {id: 'app-figma'}) RETURN a.email AS email, [(a)-[:HAS_ROLE]->(r) | r.name] AS roles`,
    );
    expect(accountsInFigma).toEqual([{ email: 'ada@acme.com', roles: ['Member'] }]);
    expect(await graphDigest(connection.graph)).not.toBe(before);
  });
});
