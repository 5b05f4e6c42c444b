/**
 * A local Okta management API for connector tests: users (every status but DEPROVISIONED unless
 * filtered for it), groups and group members, served from the published examples in pages with
 * `Link: <…>; rel="next"`, behind an `SSWS` token. Faults are planned per request path: a 429 with
 * Okta's X-Rate-Limit-Reset, a transient or lasting 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { startLocalServer } from './local-server.js';

const record = z.looseObject({ id: z.string(), status: z.string().optional() });
type OktaRecord = z.output<typeof record>;

export interface OktaTenant {
  users: OktaRecord[];
  groups: OktaRecord[];
  members: Record<string, OktaRecord[]>;
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
  close(): Promise<void>;
}

export function oktaRecords(json: string): OktaRecord[] {
  return z.array(record).parse(JSON.parse(json));
}

export async function startFakeOkta(tenant: OktaTenant, pageSize: number): Promise<FakeOkta> {
  const token = 'fake-okta-token-7Qz9';
  let revoked = false;
  const requests: string[] = [];
  const faults = new Map<string, Fault>();

  const answer = (req: IncomingMessage, res: ServerResponse, base: string): void => {
    const url = new URL(req.url ?? '/', base);
    const after = Number(url.searchParams.get('after') ?? '0');
    const page = Math.floor(after / pageSize) + 1;
    const key = `${url.pathname}${url.searchParams.has('filter') ? '?deprovisioned' : ''}#${page}`;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      requests.push(`${key} ${status}`);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (revoked || req.headers.authorization !== `SSWS ${token}`) {
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
  return null;
}
