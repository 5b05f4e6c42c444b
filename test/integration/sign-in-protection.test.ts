import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cliActor } from '../../server/audit/actor.js';
import { SIGN_IN_LIMITS, type SignInLimits } from '../../server/auth/sign-in-throttle.js';
import { addUser } from '../../server/auth/users.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createHttpApp } from '../../server/http/app.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { listen, type ListeningApp } from '../support/signed-in-http.js';

const PASSWORD = 'correct horse battery staple';
const WRONG = 'a guess that is not the password';
const PEOPLE = ['ada', 'bob', 'carol', 'dan', 'eve'];

describe('password sign-in is protected against guessing', () => {
  let connection: GraphConnection;
  const servers: ListeningApp[] = [];

  /** A fresh server: its own count of failures. */
  async function server(limits?: SignInLimits): Promise<ListeningApp> {
    const http = await listen((await createHttpApp({ graph: connection.graph, catalog: loadCatalog(), signInLimits: limits })).app);
    servers.push(http);
    return http;
  }

  function login(http: ListeningApp, email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${http.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    });
  }

  async function statuses(responses: Promise<Response>[]): Promise<number[]> {
    return (await Promise.all(responses)).map((response) => response.status);
  }

  beforeAll(async () => {
    connection = await freshGraph();
    for (const name of PEOPLE)
      await addUser(connection.graph, { email: `${name}@acme.com`, role: 'finance', password: PASSWORD }, cliActor(), new Date(TEST_NOW));
  });
  afterEach(() => {
    delete process.env.ATTEST_TRUST_PROXY;
  });
  afterAll(async () => {
    for (const http of servers) await http.close();
    await connection.close();
  });

  it(`locks an account after ${SIGN_IN_LIMITS.failuresPerAccount} wrong passwords: 429 with Retry-After even for the right one, while other accounts still sign in`, async () => {
    const http = await server();
    const wrong: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAccount; i++) wrong.push((await login(http, 'ada@acme.com', WRONG)).status);
    expect(wrong).toEqual(Array.from({ length: SIGN_IN_LIMITS.failuresPerAccount }, () => 401));

    const locked = await login(http, 'ADA@acme.com', WRONG);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe(String(SIGN_IN_LIMITS.firstLockSeconds));
    expect((await locked.json()) as { code: string; message: string }).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: 'too many failed sign-ins; try again in 1 minute',
    });
    const right = await login(http, 'ada@acme.com', PASSWORD);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(http, 'bob@acme.com', PASSWORD)).status).toBe(200);
  });

  it('counts attempts sent in parallel before checking them, so 59 at once get no more than the allowed guesses', async () => {
    const http = await server();
    const answered = await statuses(Array.from({ length: 59 }, () => login(http, 'carol@acme.com', WRONG)));
    expect(answered.filter((status) => status === 401).length).toBeLessThanOrEqual(SIGN_IN_LIMITS.failuresPerAccount);
    expect(answered.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    expect((await login(http, 'carol@acme.com', PASSWORD)).status).toBe(429);
  });

  it('forgets the failures of an account once its password is given', async () => {
    const http = await server();
    const attempts = SIGN_IN_LIMITS.failuresPerAccount - 1;
    for (let i = 0; i < attempts; i++) expect((await login(http, 'dan@acme.com', WRONG)).status).toBe(401);
    expect((await login(http, 'dan@acme.com', PASSWORD)).status).toBe(200);
    for (let i = 0; i < attempts; i++) expect((await login(http, 'dan@acme.com', WRONG)).status).toBe(401);
    expect((await login(http, 'dan@acme.com', PASSWORD)).status).toBe(200);
  });

  it('locks for longer each time the guessing starts again', async () => {
    const http = await server({
      failuresPerAccount: 2,
      failuresPerAddress: 100,
      windowSeconds: 60,
      firstLockSeconds: 1,
      maxLockSeconds: 2,
    });
    const retryAfterOfRound = async (): Promise<string | null> => {
      expect(await statuses([login(http, 'eve@acme.com', WRONG), login(http, 'eve@acme.com', WRONG)])).toEqual([401, 401]);
      const locked = await login(http, 'eve@acme.com', WRONG);
      expect(locked.status).toBe(429);
      return locked.headers.get('retry-after');
    };
    expect(await retryAfterOfRound()).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await retryAfterOfRound()).toBe('2');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await retryAfterOfRound()).toBe('2');
  });

  it(`locks a client address that tries ${SIGN_IN_LIMITS.failuresPerAddress} wrong passwords over many accounts, and only that address (ATTEST_TRUST_PROXY)`, async () => {
    process.env.ATTEST_TRUST_PROXY = 'loopback';
    const http = await server();
    const attacker = { 'x-forwarded-for': '203.0.113.7' };
    const guesses = Array.from({ length: SIGN_IN_LIMITS.failuresPerAddress }, (_, i) =>
      login(http, `${PEOPLE[i % PEOPLE.length]}@acme.com`, `${WRONG} ${i}`, attacker),
    );
    // Four guesses per account: no account reaches its own limit.
    expect(await statuses(guesses)).toEqual(guesses.map(() => 401));
    const locked = await login(http, 'bob@acme.com', PASSWORD, attacker);
    expect(locked.status).toBe(429);
    expect((await login(http, 'carol@acme.com', PASSWORD, { 'x-forwarded-for': '198.51.100.2' })).status).toBe(200);
  });

  it('records each failed sign-in in the audit log with the email and the client address, never the password', async () => {
    const http = await server();
    const before = await connection.graph.read(`MATCH (e:AuditEvent {action: 'session.sign_in_failed'}) RETURN count(e) AS n`);
    expect((await login(http, 'Bob@Acme.com', 'hunter2 is not it')).status).toBe(401);
    expect((await login(http, 'nobody@acme.com', 'nor is this one')).status).toBe(401);
    const events = await connection.graph.read(
      `MATCH (e:AuditEvent {action: 'session.sign_in_failed'}) RETURN e.actorRole AS actorRole, e.targetId AS targetId, e.after AS after ORDER BY e.seq DESC LIMIT 2`,
    );
    expect(Number(before[0]?.n) + 2).toBe(
      Number((await connection.graph.read(`MATCH (e:AuditEvent {action: 'session.sign_in_failed'}) RETURN count(e) AS n`))[0]?.n),
    );
    expect(events.map((e) => [e.actorRole, e.targetId])).toEqual([
      ['anonymous', 'nobody@acme.com'],
      ['anonymous', 'bob@acme.com'],
    ]);
    const recorded = z.strictObject({ email: z.string(), address: z.string() }).parse(JSON.parse(z.string().parse(events[1]?.after)));
    expect(recorded.email).toBe('bob@acme.com');
    expect(recorded.address).toMatch(/127\.0\.0\.1/);
    const everything = JSON.stringify(await connection.graph.read(`MATCH (e:AuditEvent) RETURN properties(e) AS event`));
    for (const password of [WRONG, 'hunter2 is not it', 'nor is this one', PASSWORD]) expect(everything).not.toContain(password);
  });
});
