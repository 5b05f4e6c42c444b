/**
 * A local Google for connector tests: the OAuth token endpoint of a service account with
 * domain-wide delegation, which verifies the JWT assertion's RS256 signature with the service
 * account's public key and its claims (iss, sub, aud, scope, one hour), and the Admin SDK
 * Directory API's users.list (customer=my_customer, nextPageToken paging, `fields` honoured for
 * users(id)) and tokens.list per user, behind the access tokens it issued. The key pair is made
 * here with node:crypto and the key file written in the format Google Cloud downloads (field
 * names and order as in google-auth-library-nodejs test/fixtures/service-account-with-quota.json
 * at commit a95b8272197f35453d1647eed85be475d51474c9, plus private_key and universe_domain as
 * https://cloud.google.com/iam/docs/keys-create-delete shows them). Faults are planned per
 * "<path>#<page>": a 429 with Retry-After, a 403 userRateLimitExceeded, a transient 503; the token endpoint can refuse with
 * unauthorized_client (delegation not granted) or invalid_grant (the key deleted).
 */
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';
import { z } from 'zod';
import { startLocalServer } from './local-server.js';

const user = z.looseObject({ id: z.string(), primaryEmail: z.string() });
type GoogleUser = z.output<typeof user>;

export interface GoogleTenant {
  users: GoogleUser[];
  /** tokens.list answers, verbatim, by user id or primary email; a user with none gets a tokenList without "items". */
  tokens: Record<string, string>;
  /** The super admin the service account may act as. */
  admin: string;
}

/** rate-limit: 429 with Retry-After; quota: 403 userRateLimitExceeded, as the Directory API answers its per-user quota; server-error: 503. */
export type Fault = { kind: 'rate-limit' | 'quota' | 'server-error'; times: number };
export type TokenMode = 'grant' | 'unauthorized_client' | 'revoked';

export interface FakeGoogle {
  url: string;
  /** The service account key file, as the credential a person pastes. */
  keyFile: string;
  clientId: string;
  /** Every request, as "<path>#<page> <status>" ("/token <status>" for exchanges). */
  requests: string[];
  faults: Map<string, Fault>;
  /** Every access token issued, so a test can look for them where they must not be. */
  issued: string[];
  tokenMode(mode: TokenMode): void;
  /** Seconds each access token lives (Google: 3599). */
  tokenLifetime(seconds: number): void;
  close(): Promise<void>;
}

export const GOOGLE_SCOPES_WANTED = [
  'https://www.googleapis.com/auth/admin.directory.user.readonly',
  'https://www.googleapis.com/auth/admin.directory.user.security',
];

export function googleUsers(json: string): GoogleUser[] {
  return z.looseObject({ users: z.array(user) }).parse(JSON.parse(json)).users;
}

