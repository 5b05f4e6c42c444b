/**
 * The Google service account credential: which key files are accepted (and that a refusal never
 * repeats the key), where the signed assertion is sent, what it claims, and when the access token
 * is renewed. The token endpoint is a fetch stub that verifies the assertion with the public key.
 */
import { createPublicKey } from 'node:crypto';
import { jwtVerify, type JWTPayload } from 'jose';
import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../../../server/connectors/connector.js';
import { VendorApiError } from '../../../server/connectors/http/vendor-http.js';
import { GOOGLE_SCOPES } from '../../../server/connectors/vendors/google.js';
import { checkServiceAccountKey } from '../../../server/connectors/vendors/google-key.js';
import { googleServiceAccountAuth, googleTokenUri } from '../../../server/connectors/vendors/google-token.js';
import { newServiceAccount } from '../../support/fake-vendors/fake-google.js';

const account = newServiceAccount();
const keyJson = JSON.parse(account.keyFile) as Record<string, string>;
const privateKey = keyJson.private_key ?? '';
const keyBody = privateKey.split('\n')[1] ?? '';
const ADMIN = 'admin@acme.example';
/** The request the headers are for; Google's token does not depend on it. */
const GET = { method: 'GET', url: 'https://admin.googleapis.com/admin/directory/v1/users' };

const withKey = (changes: Record<string, unknown>): string => JSON.stringify({ ...keyJson, ...changes });

describe('checking the pasted key file', () => {
  it('accepts the key file as Google Cloud downloads it', () => {
    expect(checkServiceAccountKey(account.keyFile)).toBeNull();
  });

  it.each([
    ['text that is not JSON', `${account.keyFile}}`, /not JSON/],
    ['a JSON array', '[1]', /not a key file/],
    ['an OAuth user credential', withKey({ type: 'authorized_user' }), /type "authorized_user", not "service_account"/],
    ['a key file without client_email', withKey({ client_email: undefined }), /no valid "client_email"/],
    ['a key file without client_id', withKey({ client_id: undefined }), /no numeric "client_id"/],
    ['a P12 or other non-PEM private key', withKey({ private_key: 'MIIJqgIBAzCCCWQGCSqGSIb3DQEHAaCC' }), /not a PEM private key/],
    ['a damaged PEM', withKey({ private_key: privateKey.replace(keyBody, keyBody.slice(0, 20)) }), /cannot be read as a private key/],
  ])('refuses %s, saying which field, never its value', (_what, pasted, problem) => {
    const said = checkServiceAccountKey(pasted);
    expect(said).toMatch(problem);
    expect(said).not.toContain(keyBody.slice(0, 16));
    expect(said).not.toContain(account.clientEmail);
  });
});

describe('where the assertion goes', () => {
  it("Google's token endpoint for Google's API, the same origin's /token for any other base", () => {
    expect(googleTokenUri('https://admin.googleapis.com')).toBe('https://oauth2.googleapis.com/token');
    expect(googleTokenUri('http://127.0.0.1:4567')).toBe('http://127.0.0.1:4567/token');
    expect(googleTokenUri('https://proxy.acme.example/google')).toBe('https://proxy.acme.example/token');
  });
});

interface Exchange {
  url: string;
  grantType: string | null;
  claims: JWTPayload;
  kid: string | undefined;
}

