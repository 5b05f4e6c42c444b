/**
 * The Okta connector against a local fake of Okta's management API serving the published examples
 * (test/fixtures/ingest/SOURCES.md) in pages, with a 429 and transient 500s: the graph after a sync
 * equals the graph after importing the same listings as files, a failure or a revoked token leaves
 * the graph as it was, and the token appears nowhere it could leak. The same with an OAuth service
 * app (private_key_jwt), and with one that requires DPoP: a refused token exchange leaves the graph
 * as it was, and the private key appears nowhere. Okta's own apps are left out of the assignments,
 * and two processes never sync one connection at once.
 */
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { addConnection, credentialOf, findConnection, listConnections, type Connection } from '../../server/connectors/connection-store.js';
import { SyncAlreadyRunningError } from '../../server/connectors/running-syncs.js';
import { runDueConnections } from '../../server/connectors/schedule.js';
import { syncConnection, type SyncOptions } from '../../server/connectors/sync-connection.js';
import { claimSyncLease } from '../../server/connectors/sync-lease.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import type { Graph } from '../../server/graph/graph.js';
import { deleteEverything } from '../../server/graph/reset.js';
import { TEST_NOW } from '../support/demo.js';
import { oktaRecords, startFakeOkta, type FakeOkta, type ServiceApp } from '../support/fake-vendors/fake-okta.js';
import { connectTestGraph, freshGraph } from '../support/graph.js';
import { importFoldersAsFiles } from '../support/import-folders.js';
import { graphDigest, graphLines } from '../support/graph-digest.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
const PUBLISHED_USERS = 'okta-users/published/list-users.json';
/** Written for Attest's tests in the published shape: one user of each Okta status. */
const EVERY_STATUS = 'okta-users/users.json';
const GROUPS = 'okta-groups/published/with-member-pages/groups.json';
/** Okta's spec gives ListUsersResponse as the example of GET /api/v1/groups/{groupId}/users. */
const MEMBERS = 'okta-groups/published/with-member-pages/00g1emaKYZTWRYYRRTSK-users.json';
/** Okta's examples of GET /api/v1/apps (three apps, then one), and one INACTIVE app written for Attest's tests. */
const APPS = ['okta-app-users/published/list-apps-by-group.json', 'okta-app-users/published/list-apps-by-user.json'];
const INACTIVE_APP = 'okta-app-users/inactive-app.json';
/** A new org's apps as SGNL's adapter tests serve them: Okta's own three, and the OIN Submission Tester. */
const FIRST_PARTY_APPS = ['okta-app-users/published/first-party-apps-1.json', 'okta-app-users/published/first-party-apps-2.json'];
const OKTA_OWN = new Set(['saasure', 'okta_enduser', 'okta_browser_plugin']);
/** Okta's example of GET /api/v1/apps/{appId}/users, served for every active app. */
const APP_USERS = 'okta-app-users/published/app-users.json';
/** The developer docs' example of GET /api/v1/users/{userId}/grants, served for the first user. */
const GRANTS = 'okta-grants/published/list-grants.json';

