/**
 * Okta and GitHub take a token or a structured credential in the same box: the mode is told from
 * the text, a malformed one is refused with what to fix (never quoting the key), and the OAuth
 * exchanges sign what the vendors ask (private_key_jwt for Okta, an app JWT for GitHub) and renew
 * the token before it expires.
 */
import { generateKeyPairSync } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../../../server/connectors/connector.js';
import { VendorApiError } from '../../../server/connectors/http/vendor-http.js';
import { checkGitHubCredential, githubAuthenticate, githubCredentialMode } from '../../../server/connectors/vendors/github-app.js';
import { checkOktaCredential, oktaAuthenticate, oktaCredentialMode } from '../../../server/connectors/vendors/okta-oauth.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaPem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const rsaPkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ecJwk = { ...ec.privateKey.export({ format: 'jwk' }), kid: 'okta-kid-7' };
const publicJwk = ec.publicKey.export({ format: 'jwk' });
const GET = { method: 'GET', url: 'https://acme.okta.example/api/v1/users?limit=200' };

interface Call {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** A token endpoint answering `answers` in turn, recording each call. */
function tokenEndpoint(answers: [number, unknown][]): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fake = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const sent = typeof init?.body === 'string' ? init.body : init?.body instanceof URLSearchParams ? init.body.toString() : '';
    calls.push({ url, body: sent, headers });
    const [status, answer] = answers[Math.min(calls.length - 1, answers.length - 1)] ?? [500, {}];
    return Promise.resolve(new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } }));
  };
  return { fetch: fake, calls };
}

function context(fetcher: typeof fetch, clock: { now: number }): AuthContext {
  return { baseUrl: 'https://acme.okta.example', org: null, fetch: fetcher, now: () => clock.now };
}

describe('Okta credential mode', () => {
  it('takes a one-word token as an API token and a JSON document as a service app', () => {
    expect(oktaCredentialMode('00abcDEF_token-value')).toBe('api-token');
    expect(oktaCredentialMode(`  {"clientId": "0oa1"}`)).toBe('service-app');
    expect(checkOktaCredential('00abcDEF_token-value')).toBeNull();
    expect(checkOktaCredential(JSON.stringify({ clientId: '0oa1', privateKey: rsaPem }))).toBeNull();
    expect(checkOktaCredential(JSON.stringify({ clientId: '0oa1', privateKey: JSON.stringify(ecJwk), keyId: 'k1' }))).toBeNull();
    expect(checkOktaCredential(JSON.stringify({ clientId: '0oa1', privateKey: ecJwk }))).toBeNull();
  });

  it('says what is wrong without quoting the credential', () => {
    const problems = [
      checkOktaCredential('SSWS 00abcDEF_token-value'),
      checkOktaCredential('{"clientId": "0oa1", "privateKey": '),
      checkOktaCredential(JSON.stringify({ privateKey: rsaPem })),
      checkOktaCredential(JSON.stringify({ clientId: '0oa1', privateKey: rsaPem.replace('MII', 'XXX') })),
      checkOktaCredential(JSON.stringify({ clientId: '0oa1', privateKey: publicJwk })),
    ];
    expect(problems[0]).toContain('without "SSWS"');
    expect(problems[1]).toContain('not valid JSON');
    expect(problems[2]).toContain('wrong or missing: clientId');
    expect(problems[3]).toContain('privateKey is not a PEM private key');
    expect(problems[4]).toContain('privateKey is not a private JSON Web Key');
    const said = JSON.stringify(problems);
    expect(said).not.toContain('00abcDEF_token-value');
    expect(said).not.toContain(rsaPem.split('\n')[1]);
    expect(said).not.toContain(String(ecJwk.d));
  });
});

