/**
 * Okta service apps that require DPoP: the token request is tried again with a proof, then with the
 * nonce Okta asks for; every API request then carries `DPoP <token>` and a fresh proof of its method,
 * URL (no query), the token's hash and the resource server's nonce once asked, all signed with the
 * run's own key, whose public half is in each proof's header.
 */
import { generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint, decodeProtectedHeader, EmbeddedJWK, jwtVerify, type JWTPayload } from 'jose';
import { describe, expect, it } from 'vitest';
import { accessTokenHash, dpopTarget } from '../../../server/connectors/auth/dpop.js';
import { getPage, VendorApiError } from '../../../server/connectors/http/vendor-http.js';
import { oktaAuthenticate } from '../../../server/connectors/vendors/okta-oauth.js';

const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const credential = JSON.stringify({ clientId: '0oa1svc', privateKey: ec.privateKey.export({ format: 'jwk' }) });
const BASE = 'https://acme.okta.example';
const TOKEN_URL = `${BASE}/oauth2/v1/token`;
const USERS = `${BASE}/api/v1/users?limit=200&after=00u2`;
const NOW = Date.parse('2026-03-01T10:00:00Z');

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: string;
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

/** A fetch answering `answers` in turn, recording what was sent. */
function fakeFetch(answers: Answer[]): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetcher = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = init?.body instanceof URLSearchParams ? init.body.toString() : '';
    sent.push({ url, headers: { ...(init?.headers as Record<string, string>) }, body });
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)] ?? { status: 500, body: {} };
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json', ...answer.headers },
      }),
    );
  };
  return { fetch: fetcher, sent };
}

/** A proof checked the way Okta checks it: signed with the key in its own header, typed dpop+jwt. */
async function proofOf(jwt: string | undefined): Promise<{ payload: JWTPayload; thumbprint: string }> {
  const { payload, protectedHeader } = await jwtVerify(jwt ?? '', EmbeddedJWK, { typ: 'dpop+jwt', currentDate: new Date(NOW) });
  expect(protectedHeader.alg).toBe('ES256');
  expect(protectedHeader.jwk).not.toHaveProperty('d');
  return { payload, thumbprint: await calculateJwkThumbprint(protectedHeader.jwk ?? {}) };
}

const dpopRequired: Answer = {
  status: 400,
  body: { error: 'invalid_dpop_proof', error_description: 'The DPoP proof JWT header is missing.' },
};
const nonceWanted: Answer = {
  status: 400,
  body: { error: 'use_dpop_nonce', error_description: 'Authorization server requires nonce in DPoP proof.' },
  headers: { 'dpop-nonce': 'token-nonce-1' },
};
const dpopToken: Answer = {
  status: 200,
  body: { token_type: 'DPoP', expires_in: 3600, access_token: 'dpop-at-1', scope: 'okta.users.read' },
};

describe('DPoP proofs', () => {
  it('hash the token as RFC 9449 shows and leave the query out of htu', () => {
    // RFC 9449, section 7.1: the example access token and its ath.
    expect(accessTokenHash('Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU')).toBe('fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo');
    expect(dpopTarget('https://acme.okta.example/api/v1/users?limit=200#x')).toBe('https://acme.okta.example/api/v1/users');
  });
});

