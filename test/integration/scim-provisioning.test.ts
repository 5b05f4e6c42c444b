import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../server/auth/tokens.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createHttpApp, type HttpApp } from '../../server/http/app.js';
import { importSource } from '../../server/ingest/import-source.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const fixture = (path: string) => ({ path: join(import.meta.dirname, '..', 'fixtures', 'ingest', path), name: path });

describe('SCIM pushes are reconciled and recorded like imports', () => {
  let connection: GraphConnection;
  let http: HttpApp;
  let server: Server;
  let base: string;
  let token: string;
  const catalog = loadCatalog();

  const push = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };

  const scimRuns = () =>
    connection.graph.read(
      `MATCH (s:SyncRun {kind: 'scim'}) RETURN s.scope AS scope, s.status AS status, s.added AS added, s.updated AS updated, s.removed AS removed, s.recordsRead AS requests ORDER BY s.finishedAt, s.id`,
    );

  beforeAll(async () => {
    connection = await freshGraph();
    process.env.ATTEST_NOW = TEST_NOW;
    await importSource(connection.graph, catalog, new Date(TEST_NOW), { kind: 'hr-csv', files: [fixture('hr-csv/bamboohr.csv')] });
    ({ token } = await createApiToken(connection.graph, 'scim', 'provisioning test'));
    http = await createHttpApp({ graph: connection.graph, catalog, provisioningQuietMs: 60_000 });
    server = http.app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim/v2`;
  });

  afterAll(async () => {
    delete process.env.ATTEST_NOW;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await connection.close();
  });

  it('a burst of pushes becomes one SyncRun, and the pushed user is linked to the HR person', async () => {
    const created = await push('POST', '/Users', {
      schemas: [USER],
      userName: 'tom.becker@acme.example',
      emails: [{ value: 'tom.becker@acme.example', primary: true }],
      active: true,
    });
    expect(created.status).toBe(201);
    const other = await push('POST', '/Users', { schemas: [USER], userName: 'nobody@acme.example', active: true });
    expect(other.status).toBe(201);
    expect(
      (
        await push('PATCH', `/Users/${String(other.body.id)}`, {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [{ op: 'replace', path: 'active', value: false }],
        })
      ).status,
    ).toBe(200);
    // A refused request is not a change.
    expect((await push('POST', '/Users', { schemas: [USER] })).status).toBe(400);
    expect(await scimRuns()).toEqual([]);

    await http.provisioning.flush();

    expect(await scimRuns()).toEqual([{ scope: 'scim:push', status: 'succeeded', added: 2, updated: 1, removed: 0, requests: 3 }]);
    const links = await connection.graph.read(
      `MATCH (i:Identity {id: $id})-[r:BELONGS_TO]->(p:Person) RETURN p.employeeId AS person, r.method AS method`,
      { id: String(created.body.id) },
    );
    expect(links).toEqual([{ person: '1002', method: 'exact_email' }]);
  });

  it('a deletion settles into its own run, and the sources list shows SCIM with its freshness', async () => {
    const users = await push('GET', '/Users?filter=userName%20eq%20%22nobody@acme.example%22');
    const id = String((users.body.Resources as Record<string, unknown>[])[0]?.id);
    expect((await push('DELETE', `/Users/${id}`)).status).toBe(204);
    await http.provisioning.flush();

    const runs = await scimRuns();
    expect(runs).toHaveLength(2);
    expect(runs).toContainEqual({ scope: 'scim:push', status: 'succeeded', added: 0, updated: 0, removed: 1, requests: 1 });
    const snapshots = await connection.graph.read(
      `MATCH (r:SyncRun {kind: 'scim'}) MATCH (s:Snapshot {syncRunId: r.id}) RETURN count(s) AS snapshots`,
    );
    expect(snapshots).toEqual([{ snapshots: 2 }]);
  });
});
