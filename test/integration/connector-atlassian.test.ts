/**
 * The Atlassian connector against a local fake of the organization API serving users in the
 * published shape (test/fixtures/ingest/SOURCES.md) in links.next pages, with a 429 and a transient
 * 500: the graph after a sync equals the graph after importing the same users as files; a revoked
 * key and a lasting failure on page 3 leave the graph as it was; a next link to another host is not
 * followed; the key appears nowhere it could leak.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { addConnection, credentialOf, listConnections, type Connection } from '../../server/connectors/connection-store.js';
import { probeConnection } from '../../server/connectors/probe-connection.js';
import { syncConnection, type SyncOptions } from '../../server/connectors/sync-connection.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { deleteEverything } from '../../server/graph/reset.js';
import { importSource } from '../../server/ingest/import-source.js';
import { TEST_NOW } from '../support/demo.js';
import { atlassianUsers, startFakeAtlassian, type FakeAtlassian } from '../support/fake-vendors/fake-atlassian.js';
import { freshGraph } from '../support/graph.js';
import { graphDigest, graphLines } from '../support/graph-digest.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
/** Written for Attest's tests in the published shape: the people of the atlassian-csv export, in two pages. */
const ORG_PAGES = join(FIXTURES, 'atlassian-users', 'org');
const ORG_ID = '0ec1ea2b-6f27-4a5e-9d88-7c0d7c3c1a01';
const LISTING = `/admin/v1/orgs/${ORG_ID}/users`;

