/**
 * The Google Workspace connector against a local fake of Google's token endpoint and Admin SDK
 * Directory API: a service account key made here, its JWT assertion verified by the fake with the
 * public key; users served from the Directory guide's published example and Attest's fixtures in
 * nextPageToken pages, tokens.list per user, with a 429 (Retry-After), a 403 userRateLimitExceeded
 * and transient 503s. The graph
 * after a sync equals the graph after importing the same listings as files; delegation not granted,
 * a deleted key and a lasting failure leave the graph as it was and say what to do; the key and the
 * access tokens appear nowhere they could leak.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { addConnection, credentialOf, listConnections, type Connection } from '../../server/connectors/connection-store.js';
import { probeConnection } from '../../server/connectors/probe-connection.js';
import { syncConnection, type SyncOptions } from '../../server/connectors/sync-connection.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { deleteEverything } from '../../server/graph/reset.js';
import { TEST_NOW } from '../support/demo.js';
import {
  GOOGLE_SCOPES_WANTED,
  googleUsers,
  startFakeGoogle,
  type FakeGoogle,
  type GoogleTenant,
} from '../support/fake-vendors/fake-google.js';
import { freshGraph } from '../support/graph.js';
import { importFoldersAsFiles } from '../support/import-folders.js';
import { graphDigest, graphLines } from '../support/graph-digest.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
/** Google's Directory guide, "Retrieve all users in a domain": a super admin and a suspended delegated admin. */
const PUBLISHED_USERS = 'google-users/published/manage-users-domain.json';
/** Written for Attest's tests in the published shape: active, staged, suspended and archived users. */
const USERS = 'google-users/users.json';
/** tokens.list answers written for Attest's tests: Maria's (by email) and Tom's (by id); the third has none. */
const TOKENS = ['google-tokens/tokens/1-maria.json', 'google-tokens/tokens/2-tom.json', 'google-tokens/tokens/3-new-hire.json'];
const ADMIN = 'maria.gonzalez@acme.example';

