import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { importSource } from '../../server/ingest/import-source.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const fixture = (path: string) => ({ path: join(fixtures, path), name: path });

describe('several sources imported one after another join up in the graph', () => {
  let connection: GraphConnection;
  const dir = mkdtempSync(join(tmpdir(), 'attest-sources-'));
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);

  beforeAll(async () => {
    connection = await freshGraph();
    const zoom = join(dir, 'zoom.csv');
    writeFileSync(
      zoom,
      'Email,Name,Role,Status,Last active\nmaria.gonzalez@acme.example,Maria Gonzalez,Owner,Active,2026-11-10\ntom.becker@acme.example,Tom Becker,Member,Active,2026-11-12\n',
    );
    // Imported out of dependency order on purpose: links are derived by reconciliation, not at write time.
    await importSource(connection.graph, catalog, now, { kind: 'okta-grants', files: [fixture('okta-grants/grants.json')] });
    await importSource(connection.graph, catalog, now, {
      kind: 'okta-app-users',
      app: 'Zoom',
      files: [fixture('okta-app-users/app-users.json')],
    });
    await importSource(connection.graph, catalog, now, { kind: 'accounts-csv', app: 'Zoom', files: [{ path: zoom, name: 'zoom.csv' }] });
    await importSource(connection.graph, catalog, now, { kind: 'okta-users', files: [fixture('okta-users/users.json')] });
    await importSource(connection.graph, catalog, now, { kind: 'hr-csv', files: [fixture('hr-csv/bamboohr.csv')] });
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Okta identities belong to HR people, whatever the case of the HR email', async () => {
    const rows = await connection.graph.read(`
      MATCH (i:Identity {externalId: '00u1ceo000000000001'})-[r:BELONGS_TO]->(p:Person)
      RETURN p.employeeId AS person, r.method AS method`);
    expect(rows).toEqual([{ person: '1001', method: 'employee_id' }]);
  });

  it('an Okta app assignment makes the Zoom account sign in with the identity, so it is owned through the IdP', async () => {
    const rows = await connection.graph.read(`
      MATCH (a:Account {email: 'maria.gonzalez@acme.example'})-[:SIGNS_IN_WITH]->(i:Identity)
      MATCH (a)-[r:BELONGS_TO]->(p:Person)
      RETURN i.externalId AS identity, r.method AS method, p.employeeId AS person`);
    expect(rows).toEqual([{ identity: '00u1ceo000000000001', method: 'idp_assignment', person: '1001' }]);
  });

  it('an OAuth grant naming the Okta user id is attributed to that person’s Zoom account', async () => {
    const rows = await connection.graph.read(`
      MATCH (n:Integration)-[:IN]->(:App {name: 'Zoom'})
      MATCH (n)-[:AUTHORIZED_BY]->(a:Account)
      RETURN a.email AS account ORDER BY account`);
    expect(rows.map((r) => r.account)).toEqual(['maria.gonzalez@acme.example', 'tom.becker@acme.example']);
  });

  it('HR statuses and the Okta vendor states land as Attest statuses', async () => {
    const people = await connection.graph.read(`MATCH (p:Person) RETURN p.employeeId AS id, p.status AS status ORDER BY id`);
    expect(people).toEqual([
      { id: '1001', status: 'active' },
      { id: '1002', status: 'active' },
      { id: '1003', status: 'leave' },
      { id: '1004', status: 'terminated' },
      { id: '1005', status: 'active' },
    ]);
    const identities = await connection.graph.read(`MATCH (i:Identity) RETURN i.login AS login, i.status AS status ORDER BY login`);
    expect(identities).toEqual(
      expect.arrayContaining([
        { login: 'new.hire@acme.example', status: 'staged' },
        { login: 'chris.park@acme.example', status: 'suspended' },
        { login: 'lee.wong@acme.example', status: 'deprovisioned' },
        { login: 'sam.lee@acme.example', status: 'active' },
      ]),
    );
  });
});
