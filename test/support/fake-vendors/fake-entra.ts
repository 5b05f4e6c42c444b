/**
 * A local Microsoft Entra ID for connector tests: the v2.0 token endpoint
 * (`/{tenant}/oauth2/v2.0/token`, client credentials with the client secret or a client assertion
 * whose signature is checked with the certificate's public key) and Microsoft Graph v1.0 (`/users`,
 * `/servicePrincipals` (the enterprise apps for a `$filter`, every service principal without one,
 * only the `$select`ed fields), `/servicePrincipals/{id}/appRoleAssignedTo`, `/oauth2PermissionGrants`)
 * in pages chained by `@odata.nextLink`, behind the tokens it issued. Errors are Graph's and Entra's own shapes: 429
 * with Retry-After, a transient 500 or 503, AADSTS7000215 for a revoked secret, and the 403 a
 * tenant without Entra ID P1/P2 answers to `$select=signInActivity`. Faults are planned per
 * "<path>#<page>" as for the fake Okta.
 */
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { z } from 'zod';
import { startLocalServer } from './local-server.js';

const record = z.looseObject({ id: z.string() });
export type GraphRecord = z.output<typeof record>;

export interface EntraTenant {
  /** The tenant as the connection names it (--org). */
  tenant: string;
  users: GraphRecord[];
  /** The enterprise apps: what a `$filter` on the WindowsAzureActiveDirectoryIntegratedApp tag lists. */
  servicePrincipals: GraphRecord[];
  /** Every other service principal (Microsoft's APIs, apps without the tag): listed only without a `$filter`. */
  otherServicePrincipals: GraphRecord[];
  /** oauth2PermissionGrants, the tenant's delegated permission grants. */
  grants: GraphRecord[];
  /** appRoleAssignedTo of each service principal, by its id. */
  assignedTo: Record<string, GraphRecord[]>;
}

export type EntraFault = { kind: 'rate-limit'; times: number } | { kind: 'server-error'; times: number; status?: 500 | 503 };

export interface FakeEntra {
  url: string;
  clientId: string;
  clientSecret: string;
  /** Every request, as "<path>#<page> <status>", or "token <secret|assertion> <status>". */
  requests: string[];
  faults: Map<string, EntraFault>;
  /** The $filter of each servicePrincipals listing asked for. */
  filters: string[];
  /** The client secret is deleted from the app registration (or, with false, added back). */
  revokeSecret(revoked?: boolean): void;
  /** The tenant has no Entra ID P1/P2 licence: `$select=signInActivity` gets Graph's 403. */
  refuseSignIns(refused?: boolean): void;
  close(): Promise<void>;
}

export function graphRecords(json: string): GraphRecord[] {
  return z.object({ value: z.array(record) }).parse(JSON.parse(json)).value;
}

const graphError = (code: string, message: string): unknown => ({
  error: { code, message, innerError: { date: '2026-12-07T06:00:00', 'request-id': randomUUID(), 'client-request-id': randomUUID() } },
});

