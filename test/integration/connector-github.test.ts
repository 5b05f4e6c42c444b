/**
 * The GitHub connector against a local fake of GitHub's REST API serving the published examples
 * (test/fixtures/ingest/SOURCES.md) in Link pages, with GitHub's rate limit (403, x-ratelimit-*)
 * and a transient 500: the graph after a sync equals the graph after importing the same listings
 * as files; a revoked token, a lasting failure and a token that would see public members only
 * leave the graph as it was; the token appears nowhere it could leak. The same as a GitHub App
 * installation: a refused token exchange leaves the graph as it was, the private key appears nowhere.
 */
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import {
  addConnection,
  credentialOf,
  listConnections,
  removeConnection,
  type Connection,
} from '../../server/connectors/connection-store.js';
import { probeConnection } from '../../server/connectors/probe-connection.js';
import { syncConnection, type SyncOptions } from '../../server/connectors/sync-connection.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { deleteEverything } from '../../server/graph/reset.js';
import { importSource } from '../../server/ingest/import-source.js';
import { TEST_NOW } from '../support/demo.js';
import { githubRecords, startFakeGitHub, type FakeGitHub, type GitHubApp, type GitHubOrg } from '../support/fake-vendors/fake-github.js';
import { freshGraph } from '../support/graph.js';
import { graphDigest, graphLines } from '../support/graph-digest.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
/** GitHub's published examples: one outside collaborator (octocat, the docs' example of GET /orgs/{org}/outside_collaborators), one pending invitation. */
const PUBLISHED_OUTSIDE = 'github-members/published/outside-collaborators.json';
const PUBLISHED_INVITATIONS = 'github-members/published/org/invitations.json';
/** Written for Attest's tests in the published shape: four members, two of them owners, two invitations. */
const MEMBERS = 'github-members/folder/members.json';
const ADMINS = 'github-members/folder/admins.json';
const INVITATIONS = 'github-members/folder/invitations.json';

