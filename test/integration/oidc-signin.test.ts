import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Provider, { type AccountClaims } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../server/audit/actor.js';
import { addUser } from '../../server/auth/users.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createHttpApp } from '../../server/http/app.js';
import { importSource } from '../../server/ingest/import-source.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { cookieSet, listen, type ListeningApp } from '../support/signed-in-http.js';

const HR = [
  'Employee #,First Name,Last Name,Work Email,Supervisor Email,Status,Hire Date,Termination Date',
  'E1,Ada,Lovelace,ada@acme.com,,Active,2020-01-06,',
  'E2,Grace,Hopper,grace@acme.com,ada@acme.com,Active,2021-03-01,',
];

/** The IdP's people, by the login typed on its sign-in form. */
const IDP_ACCOUNTS: Record<string, Omit<AccountClaims, 'sub'>> = {
  ada: { email: 'Ada@acme.com', email_verified: true, name: 'Ada L.' },
  grace: { email: 'grace@acme.com', email_verified: true, name: 'Grace H.' },
  fin: { email: 'finance.lead@acme.com', email_verified: true, name: 'Finn Ance' },
  stranger: { email: 'someone@elsewhere.example', email_verified: true, name: 'Some One' },
  unverified: { email: 'ada@acme.com', email_verified: false, name: 'Not Ada' },
};
const CLIENT = { id: 'attest-test', secret: 'a-client-secret-for-the-test-only' };
const OIDC_ENV = ['ATTEST_OIDC_ISSUER', 'ATTEST_OIDC_CLIENT_ID', 'ATTEST_OIDC_CLIENT_SECRET', 'ATTEST_PUBLIC_URL'] as const;

/** Cookies per host, as a browser keeps them (paths ignored: the test only visits the two servers). */
class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.cookies.get(url.host) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  keep(url: URL, response: Response): void {
    const host = this.cookies.get(url.host) ?? new Map<string, string>();
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) host.delete(name);
      else host.set(name, value);
    }
    this.cookies.set(url.host, host);
  }
}

