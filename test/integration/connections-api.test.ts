/**
 * The dashboard's connections through the real /graphql endpoint (session cookie, CSRF, the
 * production error formatting) against a fake Okta: the credential never comes back, a sync runs
 * in the background with its progress, and only admins change anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../server/audit/actor.js';
import { addUser } from '../../server/auth/users.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createHttpApp } from '../../server/http/app.js';
import { TEST_NOW } from '../support/demo.js';
import { oktaRecords, startFakeOkta, type FakeOkta } from '../support/fake-vendors/fake-okta.js';
import { freshGraph } from '../support/graph.js';
import { listen, signIn, type ListeningApp, type SignedIn } from '../support/signed-in-http.js';

const PASSWORD = 'correct horse battery staple';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

interface Answer<T> {
  text: string;
  data: T | null;
  errors: { message: string; extensions?: { code?: string } }[] | null;
}

interface ConnectionRow {
  name: string;
  kind: string;
  kindLabel: string;
  baseUrl: string;
  everyMinutes: number;
  lastRunAt: string | null;
  lastStatus: string | null;
  lastMessage: string | null;
  nextRunAt: string | null;
  running: boolean;
  progress: string | null;
}

const CONNECTION_FIELDS = 'name kind kindLabel baseUrl everyMinutes lastRunAt lastStatus lastMessage nextRunAt running progress';

async function gql<T>(who: SignedIn, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const response = await who.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: T | null; errors?: Answer<T>['errors'] };
  return { text, data: body.data ?? null, errors: body.errors ?? null };
}

describe('connections on the dashboard, through GraphQL', () => {
  let connection: GraphConnection;
  let http: ListeningApp;
  let okta: FakeOkta;
  let admin: SignedIn;
  let auditor: SignedIn;
  /** Every response body the test saw, to check none carries the credential. */
  const bodies: string[] = [];

  const asAdmin = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> => {
    const answer = await gql<T>(admin, query, variables);
    bodies.push(answer.text);
    return answer;
  };
  const list = async (): Promise<ConnectionRow[]> =>
    (await asAdmin<{ connections: ConnectionRow[] }>(`{ connections { ${CONNECTION_FIELDS} } }`)).data?.connections ?? [];
  const startSync = (name: string) =>
    asAdmin<{ syncConnection: ConnectionRow }>(`mutation($name: String!) { syncConnection(name: $name) { ${CONNECTION_FIELDS} } }`, {
      name,
    });
  /** Polls as the page does until the sync is no longer running; every answer seen on the way. */
  const untilDone = async (name: string): Promise<ConnectionRow[]> => {
    const seen: ConnectionRow[] = [];
    const deadline = Date.now() + 60_000;
    for (;;) {
      const row = (await list()).find((c) => c.name === name);
      if (!row) throw new Error(`${name} is not listed`);
      seen.push(row);
      if (!row.running) return seen;
      if (Date.now() > deadline) throw new Error(`${name} is still running after a minute`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    connection = await freshGraph();
    const at = new Date(TEST_NOW);
    await addUser(connection.graph, { email: 'ada@acme.com', role: 'admin', password: PASSWORD }, cliActor(), at);
    await addUser(connection.graph, { email: 'aud@acme.com', role: 'auditor', password: PASSWORD }, cliActor(), at);
    http = await listen((await createHttpApp({ graph: connection.graph, catalog: loadCatalog() })).app);
    admin = await signIn(http.base, 'ada@acme.com', PASSWORD);
    auditor = await signIn(http.base, 'aud@acme.com', PASSWORD);
    const groups = oktaRecords(fixture('okta-groups/published/with-member-pages/groups.json'));
    const members = oktaRecords(fixture('okta-groups/published/with-member-pages/00g1emaKYZTWRYYRRTSK-users.json'));
    okta = await startFakeOkta(
      {
        users: [...oktaRecords(fixture('okta-users/published/list-users.json')), ...oktaRecords(fixture('okta-users/users.json'))],
        groups,
        members: Object.fromEntries(groups.map((g) => [g.id, members])),
      },
      3,
    );
  });

  afterAll(async () => {
    await okta?.close();
    await http?.close();
    await connection?.close();
  });

  it('adds a connection without ever answering, echoing or auditing its credential', async () => {
    const kinds = await asAdmin<{ connectorKinds: { kind: string; label: string; defaultUrl: string | null }[] }>(
      '{ connectorKinds { kind label defaultUrl } }',
    );
    expect(kinds.data?.connectorKinds).toContainEqual({ kind: 'okta', label: 'Okta', defaultUrl: null });

    const add = `mutation($input: AddConnectionInput!) { addConnection(input: $input) { ${CONNECTION_FIELDS} } }`;
    const input = { name: 'okta-prod', kind: 'okta', baseUrl: `${okta.url}/`, everyMinutes: 360, credential: okta.token };
    const added = await asAdmin<{ addConnection: ConnectionRow }>(add, { input });
    expect(added.errors).toBeNull();
    expect(added.data?.addConnection).toMatchObject({
      name: 'okta-prod',
      kind: 'okta',
      kindLabel: 'Okta',
      baseUrl: okta.url,
      everyMinutes: 360,
      lastRunAt: null,
      running: false,
    });

    // Refusals quote what they refuse: a second connection of that name, a field the input has not, a number for a string.
    const duplicate = await asAdmin(add, { input });
    expect(duplicate.errors?.[0]?.message).toContain('already exists');
    const unknownField = await asAdmin(add, { input: { ...input, name: 'other', organization: 'acme' } });
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownField.errors?.[0]?.message).toContain('[redacted]');
    const literal = await asAdmin(
      `mutation { addConnection(input: { name: "x", kind: "okta", everyMinutes: "60", credential: "${okta.token}" }) { name } }`,
    );
    expect(literal.errors?.length).toBeGreaterThan(0);
    const noUrl = await asAdmin(add, { input: { ...input, name: 'no-url', baseUrl: null } });
    expect(noUrl.errors?.[0]?.message).toContain('give your organization’s URL');

    expect(await list()).toHaveLength(1);
    const audit = await asAdmin<{ auditEvents: { nodes: { action: string }[] } }>(
      '{ auditEvents(first: 50) { nodes { action before after changes { field before after } } } }',
    );
    expect(audit.data?.auditEvents.nodes.map((e) => e.action)).toContain('connection.add');
    for (const body of bodies) expect(body).not.toContain(okta.token);
  });

  it('tests the stored credential: each permission ok, then missing once the token is revoked', async () => {
    const test = `mutation { testConnection(name: "okta-prod") { permission ok problem } }`;
    const good = await asAdmin<{ testConnection: { permission: string; ok: boolean; problem: string | null }[] }>(test);
    expect(good.data?.testConnection.length).toBeGreaterThan(0);
    expect(good.data?.testConnection.every((check) => check.ok && check.problem === null)).toBe(true);
    okta.revoke();
    try {
      const bad = await asAdmin<{ testConnection: { ok: boolean; problem: string | null }[] }>(test);
      expect(bad.data?.testConnection.every((check) => !check.ok && (check.problem ?? '').length > 0)).toBe(true);
    } finally {
      okta.revoke(false);
    }
  });

  it('syncs in the background: answers at once, shows progress while running, refuses a second start, then the Okta identities are in', async () => {
    // Okta asks the first page to wait: the run is still going while the page polls.
    okta.faults.set('/api/v1/users#1', { kind: 'rate-limit', times: 1 });
    const started = await startSync('okta-prod');
    expect(started.errors).toBeNull();
    expect(started.data?.syncConnection.running).toBe(true);
    const again = await startSync('okta-prod');
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('already running');

    const seen = await untilDone('okta-prod');
    expect(seen.some((row) => row.running && (row.progress ?? '').length > 0)).toBe(true);
    const done = seen.at(-1);
    expect(done).toMatchObject({ lastStatus: 'succeeded', running: false, progress: null });
    expect(done?.lastMessage).toMatch(/users, every status: \d+ added/);
    expect(done?.nextRunAt).not.toBeNull();

    const sources = await asAdmin<{ sources: { kind: string; lastStatus: string }[] }>('{ sources { kind lastStatus } }');
    expect(sources.data?.sources).toContainEqual({ kind: 'okta-users', lastStatus: 'succeeded' });
    for (const body of bodies) expect(body).not.toContain(okta.token);

    // Another Attest process holding the connection's sync lease: refused at once, the last run untouched.
    await connection.graph.write('MATCH (c:Connection {name: $name}) SET c.syncLeaseOwner = $owner, c.syncLeaseUntil = $until', {
      name: 'okta-prod',
      owner: 'another-process',
      until: new Date(Date.now() + 60_000).toISOString(),
    });
    const elsewhere = await startSync('okta-prod');
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(elsewhere.errors?.[0]?.message).toBe('a sync of "okta-prod" is already running; wait for it to finish');
    expect((await list())[0]).toMatchObject({ lastStatus: 'succeeded', running: false });
    await connection.graph.write('MATCH (c:Connection {name: $name}) REMOVE c.syncLeaseOwner, c.syncLeaseUntil', { name: 'okta-prod' });
  });

  it('records a failing sync as failed with the reason', async () => {
    okta.revoke();
    try {
      expect((await startSync('okta-prod')).errors).toBeNull();
      const done = (await untilDone('okta-prod')).at(-1);
      expect(done?.lastStatus).toBe('failed');
      expect(done?.lastMessage).toMatch(/^nothing was imported: Okta users, every status: .*401/);
    } finally {
      okta.revoke(false);
    }
  });

  it('changes the schedule, audited, and moves the next run', async () => {
    const before = (await list())[0];
    const changed = await asAdmin<{ setConnectionSchedule: ConnectionRow }>(
      `mutation { setConnectionSchedule(name: "okta-prod", everyMinutes: 60) { ${CONNECTION_FIELDS} } }`,
    );
    expect(changed.data?.setConnectionSchedule.everyMinutes).toBe(60);
    const lastRun = Date.parse(before?.lastRunAt ?? '');
    expect(Date.parse(changed.data?.setConnectionSchedule.nextRunAt ?? '')).toBe(lastRun + 60 * 60_000);
    expect((await list())[0]?.everyMinutes).toBe(60);
    const audit = await asAdmin<{ auditEvents: { nodes: { action: string }[] } }>('{ auditEvents(first: 50) { nodes { action } } }');
    expect(audit.data?.auditEvents.nodes.map((e) => e.action)).toContain('connection.schedule');
  });

  it('lets an auditor read the connections but change nothing', async () => {
    const read = await gql<{ connections: ConnectionRow[] }>(auditor, `{ connections { name everyMinutes } }`);
    expect(read.data?.connections).toEqual([{ name: 'okta-prod', everyMinutes: 60 }]);
    for (const mutation of [
      `mutation { addConnection(input: { name: "mine", kind: "okta", baseUrl: "${okta.url}", everyMinutes: 60, credential: "t" }) { name } }`,
      'mutation { syncConnection(name: "okta-prod") { name } }',
      'mutation { testConnection(name: "okta-prod") { ok } }',
      'mutation { setConnectionSchedule(name: "okta-prod", everyMinutes: 5) { name } }',
      'mutation { removeConnection(name: "okta-prod") }',
    ]) {
      const refused = await gql(auditor, mutation);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await list()).map((c) => [c.name, c.everyMinutes, c.running])).toEqual([['okta-prod', 60, false]]);
  });

  it('removes a connection, audited without its credential', async () => {
    const removed = await asAdmin<{ removeConnection: boolean }>('mutation { removeConnection(name: "okta-prod") }');
    expect(removed.data?.removeConnection).toBe(true);
    expect(await list()).toEqual([]);
    const missing = await asAdmin('mutation { removeConnection(name: "okta-prod") }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const audit = await asAdmin<{ auditEvents: { nodes: { action: string }[] } }>(
      '{ auditEvents(first: 50) { nodes { action before after changes { field before after } } } }',
    );
    expect(audit.data?.auditEvents.nodes.map((e) => e.action)).toContain('connection.remove');
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) expect(body).not.toContain(okta.token);
  });
});
