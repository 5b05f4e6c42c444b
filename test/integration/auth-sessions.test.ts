import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliActor } from '../../server/audit/actor.js';
import { addUser, disableUser, setUserPassword } from '../../server/auth/users.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { registerUserCommands } from '../../server/cli/commands/user.js';
import { DEFAULT_DEMO_PASSWORD, describeDemoSignIns, ensureDemoUsers } from '../../server/demo/demo-users.js';
import { createHttpApp } from '../../server/http/app.js';
import { importSource } from '../../server/ingest/import-source.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';
import { cookieSet, listen, signIn, type ListeningApp } from '../support/signed-in-http.js';

const PASSWORD = 'correct horse battery staple';
const HR = [
  'Employee #,First Name,Last Name,Work Email,Supervisor Email,Status,Hire Date,Termination Date',
  'E1,Ada,Lovelace,ada@acme.com,,Active,2020-01-06,',
  'E2,Grace,Hopper,grace@acme.com,ada@acme.com,Active,2021-03-01,',
];
const MINUTE = 60_000;

describe('password sign-in, sessions and CSRF over HTTP', () => {
  let connection: GraphConnection;
  let http: ListeningApp;
  const dir = mkdtempSync(join(tmpdir(), 'attest-auth-'));
  const at = (offsetMs: number): string => new Date(Date.parse(TEST_NOW) + offsetMs).toISOString();
  const envBefore = { now: process.env.ATTEST_NOW, idle: process.env.ATTEST_SESSION_IDLE_MINUTES };
  const login = (email: string, password: string) =>
    fetch(`${http.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  const graphql = (query: string, headers: Record<string, string>) =>
    fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  const sessionCount = async () => Number((await connection.graph.read('MATCH (s:Session) RETURN count(s) AS n'))[0]?.n);

  beforeAll(async () => {
    process.env.ATTEST_NOW = TEST_NOW;
    connection = await freshGraph();
    const catalog = loadCatalog();
    const hr = join(dir, 'hr.csv');
    writeFileSync(hr, `${HR.join('\n')}\n`);
    await importSource(connection.graph, catalog, new Date(TEST_NOW), { kind: 'hr-csv', files: [{ path: hr, name: 'hr.csv' }] });
    await addUser(connection.graph, { email: 'Ada@Acme.com', role: 'admin', password: PASSWORD }, cliActor(), new Date(TEST_NOW));
    await addUser(
      connection.graph,
      { email: 'finance@acme.com', role: 'finance', displayName: 'Fin Ance', password: PASSWORD },
      cliActor(),
      new Date(TEST_NOW),
    );
    await addUser(connection.graph, { email: 'sso-only@acme.com', role: 'auditor', password: null }, cliActor(), new Date(TEST_NOW));
    http = await listen((await createHttpApp({ graph: connection.graph, catalog })).app);
  });
  afterEach(() => {
    process.env.ATTEST_NOW = TEST_NOW;
    delete process.env.ATTEST_SESSION_IDLE_MINUTES;
  });
  afterAll(async () => {
    await http.close();
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
    if (envBefore.now === undefined) delete process.env.ATTEST_NOW;
    else process.env.ATTEST_NOW = envBefore.now;
    if (envBefore.idle !== undefined) process.env.ATTEST_SESSION_IDLE_MINUTES = envBefore.idle;
  });

  it('signs in with email and password: an httpOnly SameSite cookie, the user linked to their HR person, and the API answers as them', async () => {
    const response = await login('ADA@acme.com', PASSWORD);
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('attest_session='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    const body = (await response.json()) as {
      user: { email: string; role: string; displayName: string; personId: string | null };
      csrfToken: string;
    };
    expect(body.user).toMatchObject({ email: 'ada@acme.com', role: 'admin', displayName: 'Ada Lovelace' });
    expect(body.user.personId).not.toBeNull();

    const cookie = cookieSet(response, 'attest_session') ?? '';
    const token = cookie.slice('attest_session='.length);
    const stored = await connection.graph.read('MATCH (s:Session) RETURN properties(s) AS props');
    expect(JSON.stringify(stored)).not.toContain(token);

    const me = await graphql('{ me { id email role displayName personId } }', { cookie, 'x-csrf-token': body.csrfToken });
    expect(((await me.json()) as { data: { me: unknown } }).data.me).toEqual({ ...body.user, role: 'ADMIN' });
    const session = await fetch(`${http.base}/auth/session`, { headers: { cookie } });
    expect(((await session.json()) as { csrfToken: string }).csrfToken).toBe(body.csrfToken);
  });

  it('says only "email or password is wrong" for a wrong password, an unknown email and a user without a password', async () => {
    for (const [email, password] of [
      ['ada@acme.com', 'not the password at all'],
      ['nobody@acme.com', PASSWORD],
      ['sso-only@acme.com', PASSWORD],
    ] as const) {
      const response = await login(email, password);
      expect(response.status, email).toBe(401);
      expect(((await response.json()) as { message: string }).message).toBe('email or password is wrong');
      expect(cookieSet(response, 'attest_session'), email).toBeNull();
    }
    const malformed = await fetch(`${http.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ada@acme.com' }),
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { message: string }).message).toBe('password is required');
  });

  it('refuses the API and the data routes without a session', async () => {
    const anonymous = await graphql('{ me { email } }', {});
    const result = (await anonymous.json()) as { data: unknown; errors: { extensions: { code: string } }[] };
    expect(result.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
    expect((await fetch(`${http.base}/api/findings.csv`)).status).toBe(401);
    expect((await fetch(`${http.base}/api/imports`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${http.base}/auth/session`)).status).toBe(401);
  });

  it('refuses a change that does not carry the session CSRF token, and accepts it with the token', async () => {
    const ada = await signIn(http.base, 'ada@acme.com', PASSWORD);
    const missing = await graphql('{ me { email } }', { cookie: ada.cookie });
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { code: string; message: string }).message).toMatch(/CSRF token/);
    expect((await graphql('{ me { email } }', { cookie: ada.cookie, 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await graphql('{ me { email } }', { cookie: ada.cookie, 'x-csrf-token': ada.csrfToken })).status).toBe(200);

    const form = (fields: string[][]) =>
      fetch(`${http.base}/api/findings.csv`, {
        method: 'POST',
        headers: { cookie: ada.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    expect((await form([['id', 'x']])).status).toBe(403);
    const withField = await form([
      ['id', 'x'],
      ['_csrf', ada.csrfToken],
    ]);
    expect(withField.status).toBe(200);
    expect(withField.headers.get('content-type')).toContain('text/csv');
  });

  it('lets only an admin upload imports', async () => {
    const finance = await signIn(http.base, 'finance@acme.com', PASSWORD);
    const refused = await finance.fetch('/api/imports', { method: 'POST', body: new FormData() });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toBe('only admin users may do this; you are signed in as finance');
    expect((await finance.fetch('/api/findings.csv')).status).toBe(200);

    const admin = await signIn(http.base, 'ada@acme.com', PASSWORD);
    const form = new FormData();
    form.append('kind', 'hr-csv');
    const accepted = await admin.fetch('/api/imports', { method: 'POST', body: form });
    expect(accepted.status).toBe(400);
    expect(((await accepted.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe('choose at least one file to import');
  });

  it('ends a session left idle for 8 hours and deletes it; activity keeps it alive', async () => {
    const ada = await signIn(http.base, 'ada@acme.com', PASSWORD);
    process.env.ATTEST_NOW = at(7 * 60 * MINUTE);
    expect((await ada.fetch('/auth/session')).status).toBe(200);
    process.env.ATTEST_NOW = at(14 * 60 * MINUTE);
    expect((await ada.fetch('/auth/session')).status).toBe(200);
    const before = await sessionCount();
    process.env.ATTEST_NOW = at(22 * 60 * MINUTE + MINUTE);
    const expired = await ada.fetch('/auth/session');
    expect(expired.status).toBe(401);
    expect(cookieSet(expired, 'attest_session')).toBe('attest_session=');
    expect(await sessionCount()).toBe(before - 1);
  });

  it('ends any session 7 days after sign-in however active, and honours ATTEST_SESSION_IDLE_MINUTES', async () => {
    process.env.ATTEST_SESSION_IDLE_MINUTES = String(10 * 24 * 60);
    const ada = await signIn(http.base, 'ada@acme.com', PASSWORD);
    process.env.ATTEST_NOW = at(6 * 24 * 60 * MINUTE);
    expect((await ada.fetch('/auth/session')).status).toBe(200);
    process.env.ATTEST_NOW = at(7 * 24 * 60 * MINUTE);
    expect((await ada.fetch('/auth/session')).status).toBe(401);

    process.env.ATTEST_SESSION_IDLE_MINUTES = '5';
    process.env.ATTEST_NOW = TEST_NOW;
    const short = await signIn(http.base, 'ada@acme.com', PASSWORD);
    process.env.ATTEST_NOW = at(6 * MINUTE);
    expect((await short.fetch('/auth/session')).status).toBe(401);
  });

  it('signs out: the session is deleted and its cookie no longer works', async () => {
    const ada = await signIn(http.base, 'ada@acme.com', PASSWORD);
    const forged = await fetch(`${http.base}/auth/logout`, { method: 'POST', headers: { cookie: ada.cookie } });
    expect(forged.status).toBe(403);
    expect((await ada.fetch('/auth/session')).status).toBe(200);

    const out = await ada.fetch('/auth/logout', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(cookieSet(out, 'attest_session')).toBe('attest_session=');
    expect((await ada.fetch('/auth/session')).status).toBe(401);
    const audit = await connection.graph.read(`MATCH (e:AuditEvent) WHERE e.action STARTS WITH 'session.' RETURN e.action AS action`);
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['session.sign_in', 'session.sign_out']));
  });

  it('disabling a user or setting a new password ends their sessions', async () => {
    await addUser(connection.graph, { email: 'grace@acme.com', role: 'finance', password: PASSWORD }, cliActor(), new Date(TEST_NOW));
    const grace = await signIn(http.base, 'grace@acme.com', PASSWORD);
    await setUserPassword(connection.graph, 'grace@acme.com', 'a brand new password', cliActor(), new Date(TEST_NOW));
    expect((await grace.fetch('/auth/session')).status).toBe(401);
    expect((await login('grace@acme.com', PASSWORD)).status).toBe(401);

    const again = await signIn(http.base, 'grace@acme.com', 'a brand new password');
    await disableUser(connection.graph, 'grace@acme.com', cliActor(), new Date(TEST_NOW));
    expect((await again.fetch('/auth/session')).status).toBe(401);
    expect((await login('grace@acme.com', 'a brand new password')).status).toBe(401);
  });

  it('refuses a short password, a taken email and a manager nobody in HR is, saying why', async () => {
    const add = (email: string, role: string, password: string | null) =>
      addUser(connection.graph, { email, role, password }, cliActor(), new Date(TEST_NOW));
    await expect(add('new@acme.com', 'auditor', 'short')).rejects.toThrow('the password must be at least 12 characters long (it has 5)');
    await expect(add('ADA@acme.com', 'auditor', PASSWORD)).rejects.toThrow('a user with the email ada@acme.com already exists');
    await expect(add('stranger@acme.com', 'manager', null)).rejects.toThrow('nobody in HR has the email stranger@acme.com');
    await expect(add('someone', 'admin', null)).rejects.toThrow('"someone" is not an email address');
    await expect(add('x@acme.com', 'owner', null)).rejects.toThrow('unknown role "owner" (roles: admin, finance, auditor, manager)');
    expect(
      await connection.graph.read(`MATCH (u:User) WHERE u.email IN ['new@acme.com', 'stranger@acme.com', 'x@acme.com'] RETURN u`),
    ).toEqual([]);
  });

  it('`attest user` adds, lists, changes and disables users, and the password it sets signs in', async () => {
    const run = async (...args: string[]): Promise<string> => {
      const program = new Command('attest').exitOverride();
      registerUserCommands(program);
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        await program.parseAsync(['node', 'attest', ...args]);
        return [...log.mock.calls.map((call) => call.join(' ')), ...write.mock.calls.map((call) => String(call[0]))].join('\n');
      } finally {
        log.mockRestore();
        write.mockRestore();
      }
    };
    const database = testDatabaseEnv();
    const saved = Object.fromEntries([...Object.keys(database), 'ATTEST_USER_PASSWORD'].map((name) => [name, process.env[name]]));
    Object.assign(process.env, database);
    process.env.ATTEST_USER_PASSWORD = 'a password from the environment';
    try {
      expect(await run('user', 'add', '--email', 'Auditor@Acme.com', '--role', 'auditor', '--name', 'Audrey')).toBe(
        'Added auditor@acme.com (Audrey): auditor, signs in with password, not in HR',
      );
      expect((await signIn(http.base, 'auditor@acme.com', 'a password from the environment')).csrfToken).not.toBe('');
      expect(await run('user', 'add', '--email', 'boss@acme.com', '--role', 'admin', '--sso')).toContain('signs in with single sign-on');
      expect(await run('user', 'set-role', 'auditor@acme.com', 'finance')).toContain('auditor@acme.com (Audrey): finance');
      await expect(run('user', 'add', '--email', 'x@acme.com', '--role', 'owner')).rejects.toThrow(
        /Allowed choices are admin, finance, auditor, manager/,
      );
      const listed = JSON.parse(await run('user', 'list', '--json')) as { email: string; role: string; hasPassword: boolean }[];
      expect(listed.find((u) => u.email === 'boss@acme.com')).toMatchObject({ role: 'admin', hasPassword: false });
      expect(JSON.stringify(listed)).not.toContain('argon2');
      expect(await run('user', 'disable', 'auditor@acme.com')).toMatch(/^Disabled auditor@acme.com .*, disabled \d{4}-\d{2}-\d{2}$/);
      expect((await login('auditor@acme.com', 'a password from the environment')).status).toBe(401);
      const audit = await connection.graph.read(
        `MATCH (e:AuditEvent) WHERE e.action STARTS WITH 'user.' AND e.actorRole = 'cli' RETURN e.action AS action`,
      );
      expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['user.add', 'user.set_role', 'user.disable']));
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('the demo gets a user per role, the manager being the person with the most reports, and says how to sign in', async () => {
    const signIns = await ensureDemoUsers(connection.graph, new Date(TEST_NOW));
    expect(signIns.map((s) => [s.email, s.role, s.created])).toEqual([
      ['admin@demo', 'admin', true],
      ['finance@demo', 'finance', true],
      ['auditor@demo', 'auditor', true],
      ['ada@acme.com', 'manager', false],
    ]);
    expect(describeDemoSignIns(signIns).join('\n')).toContain('Sign in to the demo with the password "attest-demo-password" as:');
    const finance = await signIn(http.base, 'finance@demo', DEFAULT_DEMO_PASSWORD);
    const me = (await (await finance.fetch('/auth/session')).json()) as { user: { role: string } };
    expect(me.user.role).toBe('finance');
  });
});