describe('the Atlassian connector, against a fake organization API speaking the published shape', () => {
  let connection: GraphConnection;
  let atlassian: FakeAtlassian;
  const key = Buffer.alloc(32, 11);
  const now = new Date(TEST_NOW);
  const catalog = loadCatalog();
  const waits: number[] = [];
  const told: string[] = [];
  const http: SyncOptions['http'] = { sleep: (ms) => Promise.resolve(void waits.push(ms)), onWait: (line) => void told.push(line) };
  const options: SyncOptions = { actor: SYSTEM_ACTOR, http, progress: (line) => void told.push(line) };
  const published: unknown[] = [];
  /** What the fake lists now: the published users, or none once everyone left. */
  const users: unknown[] = [];

  beforeAll(async () => {
    connection = await freshGraph();
    const pages = ['users-1.json', 'users-2.json'].map((name) => readFileSync(join(ORG_PAGES, name), 'utf8'));
    published.push(...atlassianUsers(...pages));
    atlassian = await startFakeAtlassian(ORG_ID, users, 3);
  });

  afterAll(async () => {
    await atlassian?.close();
    await connection?.close();
  });

  beforeEach(async () => {
    await deleteEverything(connection.graph);
    users.splice(0, users.length, ...published);
    atlassian.faults.clear();
    Object.assign(atlassian.options, { revoked: false, nextAs: 'url', nextHost: null });
    atlassian.requests.length = 0;
    waits.length = 0;
    told.length = 0;
  });

  async function connect(org = ORG_ID, name = 'atlassian-acme'): Promise<Connection> {
    return addConnection(
      connection.graph,
      key,
      { name, kind: 'atlassian', baseUrl: atlassian.url, org, everyMinutes: 360, credential: atlassian.key },
      SYSTEM_ACTOR,
      now,
    );
  }

  async function sync(conn: Connection): Promise<Awaited<ReturnType<typeof syncConnection>>> {
    return syncConnection(connection.graph, catalog, now, conn, await credentialOf(connection.graph, key, conn.name), options);
  }

  it('pulls every links.next page through a 429 and a transient 500 into the same graph as the pages imported as files', async () => {
    const conn = await connect();
    atlassian.faults.set(`${LISTING}#2`, { kind: 'rate-limit', times: 1 });
    atlassian.faults.set(`${LISTING}#3`, { kind: 'server-error', times: 1 });
    const outcome = await sync(conn);
    expect(outcome.status).toBe('succeeded');
    // Twelve product accesses of eight users: Jira Service Management left out, the app account has none.
    expect(outcome.imports.map((i) => [i.kind, i.added])).toEqual([['atlassian-users', 12]]);
    expect(atlassian.requests).toEqual([
      `${LISTING}#1 200`,
      `${LISTING}#2 429`,
      `${LISTING}#2 200`,
      `${LISTING}#3 500`,
      `${LISTING}#3 200`,
    ]);
    expect(waits).toEqual([1000, 1000]);
    expect(told).toContain(`rate limited by ${new URL(atlassian.url).host} (429): waiting 1 s as it asks`);
    const synced = await graphLines(connection.graph);
    expect(synced.filter((line) => line.includes('"removedAt":"'))).toEqual([]);

    await deleteEverything(connection.graph);
    await importSource(connection.graph, catalog, now, {
      kind: 'atlassian-users',
      files: [{ path: ORG_PAGES, name: 'users' }],
      completeness: 'complete',
    });
    expect(await graphLines(connection.graph)).toEqual(synced);
  });

  it('an organization everyone left (an empty page of the published shape) marks the accounts of the last sync removed', async () => {
    const conn = await connect();
    const first = await sync(conn);
    expect(first.status, first.message).toBe('succeeded');
    const written = first.imports[0]?.added ?? 0;
    expect(written).toBeGreaterThan(0);
    users.length = 0;
    const outcome = await sync(conn);
    expect(outcome.status, outcome.message).toBe('succeeded');
    expect(outcome.imports.map((i) => [i.kind, i.read, i.removed])).toEqual([['atlassian-users', 0, written]]);
    expect(atlassian.requests.slice(-1)).toEqual([`${LISTING}#1 200`]);
    const left = await connection.graph.read(
      `MATCH (a:Account) WHERE a.scope = $scope RETURN count(a) AS accounts, count(a.removedAt) AS removed`,
      { scope: `atlassian-users:${ORG_ID}` },
    );
    expect(left).toEqual([{ accounts: written, removed: written }]);
  });

  it('follows links.next given as a bare cursor too, and refuses a next link to another host', async () => {
    const conn = await connect();
    atlassian.options.nextAs = 'cursor';
    expect((await sync(conn)).status).toBe('succeeded');
    expect(atlassian.requests).toEqual([`${LISTING}#1 200`, `${LISTING}#2 200`, `${LISTING}#3 200`]);
    const before = await graphDigest(connection.graph);

    Object.assign(atlassian.options, { nextAs: 'url', nextHost: 'https://elsewhere.example' });
    atlassian.requests.length = 0;
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('the next page points to another host (https://elsewhere.example); not followed');
    expect(atlassian.requests).toEqual([`${LISTING}#1 200`]);
    expect(await graphDigest(connection.graph)).toBe(before);
  });

  it('a 500 on page 3 that retries do not mend leaves the graph as it was and says why', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    atlassian.faults.set(`${LISTING}#3`, { kind: 'server-error', times: 100 });
    const outcome = await sync(conn);
    expect(outcome).toMatchObject({ status: 'failed', imports: [] });
    expect(outcome.message).toMatch(/^nothing was imported: .*\/admin\/v1\/orgs\/[^/]+\/users failed with 500 after 6 attempts$/);
    expect(await graphDigest(connection.graph)).toBe(before);
  });

  it('a revoked key (401) is a clear failure, the data stays, and the key is nowhere to be read', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    atlassian.options.revoked = true;
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/\/users refused the credential \(401\): it may be revoked or expired/);
    expect(atlassian.requests.at(-1)).toBe(`${LISTING}#1 401`);
    expect(await graphDigest(connection.graph)).toBe(before);

    const everything = JSON.stringify({
      outcome,
      told,
      probes: await probeConnection(conn, atlassian.key, http),
      connections: await listConnections(connection.graph),
      stored: await connection.graph.read('MATCH (n) RETURN properties(n) AS p'),
    });
    expect(everything).not.toContain(atlassian.key);
    expect(everything).not.toContain(atlassian.key.slice(6, 30));
  });

  it('probes the users listing, and names the organization id when Atlassian does not know it', async () => {
    const conn = await connect();
    expect(await probeConnection(conn, atlassian.key, http)).toEqual([
      { permission: 'an organization API key of this organization (Settings > API keys)', ok: true, problem: null },
    ]);
    const other = await connect('00000000-0000-4000-8000-000000000000', 'atlassian-other');
    const [probe] = await probeConnection(other, atlassian.key, http);
    expect(probe?.ok).toBe(false);
    const outcome = await sync(other);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain(
      'was not found (404): check the connection\'s URL; is "00000000-0000-4000-8000-000000000000" the organization\'s id, and was the API key created in that organization?',
    );
    expect(await connection.graph.read('MATCH (a:Account) RETURN count(a) AS n')).toEqual([{ n: 0 }]);
  });
});