describe('the Okta connector, against a fake Okta speaking the published shapes', () => {
  let connection: GraphConnection;
  let okta: FakeOkta;
  const key = Buffer.alloc(32, 7);
  const now = new Date(TEST_NOW);
  const catalog = loadCatalog();
  const waits: number[] = [];
  const told: string[] = [];
  const options: SyncOptions = {
    actor: SYSTEM_ACTOR,
    http: { sleep: (ms) => Promise.resolve(void waits.push(ms)), onWait: (line) => void told.push(line) },
    progress: (line) => void told.push(line),
  };
  const groups = oktaRecords(fixture(GROUPS));
  const members = oktaRecords(fixture(MEMBERS));
  const APP_PAGES = [...APPS, ...FIRST_PARTY_APPS, INACTIVE_APP];
  const apps = APP_PAGES.flatMap((path) => oktaRecords(fixture(path)));
  const activeApps = apps.filter((app) => app.status === 'ACTIVE' && !OKTA_OWN.has(String(app.name)));
  const users = [...oktaRecords(fixture(PUBLISHED_USERS)), ...oktaRecords(fixture(EVERY_STATUS))];
  const grantee = users[0]?.id ?? '';
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const serviceApp: ServiceApp = {
    clientId: '0oa1serviceApp00001',
    publicKey: keys.publicKey,
    refuse: 'no',
    requireDpop: false,
    issued: [],
    dpopRefusals: [],
  };
  /** What a person pastes for the service app; its key is the secret that must not leak. */
  const serviceAppCredential = JSON.stringify({ clientId: serviceApp.clientId, privateKey, keyId: 'attest-key-1' });
  const keyBody = privateKey.split('\n').slice(1, -2).join('');

  beforeAll(async () => {
    connection = await freshGraph();
    okta = await startFakeOkta(
      {
        users,
        groups,
        members: Object.fromEntries(groups.map((g) => [g.id, members])),
        apps,
        appUsers: Object.fromEntries(activeApps.map((app) => [app.id, oktaRecords(fixture(APP_USERS))])),
        grants: { [grantee]: oktaRecords(fixture(GRANTS)) },
      },
      3,
      serviceApp,
    );
  });

  afterAll(async () => {
    await okta?.close();
    await connection?.close();
  });

  beforeEach(async () => {
    await deleteEverything(connection.graph);
    okta.faults.clear();
    okta.revoke(false);
    okta.requests.length = 0;
    Object.assign(serviceApp, { refuse: 'no', requireDpop: false, issued: [], dpopRefusals: [] });
    waits.length = 0;
    told.length = 0;
  });

  async function connect(credential = okta.token): Promise<Connection> {
    return addConnection(
      connection.graph,
      key,
      { name: 'okta-prod', kind: 'okta', baseUrl: okta.url, everyMinutes: 360, credential },
      SYSTEM_ACTOR,
      now,
    );
  }

  async function sync(conn: Connection, graph: Graph = connection.graph): Promise<Awaited<ReturnType<typeof syncConnection>>> {
    return syncConnection(graph, catalog, now, conn, await credentialOf(connection.graph, key, conn.name), options);
  }

  /** The same listings as a person would export them by hand, imported as files. */
  async function importAsFiles(): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'attest-okta-files-'));
    try {
      mkdirSync(join(dir, 'users'));
      copyFileSync(join(FIXTURES, PUBLISHED_USERS), join(dir, 'users', 'list-users.json'));
      copyFileSync(join(FIXTURES, EVERY_STATUS), join(dir, 'users', 'users.json'));
      mkdirSync(join(dir, 'groups'));
      copyFileSync(join(FIXTURES, GROUPS), join(dir, 'groups', 'groups.json'));
      for (const group of groups) copyFileSync(join(FIXTURES, MEMBERS), join(dir, 'groups', `${group.id}-users.json`));
      mkdirSync(join(dir, 'apps'));
      APP_PAGES.forEach((path, n) => copyFileSync(join(FIXTURES, path), join(dir, 'apps', `apps-${n + 1}.json`)));
      for (const app of activeApps) copyFileSync(join(FIXTURES, APP_USERS), join(dir, 'apps', `${app.id}-users.json`));
      mkdirSync(join(dir, 'grants'));
      copyFileSync(join(FIXTURES, GRANTS), join(dir, 'grants', `${grantee}-grants.json`));
      await importFoldersAsFiles(connection.graph, catalog, now, [
        { kind: 'okta-users', path: join(dir, 'users') },
        { kind: 'okta-groups', path: join(dir, 'groups') },
        { kind: 'okta-app-users', path: join(dir, 'apps') },
        { kind: 'okta-grants', path: join(dir, 'grants') },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("pulls users of every status, groups with members, active apps but Okta's own with their users and grants, through a 429 and a transient 500, into the same graph as the files", async () => {
    const conn = await connect();
    okta.faults.set('/api/v1/users#2', { kind: 'rate-limit', times: 1 });
    okta.faults.set('/api/v1/groups#1', { kind: 'server-error', times: 1 });
    const outcome = await sync(conn);
    expect(outcome.status).toBe('succeeded');
    expect(outcome.imports.map((i) => [i.kind, i.added])).toEqual([
      ['okta-users', 10],
      ['okta-groups', 2],
      ['okta-app-users', 5],
      ['okta-grants', 1],
    ]);
    expect(outcome.notes).toContain('1 Okta app(s) not ACTIVE: their assignments were not read');
    expect(outcome.notes).toContain(
      "3 of Okta's own app(s) skipped (Okta Dashboard, Admin Console, Browser Plugin): their assignments were not read",
    );
    // Nine apps in pages of three; the users of the five active ones but Okta's own only.
    expect(okta.requests.filter((r) => r.startsWith('/api/v1/apps'))).toEqual([
      '/api/v1/apps#1 200',
      '/api/v1/apps#2 200',
      '/api/v1/apps#3 200',
      ...activeApps.map((app) => `/api/v1/apps/${app.id}/users#1 200`),
    ]);
    expect(told).toContain('okta app users 5/5: page 1');
    expect(okta.requests.filter((r) => r.includes('/grants#'))).toHaveLength(9);
    const assigned = await connection.graph.read(`
      MATCH (x:AppAssignment) WHERE x.removedAt IS NULL MATCH (app:App {id: x.appId}) RETURN app.name AS app ORDER BY app`);
    expect(assigned.map((row) => row.app)).toEqual([
      'Custom Saml 2.0 App',
      'Okta OIN Submission Tester',
      'Sample Plugin App',
      'hrportal1',
      'hrportal2',
    ]);
    // Nine users in pages of three, page 2 asked twice; the DEPROVISIONED user from its own listing.
    expect(okta.requests.filter((r) => r.startsWith('/api/v1/users#'))).toEqual([
      '/api/v1/users#1 200',
      '/api/v1/users#2 429',
      '/api/v1/users#2 200',
      '/api/v1/users#3 200',
      // Listed again for the grants pull, which reads each user's grants.
      '/api/v1/users#1 200',
      '/api/v1/users#2 200',
      '/api/v1/users#3 200',
    ]);
    expect(okta.requests).toContain('/api/v1/users?deprovisioned#1 200');
    expect(okta.requests.filter((r) => r.startsWith('/api/v1/groups#'))).toEqual(['/api/v1/groups#1 500', '/api/v1/groups#1 200']);
    expect(told.some((line) => /rate limited by 127\.0\.0\.1:\d+ \(429\): waiting \d+ s/.test(line))).toBe(true);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(3000);
    const synced = await graphLines(connection.graph);

    await deleteEverything(connection.graph);
    await importAsFiles();
    expect(await graphLines(connection.graph)).toEqual(synced);
  });

  it('a failure on page 3 that retries do not mend leaves the graph as it was and says why', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    okta.faults.set('/api/v1/users#3', { kind: 'server-error', times: 100 });
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(
      /^nothing was imported: Okta users, every status: .*\/api\/v1\/users failed with 500 after 6 attempts$/,
    );
    expect(await graphDigest(connection.graph)).toBe(before);
    expect(await findConnection(connection.graph, conn.name)).toMatchObject({ lastStatus: 'failed', lastMessage: outcome.message });
  });

  it('a revoked token is a clear failure, the previous data stays, and the token is nowhere to be read', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    okta.revoke();
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/refused the credential \(401\): it may be revoked or expired/);
    expect(await graphDigest(connection.graph)).toBe(before);

    const everything = JSON.stringify({
      outcome,
      told,
      connections: await listConnections(connection.graph),
      stored: await connection.graph.read('MATCH (n) WHERE NOT n:Connection RETURN properties(n) AS p'),
      connection: await connection.graph.read('MATCH (c:Connection) RETURN properties(c) AS p'),
    });
    expect(everything).not.toContain(okta.token);
    expect(everything).toContain('sealedCredential');
  });

  it('signs in as an OAuth service app: one token exchange with a client assertion, then Bearer, into the same graph as with the API token', async () => {
    const conn = await connect(serviceAppCredential);
    const outcome = await sync(conn);
    expect(outcome.status, outcome.message).toBe('succeeded');
    expect(okta.requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /oauth2/v1/token 200']);
    expect(serviceApp.issued).toHaveLength(1);
    expect(okta.requests.filter((r) => / 401$/.test(r))).toEqual([]);
    const withServiceApp = await graphDigest(connection.graph);

    await deleteEverything(connection.graph);
    expect((await sync(await connect())).status).toBe('succeeded');
    expect(await graphDigest(connection.graph)).toBe(withServiceApp);
  });

  it('a refused token exchange is a clear failure, the data stays, and the private key is nowhere to be read', async () => {
    const conn = await connect(serviceAppCredential);
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);

    serviceApp.refuse = 'invalid_client';
    const refused = await sync(conn);
    expect(refused.status).toBe('failed');
    expect(refused.message).toMatch(
      /^nothing was imported: Okta users, every status: .*\/oauth2\/v1\/token refused the service app's client assertion \(invalid_client: The client_assertion signature is invalid\.\): check the client ID/,
    );
    expect(await graphDigest(connection.graph)).toBe(before);

    const everything = JSON.stringify({
      refused,
      told,
      connections: await listConnections(connection.graph),
      stored: await connection.graph.read('MATCH (n) RETURN properties(n) AS p'),
    });
    expect(keyBody.length).toBeGreaterThan(1000);
    for (const secret of [keyBody, keyBody.slice(100, 164), serviceApp.issued[0] ?? 'none']) expect(everything).not.toContain(secret);
  });

  it('signs in as a service app that requires DPoP: a proof with the nonce Okta asks for, DPoP-bound requests, into the same graph as the files', async () => {
    serviceApp.requireDpop = true;
    const conn = await connect(serviceAppCredential);
    const outcome = await sync(conn);
    expect(outcome.status, outcome.message).toBe('succeeded');
    expect(okta.requests.filter((r) => r.startsWith('POST'))).toEqual([
      'POST /oauth2/v1/token 400',
      'POST /oauth2/v1/token 400 use_dpop_nonce',
      'POST /oauth2/v1/token 200',
    ]);
    // Only the first token request, sent before Okta said it wants DPoP, lacks a good proof.
    expect(serviceApp.dpopRefusals).toEqual(['token: The DPoP proof JWT header is missing.']);
    // The API asks for its own nonce once; every request after carries it.
    expect(okta.requests.filter((r) => / 401$/.test(r))).toEqual(['/api/v1/users#1 401']);
    expect(okta.requests.filter((r) => / 200$/.test(r)).length).toBeGreaterThan(20);
    const synced = await graphLines(connection.graph);

    await deleteEverything(connection.graph);
    await importAsFiles();
    expect(await graphLines(connection.graph)).toEqual(synced);
  });

  it('runs one sync of a connection at a time across processes, and takes over the lease a killed process left', async () => {
    const conn = await connect();
    const other = await connectTestGraph();
    const lease = (): Promise<unknown[]> =>
      connection.graph.read('MATCH (c:Connection {id: $id}) RETURN c.syncLeaseOwner AS owner, c.syncLeaseUntil AS until', {
        id: conn.id,
      });
    const leftBy = (owner: string, untilMs: number): Promise<unknown> =>
      connection.graph.write('MATCH (c:Connection {id: $id}) SET c.syncLeaseOwner = $owner, c.syncLeaseUntil = $until', {
        id: conn.id,
        owner,
        until: new Date(untilMs).toISOString(),
      });
    try {
      // Two processes claiming at once, several times over: one gets the lease each time.
      for (let round = 0; round < 6; round++) {
        const claims = await Promise.allSettled([claimSyncLease(connection.graph, conn), claimSyncLease(other.graph, conn)]);
        const won = claims.flatMap((claim) => (claim.status === 'fulfilled' ? [claim.value] : []));
        expect(won).toHaveLength(1);
        const refused: unknown[] = claims.flatMap((claim) => (claim.status === 'rejected' ? [claim.reason as unknown] : []));
        expect(refused).toEqual([expect.any(SyncAlreadyRunningError)]);
        await won[0]?.release();
      }
      // A lease renewed while its sync runs holds past its first term.
      const held = await claimSyncLease(connection.graph, conn, { holdMs: 300, renewEveryMs: 50 });
      await new Promise((resolve) => setTimeout(resolve, 700));
      await expect(claimSyncLease(other.graph, conn)).rejects.toThrow(SyncAlreadyRunningError);
      expect(held.held()).toBe(true);
      await held.release();
      expect(await lease()).toEqual([{ owner: null, until: null }]);

      // Two syncs at once from two graph clients: one runs, the other is refused and says why.
      const both = await Promise.allSettled([sync(conn), sync(conn, other.graph)]);
      expect(both.map((result) => (result.status === 'fulfilled' ? result.value.status : String(result.reason))).sort()).toEqual([
        'Error: a sync of "okta-prod" is already running; wait for it to finish',
        'succeeded',
      ]);
      expect(await lease()).toEqual([{ owner: null, until: null }]);

      // A lease still held by another process refuses; one a killed process left to expire is taken.
      await leftBy('another-process', Date.now() + 60_000);
      await expect(sync(conn, other.graph)).rejects.toThrow(SyncAlreadyRunningError);
      await leftBy('killed-process', Date.now() - 1000);
      expect((await sync(conn, other.graph)).status).toBe('succeeded');
      expect(await lease()).toEqual([{ owner: null, until: null }]);
    } finally {
      await other.close();
    }
  });

  it('attest serve syncs a connection when it is due, and not again until its period has passed', async () => {
    await connect();
    const log: string[] = [];
    let clock = now;
    const due = (): Promise<unknown[]> =>
      runDueConnections(
        connection.graph,
        () => catalog,
        () => clock,
        key,
        (line) => void log.push(line),
        options.http,
      );
    expect(await due()).toEqual([expect.objectContaining({ connection: 'okta-prod', status: 'succeeded' })]);
    expect(log).toContain('Syncing okta-prod (scheduled)…');
    clock = new Date(now.getTime() + 359 * 60_000);
    expect(await due()).toEqual([]);
    clock = new Date(now.getTime() + 360 * 60_000);
    expect(await due()).toHaveLength(1);
    expect(await findConnection(connection.graph, 'okta-prod')).toMatchObject({
      nextRunAt: new Date(now.getTime() + 720 * 60_000).toISOString(),
    });
  });
});