describe('an Okta service app that requires DPoP', () => {
  it('asks for a DPoP token with a proof and the nonce Okta gives, then proves every request with the same key', async () => {
    const okta = fakeFetch([dpopRequired, nonceWanted, dpopToken]);
    const auth = oktaAuthenticate(credential, { baseUrl: BASE, org: null, fetch: okta.fetch, now: () => NOW });
    const headers = await auth({ method: 'GET', url: USERS });

    expect(okta.sent.map((s) => s.url)).toEqual([TOKEN_URL, TOKEN_URL, TOKEN_URL]);
    expect(okta.sent[0]?.headers).not.toHaveProperty('dpop');
    const withoutNonce = await proofOf(okta.sent[1]?.headers.dpop);
    expect(withoutNonce.payload).toMatchObject({ htm: 'POST', htu: TOKEN_URL, iat: NOW / 1000 });
    expect(withoutNonce.payload).not.toHaveProperty('nonce');
    const withNonce = await proofOf(okta.sent[2]?.headers.dpop);
    expect(withNonce.payload).toMatchObject({ htm: 'POST', htu: TOKEN_URL, nonce: 'token-nonce-1' });
    // A fresh client assertion and proof for each try: Okta refuses a jti it has seen.
    const assertions = okta.sent.map((s) => new URLSearchParams(s.body).get('client_assertion'));
    expect(new Set(assertions).size).toBe(3);
    expect(withNonce.payload.jti).not.toBe(withoutNonce.payload.jti);

    expect(headers.authorization).toBe('DPoP dpop-at-1');
    const request = await proofOf(headers.dpop);
    expect(request.payload).toMatchObject({
      htm: 'GET',
      htu: `${BASE}/api/v1/users`,
      ath: accessTokenHash('dpop-at-1'),
      iat: NOW / 1000,
    });
    expect(request.payload).not.toHaveProperty('nonce');
    expect(request.thumbprint).toBe(withNonce.thumbprint);
    const again = await proofOf((await auth({ method: 'GET', url: USERS })).dpop);
    expect(again.payload.jti).not.toBe(request.payload.jti);
    expect(okta.sent).toHaveLength(3);
  });

  it('sends the request once more with the nonce the API asks for in a 401, and only once', async () => {
    const challenge: Answer = {
      status: 401,
      body: { errorCode: 'E0000011', errorSummary: 'Invalid token provided', errorCauses: [] },
      headers: {
        'www-authenticate': 'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
        'dpop-nonce': 'api-nonce-1',
      },
    };
    const okta = fakeFetch([dpopRequired, dpopToken, challenge, { status: 200, body: [{ id: '00u1' }] }]);
    const auth = oktaAuthenticate(credential, { baseUrl: BASE, org: null, fetch: okta.fetch, now: () => NOW });
    const page = await getPage(USERS, { headers: auth, fetch: okta.fetch, sleep: () => Promise.resolve() });
    expect(page.body).toEqual([{ id: '00u1' }]);
    const [first, second] = okta.sent.slice(2);
    expect((await proofOf(first?.headers.dpop)).payload).not.toHaveProperty('nonce');
    expect((await proofOf(second?.headers.dpop)).payload).toMatchObject({ nonce: 'api-nonce-1', htu: `${BASE}/api/v1/users` });

    const stubborn = fakeFetch([dpopRequired, dpopToken, challenge]);
    const refused = oktaAuthenticate(credential, { baseUrl: BASE, org: null, fetch: stubborn.fetch, now: () => NOW });
    const error = await getPage(USERS, { headers: refused, fetch: stubborn.fetch, sleep: () => Promise.resolve() }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VendorApiError);
    expect(error).toMatchObject({ failure: 'auth', status: 401 });
    expect(stubborn.sent).toHaveLength(4);
  });

  it('says so when Okta refuses the proof, and an app that does not ask for DPoP keeps Bearer', async () => {
    const okta = fakeFetch([
      dpopRequired,
      { status: 400, body: { error: 'invalid_dpop_proof', error_description: 'The DPoP proof signature is invalid.' } },
    ]);
    const error = await oktaAuthenticate(credential, { baseUrl: BASE, org: null, fetch: okta.fetch, now: () => NOW })({
      method: 'GET',
      url: USERS,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: 'auth', status: 400 });
    expect(String(error)).toContain("refused the service app's DPoP proof (invalid_dpop_proof: The DPoP proof signature is invalid.)");

    const bearer = fakeFetch([{ status: 200, body: { token_type: 'Bearer', expires_in: 3600, access_token: 'at-1' } }]);
    const headers = await oktaAuthenticate(credential, { baseUrl: BASE, org: null, fetch: bearer.fetch, now: () => NOW })({
      method: 'GET',
      url: USERS,
    });
    expect(headers).toEqual({ authorization: 'Bearer at-1' });
    expect(bearer.sent[0]?.headers).not.toHaveProperty('dpop');
    expect(decodeProtectedHeader(new URLSearchParams(bearer.sent[0]?.body).get('client_assertion') ?? '').alg).toBe('ES256');
  });
});
