import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliActor } from '../../server/audit/actor.js';
import { addUser } from '../../server/auth/users.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { repoRoot } from '../../server/config/repo-root.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createHttpApp } from '../../server/http/app.js';
import { TEST_NOW } from '../support/demo.js';
import { connectTestGraph, freshGraph } from '../support/graph.js';
import { listen, signIn, type ListeningApp, type SignedIn } from '../support/signed-in-http.js';

const PASSWORD = 'correct horse battery staple';

interface Refusal {
  status: number;
  type: string | null;
  text: string;
  body: { code?: string; message?: string };
}

async function refusalOf(response: Response): Promise<Refusal> {
  const text = await response.text();
  let body: Refusal['body'] = {};
  try {
    body = JSON.parse(text) as Refusal['body'];
  } catch {
    // not JSON: the assertions on `type` and `body` say so
  }
  return { status: response.status, type: response.headers.get('content-type'), text, body };
}

/** Nothing a client should learn about the server: where it is installed, its stack, its database driver. */
function expectNoInternals(refusal: Refusal): void {
  expect(refusal.type).toMatch(/^application\/json/);
  expect(refusal.text).not.toContain(repoRoot());
  expect(refusal.text).not.toMatch(/node_modules|\bat .+:\d+:\d+|Neo4jError|<html|<pre/i);
}

describe('the HTTP app: errors as short JSON, security headers, no source maps', () => {
  let connection: GraphConnection;
  let down: GraphConnection;
  let http: ListeningApp;
  let outage: ListeningApp;
  let ada: SignedIn;
  const webDir = mkdtempSync(join(tmpdir(), 'attest-web-'));
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${http.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    connection = await freshGraph();
    await addUser(connection.graph, { email: 'ada@acme.com', role: 'admin', password: PASSWORD }, cliActor(), new Date(TEST_NOW));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Attest</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log("dashboard");\n');
    writeFileSync(join(webDir, 'assets', 'app.js.map'), '{"version":3,"sources":["../../web/main.tsx"],"mappings":""}');
    http = await listen((await createHttpApp({ graph: connection.graph, catalog: loadCatalog(), webDir })).app);
    down = await connectTestGraph();
    await down.close();
    outage = await listen((await createHttpApp({ graph: down.graph, catalog: loadCatalog(), webDir })).app);
    ada = await signIn(http.base, 'ada@acme.com', PASSWORD);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await http.close();
    await outage.close();
    await connection.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('answers malformed JSON, an oversize body, an unknown Content-Encoding and a malformed URL escape with a 4xx and a short JSON body', async () => {
    const cases: [string, Promise<Response>, number, string, string][] = [
      [
        'malformed JSON to /graphql',
        post('/graphql', '{"query": "{ me { id } }"'),
        400,
        'BAD_REQUEST',
        'the request body is not valid JSON',
      ],
      ['malformed JSON to /auth/login', post('/auth/login', '{"email": '), 400, 'BAD_REQUEST', 'the request body is not valid JSON'],
      [
        'a body over 1 MB',
        post('/graphql', JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } })),
        413,
        'PAYLOAD_TOO_LARGE',
        'the request body is too large',
      ],
      [
        'Content-Encoding: bogus',
        post('/graphql', '{"query": "{ me { id } }"}', { 'content-encoding': 'bogus' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'the Content-Encoding of the request body is not supported (send it plain, gzip, deflate or br)',
      ],
      ['a malformed URL escape', ada.fetch('/api/campaigns/%E0%A4%A/report.html'), 400, 'BAD_REQUEST', 'the request is malformed'],
    ];
    for (const [what, sent, status, code, message] of cases) {
      const refusal = await refusalOf(await sent);
      expect([refusal.status, refusal.body.code, refusal.body.message], what).toEqual([status, code, message]);
      expectNoInternals(refusal);
    }
  });

  it('answers a database outage with 500 "Internal server error", the driver message in the server log only', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const signingIn = await refusalOf(
      await fetch(`${outage.base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ada@acme.com', password: PASSWORD }),
      }),
    );
    const withCookie = await refusalOf(
      await fetch(`${outage.base}/auth/session`, { headers: { cookie: `attest_session=${'a'.repeat(43)}` } }),
    );
    for (const refusal of [signingIn, withCookie]) {
      expect([refusal.status, refusal.body]).toEqual([
        500,
        {
          code: 'INTERNAL_SERVER_ERROR',
          message: 'Internal server error',
          errors: [{ file: '(request)', message: 'Internal server error' }],
        },
      ]);
      expectNoInternals(refusal);
    }
    expect(log.mock.calls.map((call) => call.map(String).join(' ')).join('\n')).toMatch(/POST \/auth\/login failed: .*Pool is closed/);
  });

  it('answers /api and /auth paths that no route knows with a JSON 404', async () => {
    for (const refusal of [
      await refusalOf(await ada.fetch('/api/no-such-thing')),
      await refusalOf(await fetch(`${http.base}/auth/no-such-thing`)),
    ]) {
      expect([refusal.status, refusal.body.code]).toEqual([404, 'NOT_FOUND']);
      expectNoInternals(refusal);
    }
  });

  it('serves the dashboard with a Content-Security-Policy, no framing, nosniff and a referrer policy, and not its source maps', async () => {
    const page = await fetch(`${http.base}/findings`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('x-powered-by')).toBeNull();

    expect((await fetch(`${http.base}/assets/app.js`)).status).toBe(200);
    const map = await fetch(`${http.base}/assets/app.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('mappings');
    expect((await fetch(`${http.base}/auth/config`)).headers.get('x-content-type-options')).toBe('nosniff');
  });
});