describe('Okta service app token exchange', () => {
  it('posts a client assertion signed with the key, sends the access token as Bearer, and renews it only near expiry', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
    const endpoint = tokenEndpoint([
      [200, { token_type: 'Bearer', expires_in: 3600, access_token: 'at-1', scope: 'okta.users.read' }],
      [200, { token_type: 'Bearer', expires_in: 3600, access_token: 'at-2', scope: 'okta.users.read' }],
    ]);
    const headers = oktaAuthenticate(JSON.stringify({ clientId: '0oa1svc', privateKey: ecJwk }), context(endpoint.fetch, clock));
    expect(await headers(GET)).toEqual({ authorization: 'Bearer at-1' });
    clock.now += 58 * 60_000;
    expect(await headers(GET)).toEqual({ authorization: 'Bearer at-1' });
    clock.now += 90_000;
    expect(await headers(GET)).toEqual({ authorization: 'Bearer at-2' });
    expect(endpoint.calls).toHaveLength(2);

    const [call] = endpoint.calls;
    expect(call?.url).toBe('https://acme.okta.example/oauth2/v1/token');
    const form = new URLSearchParams(call?.body);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')).toBe('okta.users.read okta.groups.read okta.apps.read');
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    const assertion = form.get('client_assertion') ?? '';
    expect(decodeProtectedHeader(assertion)).toEqual({ alg: 'ES256', kid: 'okta-kid-7' });
    const { payload } = await jwtVerify(assertion, ec.publicKey, {
      issuer: '0oa1svc',
      subject: '0oa1svc',
      audience: 'https://acme.okta.example/oauth2/v1/token',
      currentDate: new Date(Date.parse('2026-01-01T00:00:00Z')),
    });
    expect(typeof payload.jti).toBe('string');
  });

  it('refuses with the reason: a bad assertion, and a DPoP nonce never given', async () => {
    const clock = { now: Date.now() };
    const credential = JSON.stringify({ clientId: '0oa1svc', privateKey: rsaPem });
    const refused = tokenEndpoint([[401, { error: 'invalid_client', error_description: 'The client_assertion signature is invalid.' }]]);
    const error = await oktaAuthenticate(credential, context(refused.fetch, clock))(GET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorApiError);
    expect(error).toMatchObject({ failure: 'auth', status: 401 });
    expect(String((error as Error).message)).toContain('(invalid_client: The client_assertion signature is invalid.)');
    const dpop = tokenEndpoint([
      [400, { error: 'use_dpop_nonce', error_description: 'Authorization server requires nonce in DPoP proof.' }],
    ]);
    const dpopError = await oktaAuthenticate(credential, context(dpop.fetch, clock))(GET).catch((e: unknown) => e);
    // Asked for a nonce it never gives: tried with a DPoP proof, then refused.
    expect(dpop.calls).toHaveLength(2);
    expect(String((dpopError as Error).message)).toContain("refused the service app's DPoP proof (use_dpop_nonce:");
    expect(JSON.stringify([String(error), String(dpopError)])).not.toContain(rsaPem.split('\n')[1]);
  });

  it('sends an API token as SSWS without any exchange', async () => {
    const endpoint = tokenEndpoint([]);
    expect(await oktaAuthenticate('00tok', context(endpoint.fetch, { now: 0 }))(GET)).toEqual({ authorization: 'SSWS 00tok' });
    expect(endpoint.calls).toEqual([]);
  });
});

describe('GitHub credential mode and App installation tokens', () => {
  const credential = JSON.stringify({ appId: 123456, privateKey: rsaPkcs1, installationId: '7890123' });

  it('takes a token as is and a JSON document as a GitHub App', () => {
    expect(githubCredentialMode('ghp_abc')).toBe('token');
    expect(githubCredentialMode(credential)).toBe('app');
    expect(checkGitHubCredential('ghp_abc')).toBeNull();
    expect(checkGitHubCredential(credential)).toBeNull();
    expect(checkGitHubCredential(JSON.stringify({ appId: 'abc', privateKey: rsaPkcs1 }))).toContain(
      'wrong or missing: appId, installationId',
    );
    expect(checkGitHubCredential(JSON.stringify({ appId: 1, privateKey: JSON.stringify(ecJwk), installationId: 2 }))).toContain(
      'GitHub App keys are RSA',
    );
  });

  it('signs an RS256 JWT (iss = App ID, iat a minute back, at most 10 minutes) and renews the installation token before expires_at', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
    const expiry = (minutes: number): string => new Date(clock.now + minutes * 60_000).toISOString();
    const endpoint = tokenEndpoint([
      [201, { token: 'ghs_first', expires_at: expiry(60), permissions: { members: 'read' } }],
      [201, { token: 'ghs_second', expires_at: expiry(120), permissions: { members: 'read' } }],
    ]);
    const headers = githubAuthenticate(credential, { ...context(endpoint.fetch, clock), baseUrl: 'https://api.github.example' });
    expect(await headers()).toMatchObject({ authorization: 'Bearer ghs_first', 'x-github-api-version': '2022-11-28' });
    clock.now += 54 * 60_000;
    expect((await headers()).authorization).toBe('Bearer ghs_first');
    clock.now += 2 * 60_000;
    expect((await headers()).authorization).toBe('Bearer ghs_second');
    expect(endpoint.calls.map((c) => c.url)).toEqual([
      'https://api.github.example/app/installations/7890123/access_tokens',
      'https://api.github.example/app/installations/7890123/access_tokens',
    ]);
    const jwt = (endpoint.calls[0]?.headers.authorization ?? '').replace(/^Bearer /, '');
    const { payload, protectedHeader } = await jwtVerify(jwt, rsa.publicKey, {
      issuer: '123456',
      currentDate: new Date(Date.parse('2026-01-01T00:00:00Z')),
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.iat).toBe(Date.parse('2026-01-01T00:00:00Z') / 1000 - 60);
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(600);
  });
});