export function serviceAccountKeyFile(privateKeyPem: string, clientEmail: string, clientId: string): string {
  const key = {
    type: 'service_account',
    project_id: 'attest-test',
    private_key_id: randomBytes(20).toString('hex'),
    private_key: privateKeyPem,
    client_email: clientEmail,
    client_id: clientId,
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: 'https://oauth2.googleapis.com/token',
    auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(clientEmail)}`,
    universe_domain: 'googleapis.com',
  };
  return `${JSON.stringify(key, null, 2)}\n`;
}

/** An RSA key pair and its key file, as Google Cloud makes them. */
export function newServiceAccount(clientEmail = 'attest-sync@attest-test.iam.gserviceaccount.com', clientId = '113245678901234567890') {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { keyFile: serviceAccountKeyFile(privateKey, clientEmail, clientId), publicKey, clientEmail, clientId };
}

const googleError = (code: number, message: string, status: string, reason: string) => ({
  error: { code, message, errors: [{ message, domain: 'global', reason }], status },
});

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeGoogle(tenant: GoogleTenant, pageSize: number, now: () => number = Date.now): Promise<FakeGoogle> {
  const account = newServiceAccount();
  const publicKey = createPublicKey(account.publicKey);
  const requests: string[] = [];
  const faults = new Map<string, Fault>();
  const issued: string[] = [];
  let mode: TokenMode = 'grant';
  let lifetime = 3599;

  const send = (res: ServerResponse, key: string, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    requests.push(`${key} ${status}`);
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

  /** The fault planned for `key`, answered; false when there is none left. */
  const faulted = (res: ServerResponse, key: string): boolean => {
    const fault = faults.get(key);
    if (!fault || fault.times <= 0) return false;
    fault.times--;
    if (fault.kind === 'rate-limit')
      send(res, key, 429, googleError(429, 'Quota exceeded for quota metric.', 'RESOURCE_EXHAUSTED', 'rateLimitExceeded'), {
        'retry-after': '1',
      });
    else if (fault.kind === 'quota')
      send(
        res,
        key,
        403,
        googleError(
          403,
          "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user'.",
          'PERMISSION_DENIED',
          'userRateLimitExceeded',
        ),
      );
    else send(res, key, 503, googleError(503, 'The service is currently unavailable.', 'UNAVAILABLE', 'backendError'));
    return true;
  };

  const grant = async (req: IncomingMessage, res: ServerResponse, base: string): Promise<void> => {
    const key = '/token';
    const form = new URLSearchParams(await readBody(req));
    if (faulted(res, key)) return;
    if (req.method !== 'POST' || form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      send(res, key, 400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type: ' });
      return;
    }
    let claims: Record<string, unknown>;
    try {
      const verified = await jwtVerify(form.get('assertion') ?? '', publicKey, {
        algorithms: ['RS256'],
        issuer: account.clientEmail,
        audience: `${base}/token`,
        maxTokenAge: '3600s',
        currentDate: new Date(now()),
      });
      claims = verified.payload;
    } catch {
      send(res, key, 400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
      return;
    }
    if (mode === 'revoked') {
      send(res, key, 400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
      return;
    }
    if (claims.sub !== tenant.admin) {
      send(res, key, 400, { error: 'invalid_grant', error_description: 'Invalid email or User ID' });
      return;
    }
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
    const exp = typeof claims.exp === 'number' ? claims.exp : 0;
    const iat = typeof claims.iat === 'number' ? claims.iat : 0;
    if (mode === 'unauthorized_client' || !GOOGLE_SCOPES_WANTED.every((s) => scopes.includes(s)) || exp - iat > 3600) {
      send(res, key, 401, {
        error: 'unauthorized_client',
        error_description:
          'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
      });
      return;
    }
    const token = `ya29.fake-${randomBytes(12).toString('base64url')}`;
    issued.push(token);
    send(res, key, 200, { access_token: token, expires_in: lifetime, token_type: 'Bearer' });
  };

  const answer = (req: IncomingMessage, res: ServerResponse, base: string): void => {
    const url = new URL(req.url ?? '/', base);
    if (url.pathname === '/token') {
      void grant(req, res, base);
      return;
    }
    const offset = Number(Buffer.from(url.searchParams.get('pageToken') ?? '', 'base64url').toString() || '0');
    const pageNumber = Math.floor(offset / pageSize) + 1;
    const fields = url.searchParams.get('fields');
    const key = `${url.pathname}${fields ? '?fields' : ''}#${pageNumber}`;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !issued.includes(bearer)) {
      send(res, key, 401, googleError(401, 'Request had invalid authentication credentials.', 'UNAUTHENTICATED', 'authError'));
      return;
    }
    if (faulted(res, key)) return;
    if (url.pathname === '/admin/directory/v1/users') {
      if (url.searchParams.get('customer') !== 'my_customer') {
        send(res, key, 400, googleError(400, 'Bad Request', 'INVALID_ARGUMENT', 'badRequest'));
        return;
      }
      const size = Math.min(pageSize, Number(url.searchParams.get('maxResults') ?? '100'));
      const slice = tenant.users.slice(offset, offset + size);
      const more = offset + size < tenant.users.length;
      const nextPageToken = more ? Buffer.from(String(offset + size)).toString('base64url') : undefined;
      // Google leaves "users" out of a page with none, and answers only the fields asked for.
      const body = fields
        ? { ...(slice.length ? { users: slice.map((u) => ({ id: u.id })) } : {}), ...(nextPageToken ? { nextPageToken } : {}) }
        : {
            kind: 'admin#directory#users',
            etag: '"fake-etag"',
            ...(slice.length ? { users: slice } : {}),
            ...(nextPageToken ? { nextPageToken } : {}),
          };
      send(res, key, 200, body);
      return;
    }
    const tokens = /^\/admin\/directory\/v1\/users\/([^/]+)\/tokens$/.exec(url.pathname);
    const userKey = tokens?.[1] ? decodeURIComponent(tokens[1]) : null;
    const owner = tenant.users.find((u) => u.id === userKey || u.primaryEmail === userKey);
    if (!owner) {
      send(res, key, 404, googleError(404, 'Resource Not Found: userKey', 'NOT_FOUND', 'notFound'));
      return;
    }
    send(
      res,
      key,
      200,
      tenant.tokens[owner.id] ?? tenant.tokens[owner.primaryEmail] ?? { kind: 'admin#directory#tokenList', etag: '"none"' },
    );
  };

  const server = await startLocalServer(answer);
  return {
    url: server.url,
    keyFile: account.keyFile,
    clientId: account.clientId,
    requests,
    faults,
    issued,
    tokenMode: (next) => {
      mode = next;
    },
    tokenLifetime: (seconds) => {
      lifetime = seconds;
    },
    close: server.close,
  };
}