function aadsts(error: string, code: string, description: string): unknown {
  const trace = randomUUID();
  return {
    error,
    error_description: `${code}: ${description}\r\nTrace ID: ${trace}\r\nCorrelation ID: ${randomUUID()}\r\nTimestamp: 2026-12-07 06:00:00Z`,
    error_codes: [Number(code.slice('AADSTS'.length))],
    timestamp: '2026-12-07 06:00:00Z',
    trace_id: trace,
    correlation_id: randomUUID(),
  };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startFakeEntra(tenant: EntraTenant, certificatePem: string, pageSize: number): Promise<FakeEntra> {
  const clientId = '8f5c2c1e-4a57-4d3b-9e0f-6a1b2c3d4e5f';
  const clientSecret = 'fake~EntraSecretValue.7Qz9_x';
  const certificate = new X509Certificate(certificatePem);
  const thumbprint = createHash('sha256').update(certificate.raw).digest('base64url');
  const tokens = new Set<string>();
  const requests: string[] = [];
  const filters: string[] = [];
  const faults = new Map<string, EntraFault>();
  const state = { revoked: false, noPremium: false };

  function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  async function token(req: IncomingMessage, res: ServerResponse, base: string, path: string): Promise<void> {
    const form = await readForm(req);
    const how = form.has('client_assertion') ? 'assertion' : 'secret';
    const send = (status: number, body: unknown): void => {
      requests.push(`token ${how} ${status}`);
      reply(res, status, body);
    };
    if (path !== `/${tenant.tenant}/oauth2/v2.0/token`) {
      send(400, aadsts('invalid_request', 'AADSTS90002', "Tenant 'unknown' not found. Check to make sure you have the correct tenant ID."));
      return;
    }
    if (form.get('grant_type') !== 'client_credentials' || form.get('scope') !== 'https://graph.microsoft.com/.default') {
      send(400, aadsts('invalid_request', 'AADSTS900144', "The request body must contain the following parameter: 'grant_type'."));
      return;
    }
    if (form.get('client_id') !== clientId) {
      send(
        400,
        aadsts(
          'unauthorized_client',
          'AADSTS700016',
          `Application with identifier '${form.get('client_id') ?? ''}' was not found in the directory '${tenant.tenant}'.`,
        ),
      );
      return;
    }
    if (how === 'secret') {
      if (state.revoked || form.get('client_secret') !== clientSecret) {
        send(
          401,
          aadsts(
            'invalid_client',
            'AADSTS7000215',
            `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
          ),
        );
        return;
      }
    } else {
      const assertion = form.get('client_assertion') ?? '';
      const verified =
        form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
        (await jwtVerify(assertion, certificate.publicKey, {
          algorithms: ['PS256', 'RS256'],
          audience: `${base}${path}`,
          issuer: clientId,
          subject: clientId,
          requiredClaims: ['jti', 'exp', 'nbf'],
        }).then(
          () => decodeProtectedHeader(assertion)['x5t#S256'] === thumbprint,
          () => false,
        ));
      if (!verified) {
        send(
          401,
          aadsts(
            'invalid_client',
            'AADSTS700027',
            'The certificate with identifier used to sign the client assertion is not registered on application.',
          ),
        );
        return;
      }
    }
    const issued = `fake-graph-token-${randomUUID()}`;
    tokens.add(issued);
    send(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: issued });
  }

  function listingOf(pathname: string, url: URL): GraphRecord[] | null {
    if (pathname === '/v1.0/users') {
      if ((url.searchParams.get('$select') ?? '').split(',').includes('signInActivity')) return tenant.users;
      // Graph leaves out what $select does not name.
      return tenant.users.map(({ signInActivity: _left, ...rest }) => rest);
    }
    if (pathname === '/v1.0/servicePrincipals') {
      const filter = url.searchParams.get('$filter') ?? '';
      filters.push(filter);
      const listed = filter ? tenant.servicePrincipals : [...tenant.servicePrincipals, ...tenant.otherServicePrincipals];
      const select = url.searchParams.get('$select');
      if (!select) return listed;
      const fields = new Set(select.split(','));
      return listed.map((sp) => record.parse(Object.fromEntries(Object.entries(sp).filter(([field]) => fields.has(field)))));
    }
    if (pathname === '/v1.0/oauth2PermissionGrants') return tenant.grants;
    const assigned = /^\/v1\.0\/servicePrincipals\/([^/]+)\/appRoleAssignedTo$/.exec(pathname);
    if (assigned?.[1]) return tenant.assignedTo[decodeURIComponent(assigned[1])] ?? null;
    return null;
  }

  function graph(req: IncomingMessage, res: ServerResponse, base: string): void {
    const url = new URL(req.url ?? '/', base);
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const top = Math.min(pageSize, Number(url.searchParams.get('$top') ?? '100'));
    const key = `${url.pathname}#${Math.floor(skip / top) + 1}`;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      requests.push(`${key} ${status}`);
      reply(res, status, body, headers);
    };
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !tokens.has(bearer)) {
      send(401, graphError('InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'));
      return;
    }
    const fault = faults.get(key);
    if (fault && fault.times > 0) {
      fault.times--;
      if (fault.kind === 'rate-limit') send(429, graphError('TooManyRequests', 'Too many requests.'), { 'retry-after': '2' });
      else if (fault.status === 503)
        send(503, graphError('serviceNotAvailable', 'The service is temporarily unavailable.'), { 'retry-after': '1' });
      else send(500, graphError('generalException', 'An unexpected error occurred.'));
      return;
    }
    if (url.pathname === '/v1.0/users' && state.noPremium && (url.searchParams.get('$select') ?? '').includes('signInActivity')) {
      send(
        403,
        graphError('Authentication_RequestFromNonPremiumTenantOrB2CTenant', "Neither tenant is B2C or tenant doesn't have premium license"),
      );
      return;
    }
    const listing = listingOf(url.pathname, url);
    if (!listing) {
      send(
        404,
        graphError(
          'Request_ResourceNotFound',
          `Resource '${url.pathname}' does not exist or one of its queried reference-property objects are not present.`,
        ),
      );
      return;
    }
    const body: Record<string, unknown> = { '@odata.context': `${base}/v1.0/$metadata#${url.pathname.slice('/v1.0/'.length)}` };
    if (skip + top < listing.length) {
      const next = new URL(url);
      next.searchParams.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = next.toString();
    }
    body.value = listing.slice(skip, skip + top);
    send(200, body);
  }

  const server = await startLocalServer((req, res, base) => {
    const path = new URL(req.url ?? '/', base).pathname;
    if (req.method === 'POST' && path.endsWith('/oauth2/v2.0/token')) {
      token(req, res, base, path).catch((error: unknown) => reply(res, 500, { error: String(error) }));
      return;
    }
    graph(req, res, base);
  });
  return {
    url: server.url,
    clientId,
    clientSecret,
    requests,
    faults,
    filters,
    revokeSecret: (revoked = true) => {
      state.revoked = revoked;
    },
    refuseSignIns: (refused = true) => {
      state.noPremium = refused;
    },
    close: server.close,
  };
}
