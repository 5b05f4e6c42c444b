import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { importSource } from '../../server/ingest/import-source.js';
import { apiClient, type GraphQLResult } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');
const hrFixture = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'hr-csv', 'bamboohr.csv');

/** A Jestor export with a workspace's own role profile and a seat type the catalog does not know. */
const JESTOR = `Email,Name,Seat type,Role profile,Status
maria.gonzalez@acme.example,Maria Gonzalez,Builder,Admin,active
tom.becker@acme.example,Tom Becker,Guest seat,Financeiro,active
ana.silva@acme.example,Ana Silva,Member,Financeiro,active
`;

/** An app nobody put in the catalog, with activity dates far in the past. */
const MY_APP = `Email,Name,Role,Status,Last active
maria.gonzalez@acme.example,Maria Gonzalez,Owner,Active,2025-01-02
tom.becker@acme.example,Tom Becker,Editor,Active,2025-01-02
`;

type Client = <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;

interface VocabularyRow {
  app: { id: string; name: string };
  catalogKey: string | null;
  roles: { id: string; name: string; privilege: string; privilegeSource: string; holders: number }[];
  seatTypes: { id: string; name: string; monthlyCost: number | null; costSource: string; holders: number }[];
}

const ROLES_AND_SEATS = `query ($onlyToClassify: Boolean!) {
  rolesAndSeats(onlyToClassify: $onlyToClassify) {
    app { id name } catalogKey
    roles { id name privilege privilegeSource holders }
    seatTypes { id name monthlyCost costSource holders }
  }
}`;

