/**
 * The Slack connector against a local fake of Slack's Web API serving the published examples
 * (test/fixtures/ingest/SOURCES.md) in cursor pages, with a 429 and a transient 500: the graph
 * after a sync equals the graph after importing the same listing as files; Slack's "ok": false
 * answers (a revoked token, a missing scope) and a lasting failure leave the graph as it was; the
 * token appears nowhere it could leak.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
import { importSource } from '../../server/ingest/import-source.js';
import { TEST_NOW } from '../support/demo.js';
import { slackMembers, startFakeSlack, type FakeSlack } from '../support/fake-vendors/fake-slack.js';
import { freshGraph } from '../support/graph.js';
import { graphDigest, graphLines } from '../support/graph-digest.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
/** Slack's reference example: one page of two users, with a next_cursor. */
const PUBLISHED = 'slack-users/published/users.list-example.json';
/** Written for Attest's tests in the published shape: owners, guests, invited, deleted, a bot and Slackbot; the last page. */
const EVERY_KIND = 'slack-users/users.list.json';
const SDK_PAGES = ['page-1.json', 'page-2.json'].map((name) => `slack-users/published/python-slack-sdk-pages/${name}`);

describe('the Slack connector, against a fake Slack speaking the published shapes', () => {
  let connection: GraphConnection;
  let slack: FakeSlack;
  const key = Buffer.alloc(32, 9);
  const now = new Date(TEST_NOW);
  const catalog = loadCatalog();
  const waits: number[] = [];
  const told: string[] = [];
  const http: SyncOptions['http'] = { sleep: (ms) => Promise.resolve(void waits.push(ms)), onWait: (line) => void told.push(line) };
  const options: SyncOptions = { actor: SYSTEM_ACTOR, http, progress: (line) => void told.push(line) };

  beforeAll(async () => {
    connection = await freshGraph();
    slack = await startFakeSlack({ members: [...slackMembers(fixture(PUBLISHED)), ...slackMembers(fixture(EVERY_KIND))] }, 5);
  });

  afterAll(async () => {
    await slack?.close();
    await connection?.close();
  });

  beforeEach(async () => {
    await deleteEverything(connection.graph);
    slack.faults.clear();
    Object.assign(slack.scopes, { revoked: false, usersRead: true, email: true });
    slack.requests.length = 0;
    waits.length = 0;
    told.length = 0;
  });

  async function connect(baseUrl = slack.url, name = 'slack-acme'): Promise<Connection> {
    return addConnection(
      connection.graph,
      key,
      { name, kind: 'slack', baseUrl, everyMinutes: 360, credential: slack.token },
      SYSTEM_ACTOR,
      now,
    );
  }

  async function sync(conn: Connection): Promise<Awaited<ReturnType<typeof syncConnection>>> {
    return syncConnection(connection.graph, catalog, now, conn, await credentialOf(connection.graph, key, conn.name), options);
  }

  it('pulls every cursor page through a 429 and a transient 500 into the same graph as the pages imported as files', async () => {
    const conn = await connect();
    slack.faults.set('/api/users.list#2', { kind: 'rate-limit', times: 1 });
    slack.faults.set('/api/users.list#3', { kind: 'server-error', times: 1 });
    const outcome = await sync(conn);
    expect(outcome.status).toBe('succeeded');
    // Twelve users, the bot and Slackbot left out.
    expect(outcome.imports.map((i) => [i.kind, i.added])).toEqual([['slack-users', 10]]);
    expect(outcome.notes).toContain('2 bot user(s) left out (apps, not people).');
    expect(slack.requests).toEqual([
      '/api/users.list#1 200',
      '/api/users.list#2 429 ratelimited',
      '/api/users.list#2 200',
      '/api/users.list#3 500 internal_error',
      '/api/users.list#3 200',
    ]);
    expect(waits).toEqual([1000, 1000]);
    expect(told).toContain('rate limited by ' + new URL(slack.url).host + ' (429): waiting 1 s as it asks');
    const synced = await graphLines(connection.graph);
    expect(synced.filter((line) => line.includes('"removedAt":"'))).toEqual([]);

    await deleteEverything(connection.graph);
    const dir = mkdtempSync(join(tmpdir(), 'attest-slack-files-'));
    try {
      // As a person would save the two pages of users.list: the published one first (it has a cursor), then the last.
      copyFileSync(join(FIXTURES, PUBLISHED), join(dir, 'page-1.json'));
      copyFileSync(join(FIXTURES, EVERY_KIND), join(dir, 'page-2.json'));
      await importSource(connection.graph, catalog, now, {
        kind: 'slack-users',
        files: [{ path: dir, name: 'users' }],
        completeness: 'complete',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await graphLines(connection.graph)).toEqual(synced);
  });

  it('a 500 on page 3 that retries do not mend leaves the graph as it was and says why', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    slack.faults.set('/api/users.list#3', { kind: 'server-error', times: 100 });
    const outcome = await sync(conn);
    expect(outcome).toMatchObject({ status: 'failed', imports: [] });
    expect(outcome.message).toMatch(
      /^nothing was imported: Slack users, invited and deleted included: .*\/api\/users\.list failed with 500 after 6 attempts$/,
    );
    expect(await graphDigest(connection.graph)).toBe(before);
  });

  it('a revoked token ("ok": false, token_revoked, with HTTP 200) is a clear failure, the data stays, and the token is nowhere to be read', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    slack.scopes.revoked = true;
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/users\.list refused the credential \(Slack "token_revoked"\): it may be revoked or expired/);
    expect(slack.requests.at(-1)).toBe('/api/users.list#1 200 token_revoked');
    expect(await graphDigest(connection.graph)).toBe(before);

    const everything = JSON.stringify({
      outcome,
      told,
      connections: await listConnections(connection.graph),
      stored: await connection.graph.read('MATCH (n) RETURN properties(n) AS p'),
    });
    expect(everything).not.toContain(slack.token);
  });

  it('names a missing scope: users:read refused by Slack, users:read.email seen from users without emails', async () => {
    const conn = await connect();
    expect(await probeConnection(conn, slack.token, http)).toEqual([
      { permission: 'users:read', ok: true, problem: null },
      { permission: 'users:read.email', ok: true, problem: null },
    ]);
    slack.scopes.email = false;
    const [, email] = await probeConnection(conn, slack.token, http);
    expect(email).toEqual({
      permission: 'users:read.email',
      ok: false,
      problem: 'none of the 5 user(s) on the first page has profile.email: the token lacks users:read.email',
    });
    slack.scopes.usersRead = false;
    const [read] = await probeConnection(conn, slack.token, http);
    expect(read?.problem).toMatch(/users\.list: the token lacks the Slack scope users:read \(Slack "missing_scope"\)$/);
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('the token lacks the Slack scope users:read');
    expect(await connection.graph.read('MATCH (a:Account) RETURN count(a) AS n')).toEqual([{ n: 0 }]);
  });

  it("the Slack SDK's mock pages (a numeric cursor, names for members) are refused before anything is imported", async () => {
    const sdk = await startFakeSlack({ pages: SDK_PAGES.map((path) => JSON.parse(fixture(path)) as unknown) }, 2);
    try {
      const conn = await connect(sdk.url, 'slack-sdk');
      const outcome = await syncConnection(connection.graph, catalog, now, conn, sdk.token, options);
      expect(outcome.status).toBe('failed');
      expect(outcome.message).toContain('users.list answered a next_cursor that is not a string (1); not followed');
      expect(await connection.graph.read('MATCH (a:Account) RETURN count(a) AS n')).toEqual([{ n: 0 }]);
    } finally {
      await sdk.close();
    }
  });
});