describe('the Google Workspace connector, against a fake Google speaking the published shapes', () => {
  let connection: GraphConnection;
  let google: FakeGoogle;
  let tenant: GoogleTenant;
  const TOM = '100000000000000000002';
  const key = Buffer.alloc(32, 9);
  const now = new Date(TEST_NOW);
  const catalog = loadCatalog();
  const waits: number[] = [];
  const told: string[] = [];
  const http: SyncOptions['http'] = { sleep: (ms) => Promise.resolve(void waits.push(ms)), onWait: (line) => void told.push(line) };
  const options: SyncOptions = { actor: SYSTEM_ACTOR, http, progress: (line) => void told.push(line) };

  beforeAll(async () => {
    connection = await freshGraph();
    tenant = {
      users: [...googleUsers(fixture(PUBLISHED_USERS)), ...googleUsers(fixture(USERS))],
      tokens: {},
      admin: ADMIN,
    };
    google = await startFakeGoogle(tenant, 3);
  });

  afterAll(async () => {
    await google?.close();
    await connection?.close();
  });

  beforeEach(async () => {
    await deleteEverything(connection.graph);
    google.faults.clear();
    google.tokenMode('grant');
    google.requests.length = 0;
    tenant.tokens = { [ADMIN]: fixture(TOKENS[0] ?? ''), [TOM]: fixture(TOKENS[1] ?? '') };
    waits.length = 0;
    told.length = 0;
  });

  async function connect(): Promise<Connection> {
    return addConnection(
      connection.graph,
      key,
      { name: 'workspace', kind: 'google', baseUrl: google.url, org: ADMIN, everyMinutes: 360, credential: google.keyFile },
      SYSTEM_ACTOR,
      now,
    );
  }

  async function sync(conn: Connection): Promise<Awaited<ReturnType<typeof syncConnection>>> {
    return syncConnection(connection.graph, catalog, now, conn, await credentialOf(connection.graph, key, conn.name), options);
  }

  /** The same listings as a person would export them by hand, imported as files. */
  async function importAsFiles(): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'attest-google-files-'));
    try {
      mkdirSync(join(dir, 'users'));
      copyFileSync(join(FIXTURES, PUBLISHED_USERS), join(dir, 'users', '1-published.json'));
      copyFileSync(join(FIXTURES, USERS), join(dir, 'users', '2-users.json'));
      mkdirSync(join(dir, 'tokens'));
      for (const file of TOKENS) copyFileSync(join(FIXTURES, file), join(dir, 'tokens', file.split('/').at(-1) ?? file));
      await importFoldersAsFiles(connection.graph, catalog, now, [
        { kind: 'google-users', path: join(dir, 'users') },
        { kind: 'google-tokens', path: join(dir, 'tokens') },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("pulls every page of users and every user's tokens, through a 429, a 403 quota answer and transient 503s, with one token, into the same graph as the files", async () => {
    const conn = await connect();
    google.faults.set('/token', { kind: 'server-error', times: 1 });
    google.faults.set('/admin/directory/v1/users#2', { kind: 'rate-limit', times: 1 });
    google.faults.set('/admin/directory/v1/users#3', { kind: 'server-error', times: 1 });
    google.faults.set('/admin/directory/v1/users/100000000000000000001/tokens#1', { kind: 'quota', times: 1 });
    const outcome = await sync(conn);
    expect(outcome.status, outcome.message).toBe('succeeded');
    expect(outcome.imports.map((i) => [i.kind, i.added])).toEqual([
      ['google-users', 7],
      ['google-tokens', 3],
    ]);
    // Seven users in pages of three; page 2 asked again after the 429, page 3 after the 503.
    expect(google.requests.filter((r) => r.startsWith('/admin/directory/v1/users#'))).toEqual([
      '/admin/directory/v1/users#1 200',
      '/admin/directory/v1/users#2 429',
      '/admin/directory/v1/users#2 200',
      '/admin/directory/v1/users#3 503',
      '/admin/directory/v1/users#3 200',
    ]);
    // One exchange for the whole run (the first answered 503 and was retried); every user's tokens asked once.
    expect(google.requests.filter((r) => r.startsWith('/token'))).toEqual(['/token 503', '/token 200']);
    expect(google.requests.filter((r) => /\/tokens#1 200$/.test(r))).toHaveLength(7);
    // Tokens are asked for by user id. The Directory API's quota answer (403 userRateLimitExceeded) is waited out, not taken for a refused credential.
    expect(google.requests).toContain('/admin/directory/v1/users/100000000000000000001/tokens#1 403');
    expect(told.some((line) => /rate limited by 127\.0\.0\.1:\d+ \(403\)/.test(line))).toBe(true);
    expect(google.requests).toContain('/admin/directory/v1/users/the%20unique%20user%20id/tokens#1 200');
    expect(told).toContain('google tokens 7/7');
    expect(told.some((line) => /rate limited by 127\.0\.0\.1:\d+ \(429\): waiting 1 s as it asks/.test(line))).toBe(true);
    expect(waits).toContain(1000);
    const synced = await graphLines(connection.graph);
    expect(synced.filter((line) => line.includes('"suspended"')).length).toBeGreaterThan(0);

    await deleteEverything(connection.graph);
    await importAsFiles();
    expect(await graphLines(connection.graph)).toEqual(synced);
  });

  it('tokens all revoked since the last sync are marked removed; a failed sync removes nothing', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const live = (): Promise<unknown[]> =>
      connection.graph.read('MATCH (n:Integration) WHERE n.removedAt IS NULL RETURN n.name AS name, n.scope AS scope ORDER BY name');
    expect(await live()).toHaveLength(3);

    // Every user's tokens revoked: tokens.list answers a tokenList without "items" for each.
    tenant.tokens = {};
    google.faults.set('/admin/directory/v1/users#2', { kind: 'server-error', times: 100 });
    const failed = await sync(conn);
    expect(failed.status).toBe('failed');
    expect(await live()).toHaveLength(3);

    google.faults.clear();
    const emptied = await sync(conn);
    expect(emptied.status, emptied.message).toBe('succeeded');
    expect(emptied.message).toContain("users' third-party OAuth tokens: Google Workspace lists none, 3 removed");
    expect(emptied.imports.find((i) => i.kind === 'google-tokens')).toMatchObject({ read: 0, added: 0, removed: 3 });
    expect(await live()).toEqual([]);
    const [run] = await connection.graph.read(
      "MATCH (r:SyncRun {kind: 'google-tokens', status: 'succeeded'}) RETURN r.scope AS scope, r.recordsRead AS read, r.removed AS removed, r.complete AS complete ORDER BY r.recordedAt DESC LIMIT 1",
    );
    expect(run).toEqual({ scope: 'google-tokens:Google Workspace', read: 0, removed: 3, complete: true });
  });

  it('delegation not granted is a clear failure naming the Admin console step, the client id and both scopes; connect --test says so per scope', async () => {
    const conn = await connect();
    google.tokenMode('unauthorized_client');
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('unauthorized_client');
    expect(outcome.message).toContain('Security → Access and data control → API controls → Manage Domain Wide Delegation');
    expect(outcome.message).toContain(`client ID ${google.clientId} with the scopes ${GOOGLE_SCOPES_WANTED.join(',')}`);
    expect(await connection.graph.read('MATCH (i:Identity) RETURN count(i) AS n')).toEqual([{ n: 0 }]);

    const refused = await probeConnection(conn, google.keyFile, http);
    expect(refused.map((p) => [p.permission.split(' ')[0], p.ok])).toEqual(GOOGLE_SCOPES_WANTED.map((s) => [s, false]));
    expect(refused[0]?.problem).toContain(google.clientId);

    google.tokenMode('grant');
    expect((await probeConnection(conn, google.keyFile, http)).map((p) => p.ok)).toEqual([true, true]);
    expect(google.requests).toContain(`/admin/directory/v1/users/${encodeURIComponent(ADMIN)}/tokens#1 200`);
  });

  it('a failure on page 3 that retries do not mend leaves the graph as it was and says why', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    google.faults.set('/admin/directory/v1/users#3', { kind: 'server-error', times: 100 });
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(
      /^nothing was imported: Google Workspace users, suspended and archived included: .*\/admin\/directory\/v1\/users failed with 503 after 6 attempts$/,
    );
    expect(await graphDigest(connection.graph)).toBe(before);
  });

  it('a deleted key (invalid_grant) is a clear failure, the previous data stays, and neither key nor token is anywhere to be read', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    google.tokenMode('revoked');
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('invalid_grant: "Invalid JWT Signature."');
    expect(outcome.message).toContain('the key may have been deleted or disabled');
    expect(await graphDigest(connection.graph)).toBe(before);

    const everything = JSON.stringify({
      outcome,
      told,
      connections: await listConnections(connection.graph),
      stored: await connection.graph.read('MATCH (n) WHERE NOT n:Connection RETURN properties(n) AS p'),
      connection: await connection.graph.read('MATCH (c:Connection) RETURN properties(c) AS p'),
    });
    const privateKey = (JSON.parse(google.keyFile) as { private_key: string }).private_key;
    for (const secret of [privateKey.split('\n')[1] ?? privateKey, ...google.issued]) expect(everything).not.toContain(secret);
    expect(google.issued.length).toBeGreaterThan(0);
    expect(everything).toContain('sealedCredential');
  });

  it('refuses a credential that is not a service account key file, without echoing it', async () => {
    const pasted = JSON.stringify({
      type: 'authorized_user',
      client_id: '1.apps.googleusercontent.com',
      refresh_token: '1//secret-refresh',
    });
    await expect(
      addConnection(
        connection.graph,
        key,
        { name: 'wrong', kind: 'google', baseUrl: google.url, org: ADMIN, everyMinutes: 360, credential: pasted },
        SYSTEM_ACTOR,
        now,
      ),
    ).rejects.toThrow(/type "authorized_user", not "service_account"/);
    await expect(
      addConnection(
        connection.graph,
        key,
        { name: 'no-admin', kind: 'google', baseUrl: google.url, org: null, everyMinutes: 360, credential: google.keyFile },
        SYSTEM_ACTOR,
        now,
      ),
    ).rejects.toThrow(/needs the Admin to act as \(email\)/);
    expect(await listConnections(connection.graph)).toEqual([]);
  });
});
