import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeProtectedHeader, decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { VendorApiError } from '../../../server/connectors/http/vendor-http.js';
import { entraAuthority } from '../../../server/connectors/vendors/entra/authority.js';
import { checkEntraCredential } from '../../../server/connectors/vendors/entra/credential.js';
import { entraAuthenticate } from '../../../server/connectors/vendors/entra/token.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'connectors', 'entra');
const certificate = readFileSync(join(FIXTURES, 'test-app.crt'), 'utf8');
const privateKey = readFileSync(join(FIXTURES, 'test-app.key'), 'utf8');
const CLIENT = '8f5c2c1e-4a57-4d3b-9e0f-6a1b2c3d4e5f';
const SECRET = 'abc~TopSecretValue_123';

describe('where an Entra connection gets its tokens', () => {
  it('maps each Microsoft Graph cloud to its own sign-in authority and scope', () => {
    expect(entraAuthority('https://graph.microsoft.com', 'contoso.onmicrosoft.com')).toEqual({
      tokenUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(entraAuthority('https://graph.microsoft.us/', 'b3c4d5e6-0000-4000-8000-000000000001')).toEqual({
      tokenUrl: 'https://login.microsoftonline.us/b3c4d5e6-0000-4000-8000-000000000001/oauth2/v2.0/token',
      scope: 'https://graph.microsoft.us/.default',
    });
    expect(entraAuthority('https://microsoftgraph.chinacloudapi.cn', 'contoso.partner.onmschina.cn').tokenUrl).toBe(
      'https://login.chinacloudapi.cn/contoso.partner.onmschina.cn/oauth2/v2.0/token',
    );
  });

  it('asks any other base URL (a proxy, a test fake) for tokens under its own origin, for the public Graph', () => {
    expect(entraAuthority('http://127.0.0.1:4010/graph', 'contoso.com')).toEqual({
      tokenUrl: 'http://127.0.0.1:4010/contoso.com/oauth2/v2.0/token',
      scope: 'https://graph.microsoft.com/.default',
    });
  });
});

describe('checking an Entra credential when the connection is added', () => {
  const check = (value: unknown): string | null => checkEntraCredential(typeof value === 'string' ? value : JSON.stringify(value));

  it('accepts a client secret, or a certificate with its own private key', () => {
    expect(check({ clientId: CLIENT, clientSecret: SECRET })).toBeNull();
    expect(check({ clientId: CLIENT, certificate, privateKey })).toBeNull();
  });

  it('says what is wrong, and never repeats the secret', () => {
    const cases: [unknown, string][] = [
      [SECRET, 'the credential is not a JSON object'],
      [{ clientSecret: SECRET }, '"clientId" is missing'],
      [{ clientId: 'My sync app', clientSecret: SECRET }, '"clientId" is not a GUID'],
      [{ clientId: CLIENT }, 'neither "clientSecret" nor "certificate" with "privateKey" is given'],
      [{ clientId: CLIENT, clientSecret: '' }, '"clientSecret" is empty'],
      [{ clientId: CLIENT, clientSecret: '0d5b4a8e-1111-4222-8333-944455556666' }, "that is the secret's ID; paste its Value"],
      [{ clientId: CLIENT, clientSecret: SECRET, certificate, privateKey }, 'either "clientSecret" or "certificate"'],
      [{ clientId: CLIENT, certificate }, '"privateKey" is missing'],
      [{ clientId: CLIENT, privateKey }, '"certificate" is missing'],
      [{ clientId: CLIENT, certificate: SECRET, privateKey }, '"certificate" is not an X.509 certificate in PEM'],
      [{ clientId: CLIENT, certificate, privateKey: `${SECRET}\n` }, '"privateKey" is not an unencrypted private key in PEM'],
    ];
    for (const [credential, problem] of cases) {
      const said = check(credential);
      expect(said, JSON.stringify(credential).slice(0, 60)).toContain(problem);
      expect(said).not.toContain(SECRET);
    }
  });

  it("refuses a private key that is not the certificate's", async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(check({ clientId: CLIENT, certificate, privateKey: other.toString() })).toBe(
      '"privateKey" is not the key of "certificate": they must be the same pair',
    );
  });
});

describe('the client credentials exchange', () => {
  function tokenServer(answers: [number, unknown][]): { fetch: typeof fetch; forms: URLSearchParams[]; urls: string[] } {
    const forms: URLSearchParams[] = [];
    const urls: string[] = [];
    const fake: typeof fetch = (input, init) => {
      urls.push(input instanceof Request ? input.url : input.toString());
      forms.push(new URLSearchParams(typeof init?.body === 'string' ? init.body : ''));
      const [status, body] = answers.shift() ?? [500, {}];
      return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
    };
    return { fetch: fake, forms, urls };
  }

  it('asks once, keeps the token for the run, and renews it five minutes before expires_in runs out', async () => {
    let clock = Date.parse('2026-12-07T06:00:00Z');
    const server = tokenServer([
      [200, { token_type: 'Bearer', expires_in: 3599, access_token: 'first' }],
      [200, { token_type: 'Bearer', expires_in: 3599, access_token: 'second' }],
    ]);
    const headers = entraAuthenticate(JSON.stringify({ clientId: CLIENT, clientSecret: SECRET }), {
      baseUrl: 'https://graph.microsoft.com',
      org: 'contoso.onmicrosoft.com',
      fetch: server.fetch,
      now: () => clock,
    });
    expect(await headers()).toEqual({ authorization: 'Bearer first' });
    clock += 54 * 60_000;
    expect(await headers()).toEqual({ authorization: 'Bearer first' });
    clock += 60_000;
    expect(await headers()).toEqual({ authorization: 'Bearer second' });
    expect(server.urls).toEqual([
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
    ]);
    expect(Object.fromEntries(server.forms[0] ?? [])).toEqual({
      client_id: CLIENT,
      client_secret: SECRET,
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    });
  });

  it('signs a client assertion with the certificate: PS256, x5t#S256 of the certificate, audience the token endpoint', async () => {
    const now = Date.parse('2026-12-07T06:00:00Z');
    const server = tokenServer([[200, { token_type: 'Bearer', expires_in: 3599, access_token: 'by-certificate' }]]);
    const headers = entraAuthenticate(JSON.stringify({ clientId: CLIENT, certificate, privateKey }), {
      baseUrl: 'https://graph.microsoft.us',
      org: 'contoso.onmicrosoft.us',
      fetch: server.fetch,
      now: () => now,
    });
    expect(await headers()).toEqual({ authorization: 'Bearer by-certificate' });
    const form = server.forms[0] ?? new URLSearchParams();
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(form.has('client_secret')).toBe(false);
    const assertion = form.get('client_assertion') ?? '';
    const { X509Certificate, createHash } = await import('node:crypto');
    expect(decodeProtectedHeader(assertion)).toEqual({
      alg: 'PS256',
      typ: 'JWT',
      'x5t#S256': createHash('sha256').update(new X509Certificate(certificate).raw).digest('base64url'),
    });
    expect(decodeJwt(assertion)).toMatchObject({
      aud: 'https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/token',
      iss: CLIENT,
      sub: CLIENT,
      iat: now / 1000,
      nbf: now / 1000,
      exp: now / 1000 + 600,
    });
  });

  it("turns Entra's refusal into an auth failure with the AADSTS code and what to do, without the secret or trace ids", async () => {
    const server = tokenServer([
      [
        400,
        {
          error: 'unauthorized_client',
          error_description: `AADSTS700016: Application with identifier '${CLIENT}' was not found in the directory 'contoso.onmicrosoft.com'. Secret was ${SECRET}\r\nTrace ID: 1f2e\r\nCorrelation ID: 3d4c\r\nTimestamp: 2026-12-07 06:00:00Z`,
          error_codes: [700016],
        },
      ],
    ]);
    const headers = entraAuthenticate(JSON.stringify({ clientId: CLIENT, clientSecret: SECRET }), {
      baseUrl: 'https://graph.microsoft.com',
      org: 'contoso.onmicrosoft.com',
      fetch: server.fetch,
      now: () => 0,
    });
    const error = await headers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorApiError);
    expect(error).toMatchObject({ failure: 'auth', status: 400 });
    const message = error instanceof Error ? error.message : '';
    expect(message).toBe(
      `https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token refused the credential (400 unauthorized_client): no application with this clientId in the tenant: check clientId and --org, and that the app is registered there (AADSTS700016: Application with identifier '${CLIENT}' was not found in the directory 'contoso.onmicrosoft.com'. Secret was [redacted])`,
    );
  });

  it('refuses a stored credential that is no longer valid JSON before asking anyone', async () => {
    const server = tokenServer([]);
    const headers = entraAuthenticate('not json', {
      baseUrl: 'https://graph.microsoft.com',
      org: 'contoso.com',
      fetch: server.fetch,
      now: () => 0,
    });
    await expect(headers()).rejects.toMatchObject({
      failure: 'auth',
      message: expect.stringMatching(/^the stored credential is refused: the credential is not a JSON object/) as unknown,
    });
    expect(server.urls).toEqual([]);
  });
});