describe('single sign-on through a real OIDC provider', () => {
  let connection: GraphConnection;
  let attest: ListeningApp;
  let idp: Server;
  const dir = mkdtempSync(join(tmpdir(), 'attest-oidc-'));
  const envBefore = Object.fromEntries([...OIDC_ENV, 'ATTEST_NOW'].map((name) => [name, process.env[name]]));

  /** A browser with its own cookies: follows every redirect by hand, and signs in on the IdP's form as `login`. */
  async function signInThroughIdp(login: string, start = '/auth/oidc/login'): Promise<{ final: Response; jar: CookieJar; visited: URL[] }> {
    const jar = new CookieJar();
    const visited: URL[] = [];
    const visit = async (url: URL, init: RequestInit = {}): Promise<Response> => {
      visited.push(url);
      const headers = new Headers(init.headers);
      headers.set('cookie', jar.header(url));
      const response = await fetch(url, { ...init, headers, redirect: 'manual' });
      jar.keep(url, response);
      return response;
    };
    let url = new URL(start, attest.base);
    let response = await visit(url);
    // Stops at Attest's callback: its answer is what the test looks at.
    for (let hop = 0; hop < 10 && response.status >= 300 && response.status < 400 && url.pathname !== '/auth/oidc/callback'; hop++) {
      url = new URL(response.headers.get('location') ?? '', url);
      response = await visit(url);
      if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
        // The provider's own sign-in form.
        response = await visit(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
        });
      }
    }
    return { final: response, jar, visited };
  }

  beforeAll(async () => {
    process.env.ATTEST_NOW = TEST_NOW;
    connection = await freshGraph();
    const catalog = loadCatalog();
    const hr = join(dir, 'hr.csv');
    writeFileSync(hr, `${HR.join('\n')}\n`);
    await importSource(connection.graph, catalog, new Date(TEST_NOW), { kind: 'hr-csv', files: [{ path: hr, name: 'hr.csv' }] });
    await addUser(connection.graph, { email: 'finance.lead@acme.com', role: 'finance', password: null }, cliActor(), new Date(TEST_NOW));
    attest = await listen((await createHttpApp({ graph: connection.graph, catalog })).app);

    idp = createServer();
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', () => resolve()));
    const issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [{ client_id: CLIENT.id, client_secret: CLIENT.secret, redirect_uris: [`${attest.base}/auth/oidc/callback`] }],
      findAccount: (_ctx, id) => {
        const claims = IDP_ACCOUNTS[id];
        return Promise.resolve(claims ? { accountId: id, claims: () => Promise.resolve({ sub: id, ...claims }) } : undefined);
      },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      cookies: { keys: ['oidc-test-cookie-key'] },
      // Attest is a first-party client: consent is granted without asking.
      loadExistingGrant: async (ctx) => {
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client?.clientId, accountId: ctx.oidc.session?.accountId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    });
    idp.on('request', provider.callback());
    Object.assign(process.env, {
      ATTEST_OIDC_ISSUER: issuer,
      ATTEST_OIDC_CLIENT_ID: CLIENT.id,
      ATTEST_OIDC_CLIENT_SECRET: CLIENT.secret,
      ATTEST_PUBLIC_URL: attest.base,
    });
  });
  afterAll(async () => {
    await attest.close();
    await new Promise<void>((resolve) => idp.close(() => resolve()));
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of Object.entries(envBefore)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('the sign-in page learns that single sign-on is on', async () => {
    expect(await (await fetch(`${attest.base}/auth/config`)).json()).toEqual({ sso: true });
  });

  it('a manager in HR with reports and no Attest user gets a manager user linked to their person, and a session', async () => {
    const { final, jar, visited } = await signInThroughIdp('ada');
    expect(visited.some((url) => url.pathname.startsWith('/interaction/'))).toBe(true);
    expect(final.status).toBe(302);
    expect(final.headers.get('location')).toBe('/');
    expect(cookieSet(final, 'attest_session')).toMatch(/^attest_session=.+/);

    const session = await fetch(`${attest.base}/auth/session`, { headers: { cookie: jar.header(new URL(attest.base)) } });
    expect(session.status).toBe(200);
    const body = (await session.json()) as { user: { email: string; role: string; displayName: string; personId: string } };
    expect(body.user).toMatchObject({ email: 'ada@acme.com', role: 'manager', displayName: 'Ada Lovelace', personId: 'E1' });
    const [user] = await connection.graph.read(
      `MATCH (u:User {email: 'ada@acme.com'})-[:IS]->(p:Person) RETURN u.passwordHash AS passwordHash, p.employeeId AS employeeId`,
    );
    expect(user).toEqual({ passwordHash: null, employeeId: 'E1' });

    await signInThroughIdp('ada');
    expect(await connection.graph.read(`MATCH (u:User {email: 'ada@acme.com'}) RETURN u.id`)).toHaveLength(1);
  });

  it('a user an admin added for single sign-on signs in with the role the admin gave', async () => {
    const { final, jar } = await signInThroughIdp('fin');
    expect(final.status).toBe(302);
    const session = await fetch(`${attest.base}/auth/session`, { headers: { cookie: jar.header(new URL(attest.base)) } });
    expect(((await session.json()) as { user: { role: string; personId: string | null } }).user).toMatchObject({
      role: 'finance',
      personId: null,
    });
  });

  it('returns to the page of this site named by next, and to / for anything that would leave the site', async () => {
    const back = await signInThroughIdp('fin', `/auth/oidc/login?next=${encodeURIComponent('/reviews?campaign=c1#items')}`);
    expect([back.final.status, back.final.headers.get('location')]).toEqual([302, '/reviews?campaign=c1#items']);
    for (const next of [
      '%2F%09%2Fevil.example%2F',
      '%2F%0A%2Fevil.example%2F',
      '%2F%0D%2Fevil.example%2F',
      '%2F%5Cevil.example',
      '%2F%2Fevil.example',
      'https%3A%2F%2Fevil.example%2F',
      '%2Fx%2F..%2F%2Fevil.example',
    ]) {
      const { final } = await signInThroughIdp('fin', `/auth/oidc/login?next=${next}`);
      expect([final.status, final.headers.get('location')], next).toEqual([302, '/']);
    }
  });

  it('refuses someone HR does not know, someone who manages nobody, and an unverified email, with a page that says why', async () => {
    for (const [login, reason] of [
      ['stranger', 'someone@elsewhere.example has no Attest user'],
      ['grace', 'grace@acme.com has no Attest user'],
      ['unverified', 'did not say that ada@acme.com is verified'],
    ] as const) {
      const { final } = await signInThroughIdp(login);
      expect(final.status, login).toBe(403);
      expect(final.headers.get('content-type')).toContain('text/html');
      expect(await final.text()).toContain(reason);
      expect(cookieSet(final, 'attest_session'), login).toBeNull();
    }
    expect(await connection.graph.read(`MATCH (u:User) WHERE u.email IN ['someone@elsewhere.example', 'grace@acme.com'] RETURN u`)).toEqual(
      [],
    );
  });

  it('refuses an answer from the IdP that this browser did not ask for', async () => {
    const response = await fetch(`${attest.base}/auth/oidc/callback?code=stolen&state=guessed`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Start again from the sign-in page');
  });

  it('with the OIDC variables unset, single sign-on is off', async () => {
    const issuer = process.env.ATTEST_OIDC_ISSUER;
    delete process.env.ATTEST_OIDC_ISSUER;
    try {
      expect(await (await fetch(`${attest.base}/auth/config`)).json()).toEqual({ sso: false });
      expect((await fetch(`${attest.base}/auth/oidc/login`, { redirect: 'manual' })).status).toBe(404);
    } finally {
      process.env.ATTEST_OIDC_ISSUER = issuer;
    }
  });
});
