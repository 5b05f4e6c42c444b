/**
 * The Entra ID connector against a local fake of Entra's token endpoint and Microsoft Graph serving
 * the published examples (test/fixtures/ingest/SOURCES.md) in pages chained by @odata.nextLink, with
 * 429s and a transient 503: the graph after a sync equals the graph after importing the same
 * listings as files (delegated permission grants named through the service principal listing), with
 * a client secret and with a certificate; a revoked secret or a failure on
 * page 3 leaves the graph as it was; a tenant without Entra ID P1/P2 still syncs, with the last
 * sign-in unknown and said why; the secret appears nowhere it could leak.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import {
  addConnection,
  ConnectionError,
  credentialOf,
  findConnection,
  listConnections,
  type Connection,
} from '../../server/connectors/connection-store.js';
import { probeConnection } from '../../server/connectors/probe-connection.js';
import { syncConnection, type SyncOptions } from '../../server/connectors/sync-connection.js';
import { SIGN_INS_REFUSED } from '../../server/connectors/vendors/entra.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { deleteEverything } from '../../server/graph/reset.js';
import { TEST_NOW } from '../support/demo.js';
import { graphRecords, startFakeEntra, type EntraTenant, type FakeEntra } from '../support/fake-vendors/fake-entra.js';
import { freshGraph } from '../support/graph.js';
import { importFoldersAsFiles } from '../support/import-folders.js';
import { graphDigest, graphLines } from '../support/graph-digest.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
/** Published (Graph's reference examples) first, then the pages written for Attest's tests in the same shape. */
const USER_FILES = [
  'ingest/entra-users/published/users-default-select.json',
  'ingest/entra-users/published/users-signin-activity.json',
  'ingest/entra-users/pages/page-1.json',
  'ingest/entra-users/pages/page-2.json',
];
const PUBLISHED_ASSIGNED = 'ingest/entra-app-roles/published/approleassignedto.json';
/** Written for Attest's tests in the published shape: users, a group and a service principal assigned to Slack. */
const SLACK_ASSIGNED = 'ingest/entra-app-roles/slack-assigned-to.json';
const PUBLISHED_SERVICE_PRINCIPALS = 'connectors/entra/service-principals-list.json';
/** Service principals that are not enterprise apps: Graph's published Azure AD Graph, then Attest's page naming the grants' other clients and resources. */
const OTHER_SERVICE_PRINCIPALS = [
  'ingest/entra-grants/published/service-principals-azure-ad-graph.json',
  'ingest/entra-grants/service-principals.json',
];
/** Graph's published grants (Notion's admin consents), then Attest's Zoom grants in the published shape (an admin consent and two user consents). */
const GRANT_FILES = ['ingest/entra-grants/published/list-grants.json', 'ingest/entra-grants/zoom-grants.json'];
const SLACK_SP = '1c48f923-4fbb-4d37-b772-4d5d3c5a1e02';
const TENANT = 'contoso.onmicrosoft.com';
/** Tom Becker: a user of the written pages, assigned to Slack. */
const TOM = '87d349ed-44d7-43e1-9a83-5f2406dee5bd';
/** The users of the Zoom user consents, in id order. */
const TOM_OR_MARIA = ['6e7b768e-07e2-4810-8459-485f84f8f204', TOM];