describe('the GitHub connector, against a fake GitHub speaking the published shapes', () => {
  let connection: GraphConnection;
  let github: FakeGitHub;
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // GitHub generates PKCS#1 keys (-----BEGIN RSA PRIVATE KEY-----).
  const privateKey = keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const keyBody = privateKey.split('\n').slice(1, -2).join('');
  const app: GitHubApp = { appId: 123456, installationId: 7890123, publicKey: keys.publicKey, issued: [], jwts: [] };
  const appCredential = (installationId = app.installationId): string => JSON.stringify({ appId: app.appId, privateKey, installationId });
  const key = Buffer.alloc(32, 5);
  const now = new Date(TEST_NOW);
  const catalog = loadCatalog();
  const waits: number[] = [];
  const told: string[] = [];
  const http: SyncOptions['http'] = { sleep: (ms) => Promise.resolve(void waits.push(ms)), onWait: (line) => void told.push(line) };
  const options: SyncOptions = { actor: SYSTEM_ACTOR, http, progress: (line) => void told.push(line) };

  const fullOrg = (): GitHubOrg => ({
    login: 'acme',
    members: githubRecords(fixture(MEMBERS)),
    admins: githubRecords(fixture(ADMINS)),
    outsideCollaborators: githubRecords(fixture(PUBLISHED_OUTSIDE)),
    invitations: [...githubRecords(fixture(PUBLISHED_INVITATIONS)), ...githubRecords(fixture(INVITATIONS))],
    publicMembers: ['mgonzalez'],
  });
  const org = fullOrg();

  beforeAll(async () => {
    connection = await freshGraph();
    github = await startFakeGitHub(org, 2, app);
  });

  afterAll(async () => {
    await github?.close();
    await connection?.close();
  });

  beforeEach(async () => {
    await deleteEverything(connection.graph);
    Object.assign(org, fullOrg());
    github.faults.clear();
    Object.assign(github.grant, { revoked: false, scopes: ['read:org', 'admin:org'] });
    github.requests.length = 0;
    Object.assign(app, { issued: [], jwts: [] });
    waits.length = 0;
    told.length = 0;
  });

  async function connect(credential = github.token): Promise<Connection> {
    return addConnection(
      connection.graph,
      key,
      { name: 'github-acme', kind: 'github', baseUrl: github.url, org: 'acme', everyMinutes: 360, credential },
      SYSTEM_ACTOR,
      now,
    );
  }

  async function sync(conn: Connection): Promise<Awaited<ReturnType<typeof syncConnection>>> {
    return syncConnection(connection.graph, catalog, now, conn, await credentialOf(connection.graph, key, conn.name), options);
  }

  it('pulls members, owners, outside collaborators and invitations page by page through a rate limit and a transient 500 into the same graph as the files', async () => {
    const conn = await connect();
    expect(conn.org).toBe('acme');
    github.faults.set('/orgs/acme/members#2', { kind: 'rate-limit', times: 1 });
    github.faults.set('/orgs/acme/invitations#2', { kind: 'server-error', times: 1 });
    const outcome = await sync(conn);
    expect(outcome.status, outcome.message).toBe('succeeded');
    expect(outcome.imports.map((i) => [i.kind, i.added])).toEqual([['github-members', 8]]);
    expect(github.requests).toEqual([
      '/orgs/acme/members#1 200',
      '/orgs/acme/members#2 403',
      '/orgs/acme/members#2 200',
      '/orgs/acme/members?admin#1 200',
      '/orgs/acme/outside_collaborators#1 200',
      '/orgs/acme/invitations#1 200',
      '/orgs/acme/invitations#2 500',
      '/orgs/acme/invitations#2 200',
    ]);
    expect(told.some((line) => /rate limited by 127\.0\.0\.1:\d+ \(403\): waiting [12] s as it asks/.test(line))).toBe(true);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(2000);
    const roles = await connection.graph.read(`
      MATCH (a:Account)-[:IN]->(:App {name: 'GitHub'}) WHERE a.username IS NOT NULL
      RETURN a.username AS login, [(a)-[:HAS_ROLE]->(r:Role) | r.name] AS roles, a.status AS status ORDER BY login`);
    expect(roles).toEqual([
      { login: 'ana-silva', roles: ['Member'], status: 'active' },
      { login: 'mgonzalez', roles: ['Owner'], status: 'active' },
      { login: 'monalisa', roles: ['Member'], status: 'invited' },
      { login: 'octo-contractor', roles: ['Owner'], status: 'invited' },
      { login: 'octocat', roles: ['Outside collaborator'], status: 'active' },
      { login: 'priya-dev', roles: ['Member'], status: 'active' },
      { login: 'tbecker-acme', roles: ['Owner'], status: 'active' },
    ]);
    const synced = await graphLines(connection.graph);

    await deleteEverything(connection.graph);
    const dir = mkdtempSync(join(tmpdir(), 'attest-github-files-'));
    try {
      copyFileSync(join(FIXTURES, MEMBERS), join(dir, 'members.json'));
      copyFileSync(join(FIXTURES, PUBLISHED_OUTSIDE), join(dir, 'outside-collaborators.json'));
      copyFileSync(join(FIXTURES, ADMINS), join(dir, 'admins.json'));
      copyFileSync(join(FIXTURES, PUBLISHED_INVITATIONS), join(dir, 'invitations.json'));
      copyFileSync(join(FIXTURES, INVITATIONS), join(dir, 'invitations-2.json'));
      await importSource(connection.graph, catalog, now, {
        kind: 'github-members',
        files: [{ path: dir, name: 'acme' }],
        completeness: 'complete',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await graphLines(connection.graph)).toEqual(synced);
  });

  it('an organization everyone left (every listing empty, as GitHub answers []) marks the accounts of the last sync removed', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    Object.assign(org, { members: [], admins: [], outsideCollaborators: [], invitations: [], publicMembers: [] });
    const outcome = await sync(conn);
    expect(outcome.status, outcome.message).toBe('succeeded');
    expect(outcome.imports.map((i) => [i.kind, i.read, i.removed])).toEqual([['github-members', 0, 8]]);
    expect(outcome.message).toBe(
      'organization members, owners, outside collaborators and pending invitations: GitHub lists none, 8 removed',
    );
    const left = await connection.graph.read(
      `MATCH (a:Account)-[:IN]->(:App {name: 'GitHub'}) RETURN count(a) AS accounts, count(a.removedAt) AS removed`,
    );
    expect(left).toEqual([{ accounts: 8, removed: 8 }]);
  });

  it('a 500 on page 2 that retries do not mend leaves the graph as it was and says why', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    github.faults.set('/orgs/acme/members#2', { kind: 'server-error', times: 100 });
    const outcome = await sync(conn);
    expect(outcome).toMatchObject({ status: 'failed', imports: [] });
    expect(outcome.message).toMatch(
      /^nothing was imported: GitHub organization members, owners, outside collaborators and pending invitations: .*\/orgs\/acme\/members failed with 500 after 6 attempts$/,
    );
    expect(await graphDigest(connection.graph)).toBe(before);
  });

  it('a revoked token (401) is a clear failure, the data stays, and the token is nowhere to be read', async () => {
    const conn = await connect();
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    github.grant.revoked = true;
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(
      /\/orgs\/acme\/members refused the credential \(401\): it may be revoked or expired, or lack a permission$/,
    );
    expect(await graphDigest(connection.graph)).toBe(before);

    const everything = JSON.stringify({
      outcome,
      told,
      connections: await listConnections(connection.graph),
      stored: await connection.graph.read('MATCH (n) RETURN properties(n) AS p'),
    });
    expect(everything).not.toContain(github.token);
  });

  it('names the missing scope: admin:org for invitations, read:org before a listing of public members only is taken for all', async () => {
    const conn = await connect();
    github.grant.scopes = ['read:org'];
    const probes = await probeConnection(conn, github.token, http);
    expect(probes.map((p) => [p.permission.split(' ')[0], p.ok])).toEqual([
      ['read:org', true],
      ['read:org,', true],
      ['admin:org,', false],
    ]);
    expect(probes[2]?.problem).toContain('/orgs/acme/invitations was not found (404)');
    const noInvitations = await sync(conn);
    expect(noInvitations.status).toBe('failed');
    expect(noInvitations.message).toMatch(/invitations was not found \(404\).*; pending invitations need admin:org/);

    github.grant.scopes = ['repo'];
    const publicOnly = await sync(conn);
    expect(publicOnly.status).toBe('failed');
    expect(publicOnly.message).toContain('the token lacks read:org, so GitHub lists public members only');
    expect(await connection.graph.read('MATCH (a:Account) RETURN count(a) AS n')).toEqual([{ n: 0 }]);
  });
  it('signs in as a GitHub App installation: one JWT exchanged for an installation token, then the same graph as with a token', async () => {
    const outcome = await sync(await connect(appCredential()));
    expect(outcome.status, outcome.message).toBe('succeeded');
    expect(github.requests[0]).toBe(`POST /app/installations/${app.installationId}/access_tokens 201`);
    expect(github.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
    const [jwt] = app.jwts;
    expect(jwt?.iss).toBe(String(app.appId));
    expect((jwt?.exp ?? 0) - (jwt?.iat ?? 0)).toBeLessThanOrEqual(600);
    const withApp = await graphDigest(connection.graph);

    await deleteEverything(connection.graph);
    expect((await sync(await connect())).status).toBe('succeeded');
    expect(await graphDigest(connection.graph)).toBe(withApp);
  });

  it('a refused installation token exchange is a clear failure, the data stays, and the private key is nowhere to be read', async () => {
    expect((await sync(await connect(appCredential()))).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    await removeConnection(connection.graph, 'github-acme', SYSTEM_ACTOR, now);
    const wrongInstallation = await sync(await connect(appCredential(42)));
    expect(wrongInstallation.status).toBe('failed');
    expect(wrongInstallation.message).toMatch(
      /\/app\/installations\/42\/access_tokens: GitHub knows no installation 42 of this app \(404\): check the installation ID/,
    );
    expect(await graphDigest(connection.graph)).toBe(before);

    await removeConnection(connection.graph, 'github-acme', SYSTEM_ACTOR, now);
    const conn = await connect(appCredential());
    github.grant.revoked = true;
    const revoked = await sync(conn);
    expect(revoked.status).toBe('failed');
    expect(revoked.message).toContain("refused the GitHub App's JWT (401): check the App ID and that the private key is one of the app's");
    expect(await graphDigest(connection.graph)).toBe(before);

    const everything = JSON.stringify({
      wrongInstallation,
      revoked,
      told,
      connections: await listConnections(connection.graph),
      stored: await connection.graph.read('MATCH (n) RETURN properties(n) AS p'),
    });
    expect(keyBody.length).toBeGreaterThan(1000);
    for (const secret of [keyBody, keyBody.slice(100, 164), app.issued[0] ?? 'none']) expect(everything).not.toContain(secret);
  });
});
