/**
 * A local Okta management API for connector tests: users (every status but DEPROVISIONED unless
 * filtered for it), groups and group members, apps and their users, users' grants, served from the
 * published examples in pages with `Link: <…>; rel="next"`, behind an `SSWS` token or a Bearer
 * access token from its /oauth2/v1/token, which checks a service app's client assertion against
 * its public key as Okta does. A service app may require DPoP: the token request must then carry a
 * proof with the nonce the fake hands out, and each API request `DPoP <token>` with a proof signed
 * by the key the token is bound to, of its method, URL and token hash, with the API's own nonce,
 * which the first request is refused for (401 use_dpop_nonce). Faults are planned per request path:
 * a 429 with Okta's X-Rate-Limit-Reset, a transient or lasting 500.
 */
import { createHash, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { calculateJwkThumbprint, EmbeddedJWK, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import { startLocalServer } from './local-server.js';

const record = z.looseObject({ id: z.string(), status: z.string().optional() });
type OktaRecord = z.output<typeof record>;

export interface OktaTenant {
  users: OktaRecord[];
  groups: OktaRecord[];
  members: Record<string, OktaRecord[]>;
  apps?: OktaRecord[];
  /** Users assigned to each app, by app id. */
  appUsers?: Record<string, OktaRecord[]>;
  /** Grants of each user, by user id; a user without any has none. */
  grants?: Record<string, OktaRecord[]>;
}

/** An API services app allowed to sign in with a client assertion, and how its token requests are answered. */
export interface ServiceApp {
  clientId: string;
  publicKey: KeyObject;
  /** Refuse every token request as Okta does a revoked key. */
  refuse: 'no' | 'invalid_client';
  /** "Require Demonstrating Proof of Possession (DPoP) header in token requests" is ticked. */
  requireDpop: boolean;
  /** Access tokens issued so far. */
  issued: string[];
  /** Why each DPoP proof the fake refused was refused. */
  dpopRefusals: string[];
}

const TOKEN_NONCE = 'fake-token-nonce-Xq1';
const API_NONCE = 'fake-api-nonce-Zr8';

/** Checks a DPoP proof as Okta does: signed by the key in its header, for this method and URL, never replayed. */
async function checkProof(
  proof: string | undefined,
  method: string,
  htu: string,
  seen: Set<string>,
): Promise<{ payload: JWTPayload; thumbprint: string } | string> {
  if (!proof) return 'The DPoP proof JWT header is missing.';
  try {
    const { payload, protectedHeader } = await jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', maxTokenAge: '5m' });
    if (payload.htm !== method || payload.htu !== htu) return `The DPoP proof is for ${String(payload.htm)} ${String(payload.htu)}.`;
    if (!payload.jti || seen.has(payload.jti)) return 'The DPoP proof jti was used before.';
    seen.add(payload.jti);
    return { payload, thumbprint: await calculateJwkThumbprint(protectedHeader.jwk ?? {}) };
  } catch (error) {
    return `The DPoP proof is invalid: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** What the fake does instead of answering: keyed by "<path>#<page>" (page 1 first). */
export type Fault = { kind: 'rate-limit'; times: number } | { kind: 'server-error'; times: number };

export interface FakeOkta {
  url: string;
  token: string;
  /** Every request made, as "<path>#<page> <status>". */
  requests: string[];
  faults: Map<string, Fault>;
  /** From now on (or, with false, no longer) every request gets 401, as Okta answers a revoked token. */
  revoke(revoked?: boolean): void;
  serviceApp: ServiceApp | null;
  close(): Promise<void>;
}

export function oktaRecords(json: string): OktaRecord[] {
  return z.array(record).parse(JSON.parse(json));
}

export async function startFakeOkta(tenant: OktaTenant, pageSize: number, serviceApp: ServiceApp | null = null): Promise<FakeOkta> {
  const token = 'fake-okta-token-7Qz9';
  let revoked = false;
  const requests: string[] = [];
  const faults = new Map<string, Fault>();
  /** The key each DPoP token is bound to (its JWK thumbprint), and the proofs' jtis seen. */
  const boundTo = new Map<string, string>();
  const seenJtis = new Set<string>();

  /** POST /oauth2/v1/token: client_credentials with a private_key_jwt client assertion. */
  const issueToken = async (req: IncomingMessage, res: ServerResponse, base: string): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.from(chunk as Uint8Array));
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const send = (status: number, body: unknown): void => {
      requests.push(`POST /oauth2/v1/token ${status}`);
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-cache, no-store' });
      res.end(JSON.stringify(body));
    };
    const invalidClient = (description: string): void => send(401, { error: 'invalid_client', error_description: description });
    if (!serviceApp) return invalidClient('The client_id is not found.');
    let thumbprint: string | null = null;
    if (serviceApp.requireDpop) {
      const proof = await checkProof(header(req, 'dpop'), 'POST', `${base}/oauth2/v1/token`, seenJtis);
      if (typeof proof === 'string') {
        serviceApp.dpopRefusals.push(`token: ${proof}`);
        return send(400, { error: 'invalid_dpop_proof', error_description: proof });
      }
      if (proof.payload.nonce !== TOKEN_NONCE) {
        requests.push('POST /oauth2/v1/token 400 use_dpop_nonce');
        res.writeHead(400, { 'content-type': 'application/json', 'dpop-nonce': TOKEN_NONCE });
        res.end(JSON.stringify({ error: 'use_dpop_nonce', error_description: 'Authorization server requires nonce in DPoP proof.' }));
        return;
      }
      thumbprint = proof.thumbprint;
    }
    if (
      form.get('grant_type') !== 'client_credentials' ||
      form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
    )
      return send(400, { error: 'invalid_request', error_description: 'The request is missing a required parameter.' });
    try {
      await jwtVerify(form.get('client_assertion') ?? '', serviceApp.publicKey, {
        issuer: serviceApp.clientId,
        subject: serviceApp.clientId,
        audience: `${base}/oauth2/v1/token`,
        maxTokenAge: '1h',
      });
    } catch {
      return invalidClient('The client_assertion signature is invalid.');
    }
    if (serviceApp.refuse === 'invalid_client') return invalidClient('The client_assertion signature is invalid.');
    const wanted = (form.get('scope') ?? '').split(' ');
    if (!wanted.includes('okta.users.read'))
      return send(400, { error: 'invalid_scope', error_description: 'The following scopes are not allowed: okta.users.read' });
    const accessToken = `eyJraWQiOiJmYWtlIn0.access-${serviceApp.issued.length + 1}`;
    serviceApp.issued.push(accessToken);
    if (thumbprint) boundTo.set(accessToken, thumbprint);
    send(200, { token_type: thumbprint ? 'DPoP' : 'Bearer', expires_in: 3600, access_token: accessToken, scope: wanted.join(' ') });
  };

  /** Whether the request's credential is accepted; a DPoP one needs a proof of this request by the token's key. */
  const accepts = async (req: IncomingMessage, url: URL): Promise<boolean | 'nonce'> => {
    const auth = req.headers.authorization ?? '';
    if (auth === `SSWS ${token}`) return true;
    const [, scheme, value] = /^(Bearer|DPoP) (.+)$/.exec(auth) ?? [];
    if (!value || !serviceApp?.issued.includes(value)) return false;
    const bound = boundTo.get(value);
    if (!bound) return scheme === 'Bearer';
    if (scheme !== 'DPoP') return false;
    const proof = await checkProof(header(req, 'dpop'), req.method ?? 'GET', `${url.origin}${url.pathname}`, seenJtis);
    const refusal =
      typeof proof === 'string'
        ? proof
        : proof.thumbprint !== bound
          ? 'The DPoP proof is signed by another key than the token is bound to.'
          : proof.payload.ath !== createHash('sha256').update(value).digest('base64url')
            ? 'The DPoP proof ath does not match the access token.'
            : null;
    if (refusal) {
      serviceApp.dpopRefusals.push(`${url.pathname}: ${refusal}`);
      return false;
    }
    return typeof proof !== 'string' && proof.payload.nonce === API_NONCE ? true : 'nonce';
  };

  const answer = (req: IncomingMessage, res: ServerResponse, base: string): void => {
    const url = new URL(req.url ?? '/', base);
    if (req.method === 'POST' && url.pathname === '/oauth2/v1/token') {
      void issueToken(req, res, base);
      return;
    }
    void accepts(req, url).then((accepted) => answerApi(req, res, url, accepted));
  };

  const answerApi = (req: IncomingMessage, res: ServerResponse, url: URL, accepted: boolean | 'nonce'): void => {
    const after = Number(url.searchParams.get('after') ?? '0');
    const page = Math.floor(after / pageSize) + 1;
    const key = `${url.pathname}${url.searchParams.has('filter') ? '?deprovisioned' : ''}#${page}`;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      requests.push(`${key} ${status}`);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (accepted === 'nonce' && !revoked) {
      send(
        401,
        { errorCode: 'E0000011', errorSummary: 'Invalid token provided', errorCauses: [] },
        {
          'www-authenticate': 'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
          'dpop-nonce': API_NONCE,
        },
      );
      return;
    }
    if (revoked || !accepted) {
      send(401, {
        errorCode: 'E0000011',
        errorSummary: 'Invalid token provided',
        errorLink: 'E0000011',
        errorId: 'oae-fake',
        errorCauses: [],
      });
      return;
    }
    const fault = faults.get(key);
    if (fault && fault.times > 0) {
      fault.times--;
      if (fault.kind === 'rate-limit') {
        const reset = Math.floor(Date.now() / 1000) + 2;
        send(
          429,
          { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit due to too many requests.', errorCauses: [] },
          {
            'x-rate-limit-limit': '600',
            'x-rate-limit-remaining': '0',
            'x-rate-limit-reset': String(reset),
          },
        );
      } else send(500, { errorCode: 'E0000009', errorSummary: 'Internal Server Error', errorCauses: [] });
      return;
    }
    const listing = listingFor(url, tenant);
    if (!listing) {
      send(404, { errorCode: 'E0000007', errorSummary: `Not found: Resource not found: ${url.pathname} (Page)`, errorCauses: [] });
      return;
    }
    const slice = listing.slice(after, after + pageSize);
    const headers: Record<string, string> = {};
    if (after + pageSize < listing.length) {
      const next = new URL(url);
      next.searchParams.set('after', String(after + pageSize));
      headers.link = `<${url.toString()}>; rel="self", <${next.toString()}>; rel="next"`;
    }
    send(200, slice, headers);
  };

  const server = await startLocalServer(answer);
  return {
    url: server.url,
    token,
    requests,
    faults,
    revoke: (value = true) => {
      revoked = value;
    },
    serviceApp,
    close: server.close,
  };
}

function listingFor(url: URL, tenant: OktaTenant): OktaRecord[] | null {
  if (url.pathname === '/api/v1/users') {
    const deprovisioned = url.searchParams.get('filter') === 'status eq "DEPROVISIONED"';
    return tenant.users.filter((u) => (u.status === 'DEPROVISIONED') === deprovisioned);
  }
  if (url.pathname === '/api/v1/groups') return tenant.groups;
  const members = /^\/api\/v1\/groups\/([^/]+)\/users$/.exec(url.pathname);
  if (members?.[1]) return tenant.members[decodeURIComponent(members[1])] ?? null;
  if (url.pathname === '/api/v1/apps') return tenant.apps ?? [];
  const appUsers = /^\/api\/v1\/apps\/([^/]+)\/users$/.exec(url.pathname);
  if (appUsers?.[1]) return tenant.appUsers?.[decodeURIComponent(appUsers[1])] ?? null;
  const grants = /^\/api\/v1\/users\/([^/]+)\/grants$/.exec(url.pathname);
  const userId = grants?.[1] ? decodeURIComponent(grants[1]) : null;
  if (userId) return tenant.users.some((u) => u.id === userId) ? (tenant.grants?.[userId] ?? []) : null;
  return null;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