describe('the Entra ID connector, against a fake Entra and Microsoft Graph speaking the published shapes', () => {
  let connection: GraphConnection;
  let entra: FakeEntra;
  const key = Buffer.alloc(32, 9);
  const now = new Date(TEST_NOW);
  const catalog = loadCatalog();
  const waits: number[] = [];
  const told: string[] = [];
  const options: SyncOptions = {
    actor: SYSTEM_ACTOR,
    http: { sleep: (ms) => Promise.resolve(void waits.push(ms)), onWait: (line) => void told.push(line) },
    progress: (line) => void told.push(line),
  };
  const certificate = fixture('connectors/entra/test-app.crt');
  const privateKey = fixture('connectors/entra/test-app.key');
  const publishedSp = graphRecords(fixture(PUBLISHED_SERVICE_PRINCIPALS));
  const tenant: EntraTenant = {
    tenant: TENANT,
    users: USER_FILES.flatMap((file) => graphRecords(fixture(file))),
    servicePrincipals: [...publishedSp, { id: SLACK_SP, displayName: 'Slack' }],
    otherServicePrincipals: OTHER_SERVICE_PRINCIPALS.flatMap((file) => graphRecords(fixture(file))),
    grants: GRANT_FILES.flatMap((file) => graphRecords(fixture(file))),
    assignedTo: {
      [publishedSp[0]?.id ?? '']: graphRecords(fixture(PUBLISHED_ASSIGNED)),
      [SLACK_SP]: graphRecords(fixture(SLACK_ASSIGNED)),
    },
  };

  beforeAll(async () => {
    connection = await freshGraph();
    entra = await startFakeEntra(tenant, certificate, 3);
  });

  afterAll(async () => {
    await entra?.close();
    await connection?.close();
  });

  beforeEach(async () => {
    await deleteEverything(connection.graph);
    entra.faults.clear();
    entra.revokeSecret(false);
    entra.refuseSignIns(false);
    entra.requests.length = 0;
    entra.filters.length = 0;
    waits.length = 0;
    told.length = 0;
  });

  const secretCredential = (): string => JSON.stringify({ clientId: entra.clientId, clientSecret: entra.clientSecret }, null, 2);

  async function connect(name: string, credential: string): Promise<Connection> {
    return addConnection(
      connection.graph,
      key,
      { name, kind: 'entra', baseUrl: entra.url, org: TENANT, everyMinutes: 360, credential },
      SYSTEM_ACTOR,
      now,
    );
  }

  async function sync(conn: Connection): Promise<Awaited<ReturnType<typeof syncConnection>>> {
    return syncConnection(connection.graph, catalog, now, conn, await credentialOf(connection.graph, key, conn.name), options);
  }

  /** The same listings as a person would export them from Graph by hand, imported as files. */
  async function importAsFiles(): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'attest-entra-files-'));
    try {
      mkdirSync(join(dir, 'users'));
      USER_FILES.forEach((file, index) => copyFileSync(join(FIXTURES, file), join(dir, 'users', `${index + 1}.json`)));
      mkdirSync(join(dir, 'roles'));
      copyFileSync(join(FIXTURES, PUBLISHED_ASSIGNED), join(dir, 'roles', 'published.json'));
      copyFileSync(join(FIXTURES, SLACK_ASSIGNED), join(dir, 'roles', 'slack.json'));
      // The enterprise apps listing the connector writes beside the assignments: Graph's published page, then Slack's.
      copyFileSync(join(FIXTURES, PUBLISHED_SERVICE_PRINCIPALS), join(dir, 'roles', 'service-principals-1.json'));
      writeFileSync(join(dir, 'roles', 'service-principals-2.json'), JSON.stringify({ value: [{ id: SLACK_SP, displayName: 'Slack' }] }));
      mkdirSync(join(dir, 'grants'));
      [PUBLISHED_SERVICE_PRINCIPALS, ...OTHER_SERVICE_PRINCIPALS].forEach((file, index) =>
        copyFileSync(join(FIXTURES, file), join(dir, 'grants', `service-principals-${index + 1}.json`)),
      );
      GRANT_FILES.forEach((file, index) => copyFileSync(join(FIXTURES, file), join(dir, 'grants', `grants-${index + 1}.json`)));
      await importFoldersAsFiles(connection.graph, catalog, now, [
        { kind: 'entra-users', path: join(dir, 'users') },
        { kind: 'entra-app-roles', path: join(dir, 'roles') },
        { kind: 'entra-grants', path: join(dir, 'grants') },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("with a client secret, pulls every page of users, enterprise apps' assignments and delegated grants through 429s and a 503, into the same graph as the files, on one token", async () => {
    const conn = await connect('entra-prod', secretCredential());
    entra.faults.set('/v1.0/users#2', { kind: 'rate-limit', times: 1 });
    entra.faults.set(`/v1.0/servicePrincipals/${SLACK_SP}/appRoleAssignedTo#1`, { kind: 'server-error', times: 1, status: 503 });
    entra.faults.set('/v1.0/oauth2PermissionGrants#2', { kind: 'rate-limit', times: 1 });
    const outcome = await sync(conn);
    expect(outcome.status).toBe('succeeded');
    expect(outcome.imports.map((i) => [i.kind, i.added])).toEqual([
      ['entra-users', 10],
      ['entra-app-roles', 3],
      ['entra-grants', 5],
    ]);
    // Ten users in pages of three: four pages, page 2 asked twice.
    expect(entra.requests.filter((r) => r.startsWith('/v1.0/users#'))).toEqual([
      '/v1.0/users#1 200',
      '/v1.0/users#2 429',
      '/v1.0/users#2 200',
      '/v1.0/users#3 200',
      '/v1.0/users#4 200',
    ]);
    expect(entra.requests.filter((r) => r.includes(SLACK_SP))).toEqual([
      `/v1.0/servicePrincipals/${SLACK_SP}/appRoleAssignedTo#1 503`,
      `/v1.0/servicePrincipals/${SLACK_SP}/appRoleAssignedTo#1 200`,
      `/v1.0/servicePrincipals/${SLACK_SP}/appRoleAssignedTo#2 200`,
    ]);
    // The two enterprise apps, then all seven service principals in pages of three; five grants, page 2 asked twice.
    expect(entra.requests.filter((r) => /^\/v1\.0\/(?:servicePrincipals|oauth2PermissionGrants)#/.test(r))).toEqual([
      '/v1.0/servicePrincipals#1 200',
      '/v1.0/servicePrincipals#1 200',
      '/v1.0/servicePrincipals#2 200',
      '/v1.0/servicePrincipals#3 200',
      '/v1.0/oauth2PermissionGrants#1 200',
      '/v1.0/oauth2PermissionGrants#2 429',
      '/v1.0/oauth2PermissionGrants#2 200',
    ]);
    expect(entra.requests.filter((r) => r.startsWith('token'))).toEqual(['token secret 200']);
    expect(entra.filters).toEqual(["tags/any(t:t eq 'WindowsAzureActiveDirectoryIntegratedApp')", '', '', '']);
    expect(told.some((line) => /rate limited by 127\.0\.0\.1:\d+ \(429\): waiting 2 s as it asks/.test(line))).toBe(true);
    expect(waits).toEqual([2000, 1000, 2000]);
    const synced = await graphLines(connection.graph);
    // Guests come with the members; the two users of Graph's default-$select example carry no signInActivity.
    expect(
      await connection.graph.read(`
        MATCH (i:Identity {idp: 'entra'})
        RETURN count(i) AS all, sum(CASE WHEN i.isGuest THEN 1 ELSE 0 END) AS guests, sum(CASE WHEN i.activityKnown THEN 1 ELSE 0 END) AS known`),
    ).toEqual([{ all: 10, guests: 2, known: 8 }]);
    // Each grant's client and resource by the name of its service principal; user consents by the user's object id.
    expect(
      await connection.graph.read(`
        MATCH (g:Integration)-[:IN]->(app:App)
        RETURN app.name AS app, g.name AS name, g.mode AS mode, g.authorizedByRef AS user, size(g.scopes) AS scopes
        ORDER BY app, name, user`),
    ).toEqual([
      { app: 'Notion', name: 'Entra ID consent to Microsoft Graph', mode: 'workspace', user: null, scopes: 34 },
      { app: 'Notion', name: 'Entra ID consent to Windows Azure Active Directory', mode: 'workspace', user: null, scopes: 2 },
      { app: 'Zoom', name: 'Entra ID consent to Office 365 Exchange Online', mode: 'user', user: TOM_OR_MARIA[0], scopes: 2 },
      { app: 'Zoom', name: 'Entra ID consent to Office 365 Exchange Online', mode: 'user', user: TOM_OR_MARIA[1], scopes: 2 },
      { app: 'Zoom', name: 'Entra ID consent to Office 365 Exchange Online', mode: 'workspace', user: null, scopes: 3 },
    ]);

    await deleteEverything(connection.graph);
    await importAsFiles();
    expect(await graphLines(connection.graph)).toEqual(synced);
  });

  it('with a certificate, signs a client assertion the fake checks against the certificate, and reads the same graph', async () => {
    const secretConn = await connect('entra-secret', secretCredential());
    expect((await sync(secretConn)).status).toBe('succeeded');
    const bySecret = await graphDigest(connection.graph);
    await deleteEverything(connection.graph);

    const conn = await connect('entra-cert', JSON.stringify({ clientId: entra.clientId, certificate, privateKey }));
    entra.requests.length = 0;
    const outcome = await sync(conn);
    expect(outcome.status).toBe('succeeded');
    expect(entra.requests.filter((r) => r.startsWith('token'))).toEqual(['token assertion 200']);
    expect(await graphDigest(connection.graph)).toBe(bySecret);
  });

  it('a tenant without Entra ID P1/P2 (403 on signInActivity) still syncs, every last sign-in unknown, and the run says why', async () => {
    const conn = await connect('entra-prod', secretCredential());
    entra.refuseSignIns();
    const outcome = await sync(conn);
    expect(outcome.status).toBe('succeeded');
    expect(outcome.notes).toContain(SIGN_INS_REFUSED);
    expect(entra.requests.filter((r) => r.startsWith('/v1.0/users#1'))).toEqual(['/v1.0/users#1 403', '/v1.0/users#1 200']);
    const identities = await connection.graph.read(
      `MATCH (i:Identity {idp: 'entra'}) RETURN count(i) AS all, count(i.lastLoginAt) AS withSignIn, sum(CASE WHEN i.activityKnown THEN 1 ELSE 0 END) AS known`,
    );
    expect(identities).toEqual([{ all: 10, withSignIn: 0, known: 0 }]);

    const probes = await probeConnection(conn, await credentialOf(connection.graph, key, conn.name), { sleep: () => Promise.resolve() });
    expect(probes.map((p) => [p.permission.split(' ')[0], p.ok])).toEqual([
      ['User.Read.All', true],
      ['AuditLog.Read.All', false],
      ['Application.Read.All', true],
      ['Directory.Read.All', true],
    ]);
    expect(probes[1]?.problem).toMatch(/refused the credential \(403\)/);
  });

  it('the tenant-wide listings are complete: an assignment and a consent Graph no longer lists and a deleted user are marked removed', async () => {
    const conn = await connect('entra-prod', secretCredential());
    expect((await sync(conn)).status).toBe('succeeded');
    const slack = tenant.assignedTo[SLACK_SP] ?? [];
    const users = [...tenant.users];
    const grants = [...tenant.grants];
    tenant.assignedTo[SLACK_SP] = slack.filter((a) => a.principalId !== TOM);
    tenant.users = users.filter((u) => u.id !== TOM);
    tenant.grants = grants.filter((g) => g.principalId !== TOM);
    try {
      const outcome = await sync(conn);
      expect(outcome.status).toBe('succeeded');
      expect(outcome.imports.map((i) => [i.kind, i.removed])).toEqual([
        ['entra-users', 1],
        ['entra-app-roles', 1],
        ['entra-grants', 1],
      ]);
      const consents = await connection.graph.read(
        `MATCH (g:Integration {authorizedByRef: $tom}) RETURN g.removedAt IS NOT NULL AS removed`,
        { tom: TOM },
      );
      expect(consents).toEqual([{ removed: true }]);
    } finally {
      tenant.assignedTo[SLACK_SP] = slack;
      tenant.users = users;
      tenant.grants = grants;
    }
  });

  it('every enterprise app listing no assignment (Graph answers an empty collection) marks the assignments of the last sync removed', async () => {
    const conn = await connect('entra-prod', secretCredential());
    const first = await sync(conn);
    expect(first.status, first.message).toBe('succeeded');
    const assigned = first.imports.find((i) => i.kind === 'entra-app-roles')?.added ?? 0;
    expect(assigned).toBeGreaterThan(0);
    const assignedTo = { ...tenant.assignedTo };
    tenant.assignedTo = Object.fromEntries(Object.keys(assignedTo).map((id) => [id, []]));
    try {
      const outcome = await sync(conn);
      expect(outcome.status, outcome.message).toBe('succeeded');
      expect(outcome.imports.find((i) => i.kind === 'entra-app-roles')).toMatchObject({ read: 0, removed: assigned });
      const left = await connection.graph.read(`MATCH (x:AppAssignment) RETURN count(x) AS assignments, count(x.removedAt) AS removed`);
      expect(left).toEqual([{ assignments: assigned, removed: assigned }]);
    } finally {
      tenant.assignedTo = assignedTo;
    }
  });

  it('a failure on page 3 that retries do not mend leaves the graph as it was and says why', async () => {
    const conn = await connect('entra-prod', secretCredential());
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    entra.faults.set('/v1.0/users#3', { kind: 'server-error', times: 100 });
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(
      /^nothing was imported: Microsoft Entra ID users, guests included: .*\/v1\.0\/users failed with 500 after 6 attempts$/,
    );
    expect(await graphDigest(connection.graph)).toBe(before);
    expect(await findConnection(connection.graph, conn.name)).toMatchObject({ lastStatus: 'failed', lastMessage: outcome.message });
  });

  it('a revoked secret (AADSTS7000215) is a clear failure, the previous data stays, and the secret is nowhere to be read', async () => {
    const conn = await connect('entra-prod', secretCredential());
    expect((await sync(conn)).status).toBe('succeeded');
    const before = await graphDigest(connection.graph);
    entra.revokeSecret();
    const outcome = await sync(conn);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(
      /^nothing was imported: Microsoft Entra ID users, guests included: http:\/\/127\.0\.0\.1:\d+\/contoso\.onmicrosoft\.com\/oauth2\/v2\.0\/token refused the credential \(401 invalid_client\): the client secret is wrong: paste the secret's Value, not its Secret ID \(AADSTS7000215: Invalid client secret provided\./,
    );
    expect(outcome.message).not.toContain('Trace ID');
    expect(await graphDigest(connection.graph)).toBe(before);
    const probes = await probeConnection(conn, await credentialOf(connection.graph, key, conn.name));
    expect(probes.every((p) => !p.ok && p.problem?.includes('AADSTS7000215'))).toBe(true);

    let refused = '';
    await connect('entra-typo', JSON.stringify({ clientId: 'Contoso sync app', clientSecret: entra.clientSecret })).catch(
      (error: unknown) => void (refused = error instanceof ConnectionError ? error.message : String(error)),
    );
    expect(refused).toBe('"clientId" is not a GUID: it is the app registration\'s Application (client) ID, not its name');

    const everything = JSON.stringify({
      outcome,
      told,
      probes,
      refused,
      connections: await listConnections(connection.graph),
      stored: await connection.graph.read('MATCH (n) WHERE NOT n:Connection RETURN properties(n) AS p'),
      connection: await connection.graph.read('MATCH (c:Connection) RETURN properties(c) AS p'),
    });
    expect(everything).not.toContain(entra.clientSecret);
    expect(everything).toContain('sealedCredential');
  });
});