/** A token endpoint that verifies each assertion and answers with `answer(n)` (n from 1). */
function tokenEndpoint(answer: (n: number) => [number, unknown], clock: () => number) {
  const exchanges: Exchange[] = [];
  const fetchStub: typeof fetch = async (input, init) => {
    const form = new URLSearchParams(typeof init?.body === 'string' ? init.body : '');
    const verified = await jwtVerify(form.get('assertion') ?? '', createPublicKey(account.publicKey), {
      algorithms: ['RS256'],
      currentDate: new Date(clock()),
    });
    exchanges.push({
      url: input instanceof Request ? input.url : String(input),
      grantType: form.get('grant_type'),
      claims: verified.payload,
      kid: verified.protectedHeader.kid,
    });
    const [status, body] = answer(exchanges.length);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { exchanges, fetchStub };
}

function context(baseUrl: string, fetchStub: typeof fetch, clock: () => number, org: string | null = ADMIN): AuthContext {
  return { baseUrl, org, fetch: fetchStub, now: clock };
}

describe('the token exchange', () => {
  it('signs iss, sub, scope, aud and a one-hour lifetime, keeps the token, and renews it five minutes before it expires', async () => {
    let clock = Date.parse('2026-12-01T09:00:00Z');
    const { exchanges, fetchStub } = tokenEndpoint(
      (n) => [200, { access_token: `ya29.t${n}`, expires_in: 3599, token_type: 'Bearer' }],
      () => clock,
    );
    // The key file names Google's token_uri; a base that is not Google's sends the assertion to its own origin instead.
    const headers = googleServiceAccountAuth(GOOGLE_SCOPES)(
      account.keyFile,
      context('http://127.0.0.1:9/base', fetchStub, () => clock),
    );

    expect(await headers(GET)).toEqual({ authorization: 'Bearer ya29.t1' });
    const [first] = exchanges;
    expect(first?.url).toBe('http://127.0.0.1:9/token');
    expect(first?.grantType).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(first?.kid).toBe(keyJson.private_key_id);
    const { iat, exp, ...claims } = first?.claims ?? {};
    expect(claims).toEqual({
      iss: account.clientEmail,
      sub: ADMIN,
      aud: 'http://127.0.0.1:9/token',
      scope: 'https://www.googleapis.com/auth/admin.directory.user.readonly https://www.googleapis.com/auth/admin.directory.user.security',
    });
    expect(iat).toBe(clock / 1000);
    expect(exp).toBe(clock / 1000 + 3600);

    clock += 54 * 60_000;
    expect(await headers(GET)).toEqual({ authorization: 'Bearer ya29.t1' });
    expect(exchanges).toHaveLength(1);
    clock += 60_000;
    expect(await headers(GET)).toEqual({ authorization: 'Bearer ya29.t2' });
    expect(exchanges).toHaveLength(2);
  });

  it('asks once when several requests want a token at the same time', async () => {
    const clock = (): number => Date.now();
    const { exchanges, fetchStub } = tokenEndpoint(() => [200, { access_token: 'ya29.once', expires_in: 3599 }], clock);
    const headers = googleServiceAccountAuth(GOOGLE_SCOPES)(account.keyFile, context('http://127.0.0.1:9', fetchStub, clock));
    await Promise.all([headers(GET), headers(GET), headers(GET)]);
    expect(exchanges).toHaveLength(1);
  });

  it('unauthorized_client names the Admin console step, the client id and the scopes; never the key', async () => {
    const clock = (): number => Date.now();
    const { fetchStub } = tokenEndpoint(
      () => [
        401,
        { error: 'unauthorized_client', error_description: 'Client is unauthorized to retrieve access tokens using this method.' },
      ],
      clock,
    );
    const headers = googleServiceAccountAuth(GOOGLE_SCOPES)(account.keyFile, context('http://127.0.0.1:9', fetchStub, clock));
    const error = await headers(GET).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VendorApiError);
    expect(error).toMatchObject({ failure: 'auth', status: 401 });
    const message = error instanceof Error ? error.message : '';
    expect(message).toContain('API controls → Manage Domain Wide Delegation');
    expect(message).toContain(`add client ID ${account.clientId} with the scopes ${GOOGLE_SCOPES.join(',')}`);
    expect(message).not.toContain(keyBody.slice(0, 16));
  });

  it('a transient failure of the token endpoint is a plain error, which the page fetch retries like a network failure', async () => {
    const clock = (): number => Date.now();
    const { fetchStub } = tokenEndpoint(() => [503, { error: 'backend' }], clock);
    const headers = googleServiceAccountAuth(GOOGLE_SCOPES)(account.keyFile, context('http://127.0.0.1:9', fetchStub, clock));
    const error = await headers(GET).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(VendorApiError);
  });

  it('a stored credential that is no key file, or no admin to act as, fails without asking Google', async () => {
    const clock = (): number => Date.now();
    const { exchanges, fetchStub } = tokenEndpoint(() => [200, { access_token: 'x' }], clock);
    const auth = googleServiceAccountAuth(GOOGLE_SCOPES);
    await expect(auth('{"type":"authorized_user"}', context('http://127.0.0.1:9', fetchStub, clock))(GET)).rejects.toThrow(
      /not "service_account"/,
    );
    await expect(auth(account.keyFile, context('http://127.0.0.1:9', fetchStub, clock, null))(GET)).rejects.toThrow(/no admin to act as/);
    expect(exchanges).toHaveLength(0);
  });
});