describe('roles, seat types and apps outside the catalog: imported, classified, and kept across imports', () => {
  let connection: GraphConnection;
  let api: Client;
  const dir = mkdtempSync(join(tmpdir(), 'attest-vocabulary-'));
  const jestorCsv = join(dir, 'jestor.csv');
  const myAppCsv = join(dir, 'my-app.csv');
  const env = { ...process.env, ...testDatabaseEnv(), ATTEST_NOW: TEST_NOW, ATTEST_DATA_DIR: dir };

  function attest(...args: string[]): string {
    const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 300_000 });
    const out = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`attest ${args.join(' ')} exited with ${result.status}:\n${out}`);
    return out;
  }

  async function soleAdminApps(): Promise<string[]> {
    const rows = await readRows(
      connection.graph,
      `MATCH (f:Finding {type: 'sole_admin'})-[:IN_APP]->(app:App) RETURN app.name AS app ORDER BY app`,
      {},
      z.object({ app: z.string() }),
      'sole-admin-apps',
    );
    return rows.map((row) => row.app);
  }

  async function vocabulary(onlyToClassify: boolean): Promise<VocabularyRow[]> {
    const result = await api<{ rolesAndSeats: VocabularyRow[] }>(ROLES_AND_SEATS, { onlyToClassify });
    expect(result.errors).toBeNull();
    return result.data?.rolesAndSeats ?? [];
  }

  beforeAll(async () => {
    connection = await freshGraph();
    api = await apiClient(connection.graph);
    writeFileSync(jestorCsv, JESTOR);
    writeFileSync(myAppCsv, MY_APP);
    await importSource(connection.graph, loadCatalog(), new Date(TEST_NOW), {
      kind: 'hr-csv',
      files: [{ path: hrFixture, name: 'bamboohr.csv' }],
    });
    attest('import', 'accounts-csv', jestorCsv, '--app', 'Jestor');
    attest('import', 'accounts-csv', myAppCsv, '--app', 'My App');
  }, 600_000);

  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a role profile, a seat type and an app the catalog does not know, and lists them to classify', async () => {
    const listed = JSON.parse(attest('roles', '--json')) as {
      app: { name: string; catalogKey: string | null };
      roles: { name: string; privilege: string; privilegeSource: string; holders: number }[];
      seatTypes: { name: string; monthlyCost: number | null; costSource: string; holders: number }[];
    }[];
    expect(listed.map((v) => [v.app.name, v.app.catalogKey])).toEqual([
      ['Jestor', 'jestor'],
      ['My App', null],
    ]);
    expect(listed[0]?.roles).toEqual([
      expect.objectContaining({ name: 'Financeiro', privilege: 'standard', privilegeSource: 'inferred', holders: 2 }),
    ]);
    expect(listed[0]?.seatTypes).toEqual([
      expect.objectContaining({ name: 'Guest seat', monthlyCost: 9, costSource: 'assumed', holders: 1 }),
    ]);
    expect(listed[1]?.roles.map((r) => [r.name, r.privilege, r.privilegeSource])).toEqual([
      ['Editor', 'standard', 'inferred'],
      ['Owner', 'admin', 'inferred'],
    ]);
    expect(listed[1]?.seatTypes).toEqual([expect.objectContaining({ name: 'Seat', monthlyCost: null, costSource: 'unknown', holders: 2 })]);

    const runs = await connection.graph.read(`MATCH (s:SyncRun {scope: 'accounts-csv:My App'}) RETURN s.notes AS notes`);
    expect((runs[0]?.notes as string[]).join('\n')).toContain('My App is not in the catalog');
  });

  it('gives an app outside the catalog sane findings: no inactive users (activity unknown), admins from the role name, seat cost unknown', async () => {
    const findings = await connection.graph.read(
      `MATCH (f:Finding)-[:IN_APP]->(:App {name: 'My App'}) RETURN f.type AS type ORDER BY type`,
    );
    expect(findings.map((f) => f.type)).toEqual(['sole_admin']);
    const result = await api<{
      app: {
        catalogKey: string | null;
        activityData: boolean;
        adminCount: number;
        monthlySpend: number;
        seatsAtUnknownCost: number;
        seatTypes: { name: string; costSource: string }[];
      };
    }>(
      `query ($id: ID!) { app(id: $id) { catalogKey activityData adminCount monthlySpend seatsAtUnknownCost seatTypes { name costSource } } }`,
      { id: 'app-my-app' },
    );
    expect(result.errors).toBeNull();
    expect(result.data?.app).toEqual({
      catalogKey: null,
      activityData: false,
      adminCount: 1,
      monthlySpend: 0,
      seatsAtUnknownCost: 2,
      seatTypes: [{ name: 'Seat', costSource: 'UNKNOWN' }],
    });
  });

  it('a role classified admin on the command line changes the sole-admin finding, and is audited', async () => {
    expect(await soleAdminApps()).toEqual(['Jestor', 'My App']);
    const out = attest('roles', 'set', 'Jestor', 'financeiro', '--privilege', 'admin');
    expect(out).toContain('Jestor: "Financeiro" is admin now (it was standard by default); 2 account(s) hold it.');
    expect(await soleAdminApps()).toEqual(['My App']);
    const audit = await connection.graph.read(
      `MATCH (e:AuditEvent {action: 'role.classify'}) RETURN e.targetId AS target, e.actorRole AS role, e.before AS before, e.after AS after`,
    );
    expect(audit).toEqual([
      {
        target: 'app-jestor:role:financeiro',
        role: 'cli',
        before: expect.stringContaining('"privilegeSource":"inferred"') as string,
        after: expect.stringContaining('"privilegeSource":"confirmed"') as string,
      },
    ]);
  });

  it('classifying through GraphQL changes the findings and seat spend of an app outside the catalog', async () => {
    const [, myApp] = await vocabulary(true);
    const editor = myApp?.roles.find((r) => r.name === 'Editor');
    const seat = myApp?.seatTypes.find((s) => s.name === 'Seat');
    const classified = await api<{ classifyRole: { app: { name: string }; role: { privilege: string; privilegeSource: string } } }>(
      `mutation ($input: ClassifyRoleInput!) { classifyRole(input: $input) { app { name } role { privilege privilegeSource } } }`,
      { input: { roleId: editor?.id, privilege: 'ADMIN' } },
    );
    expect(classified.errors).toBeNull();
    expect(classified.data?.classifyRole).toEqual({ app: { name: 'My App' }, role: { privilege: 'ADMIN', privilegeSource: 'CONFIRMED' } });
    expect(await soleAdminApps()).toEqual([]);

    const priced = await api<{ setSeatCost: { seatType: { monthlyCost: number; costSource: string } } }>(
      `mutation ($input: SetSeatCostInput!) { setSeatCost(input: $input) { seatType { monthlyCost costSource } } }`,
      { input: { seatTypeId: seat?.id, monthlyCost: 12 } },
    );
    expect(priced.errors).toBeNull();
    expect(priced.data?.setSeatCost.seatType).toEqual({ monthlyCost: 12, costSource: 'CONFIRMED' });
    const app = await api<{ app: { monthlySpend: number; seatsAtUnknownCost: number } }>(
      `query { app(id: "app-my-app") { monthlySpend seatsAtUnknownCost } }`,
    );
    expect(app.data?.app).toEqual({ monthlySpend: 24, seatsAtUnknownCost: 0 });

    const negative = await api(
      `mutation { setSeatCost(input: {seatTypeId: "app-my-app:seat:seat", monthlyCost: -1}) { seatType { id } } }`,
    );
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the choices survive importing the same exports again', async () => {
    attest('import', 'accounts-csv', jestorCsv, '--app', 'Jestor');
    attest('import', 'accounts-csv', myAppCsv, '--app', 'My App');
    expect(await soleAdminApps()).toEqual([]);
    const all = await vocabulary(false);
    const role = (app: string, name: string) => all.find((v) => v.app.name === app)?.roles.find((r) => r.name === name);
    expect(role('Jestor', 'Financeiro')).toMatchObject({ privilege: 'ADMIN', privilegeSource: 'CONFIRMED', holders: 2 });
    expect(role('My App', 'Editor')).toMatchObject({ privilege: 'ADMIN', privilegeSource: 'CONFIRMED' });
    expect(role('Jestor', 'Admin')).toMatchObject({ privilege: 'ADMIN', privilegeSource: 'CATALOG' });
    expect(all.find((v) => v.app.name === 'My App')?.seatTypes).toEqual([
      expect.objectContaining({ name: 'Seat', monthlyCost: 12, costSource: 'CONFIRMED' }),
    ]);
    const toClassify = await vocabulary(true);
    expect(toClassify.map((v) => [v.app.name, v.roles.map((r) => r.name), v.seatTypes.map((s) => s.name)])).toEqual([
      ['Jestor', [], ['Guest seat']],
      ['My App', ['Owner'], []],
    ]);
  });

  it('attest app sets the plan and purchased seats of an app outside the catalog, in its own words', async () => {
    attest('app', 'My App', '--plan', 'Team', '--seats', 'seat=5');
    const app = await api<{ app: { catalogKey: string | null; plan: string; seatsPaid: number; monthlySpend: number } }>(
      `query { app(id: "app-my-app") { catalogKey plan seatsPaid monthlySpend } }`,
    );
    expect(app.data?.app).toEqual({ catalogKey: null, plan: 'Team', seatsPaid: 5, monthlySpend: 60 });
  });
});
