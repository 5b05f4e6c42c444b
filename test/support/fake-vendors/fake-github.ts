/**
 * A local GitHub REST API for connector tests: an organization's members, owners
 * (members?role=admin) and pending invitations, served from the published examples in pages with
 * `Link: <…?page=n>; rel="next"`, behind a Bearer token. A classic token's scopes come back in
 * X-OAuth-Scopes as GitHub sends them: without read:org the members listing holds the public
 * members only, without admin:org the invitations are a 404. The rate limit is GitHub's primary
 * one: 403 with x-ratelimit-remaining 0 and x-ratelimit-reset. Faults are planned per
 * "<path>[?admin]#<page>" as for the fake Okta.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { startLocalServer } from './local-server.js';
import type { Fault } from './fake-okta.js';

const record = z.looseObject({ id: z.number(), login: z.string().nullable().optional() });
type GitHubRecord = z.output<typeof record>;

export interface GitHubOrg {
  login: string;
  members: GitHubRecord[];
  admins: GitHubRecord[];
  invitations: GitHubRecord[];
  /** Logins GitHub shows without read:org. */
  publicMembers: string[];
}

export interface FakeGitHub {
  url: string;
  token: string;
  requests: string[];
  faults: Map<string, Fault>;
  /** The classic token's scopes (X-OAuth-Scopes), and whether it was revoked (401 Bad credentials). */
  grant: { revoked: boolean; scopes: string[] };
  close(): Promise<void>;
}

export function githubRecords(json: string): GitHubRecord[] {
  return z.array(record).parse(JSON.parse(json));
}

const DOCS = 'https://docs.github.com/rest';

export async function startFakeGitHub(org: GitHubOrg, pageSize: number): Promise<FakeGitHub> {
  const token = 'ghp_fakeGitHubToken9Xw3';
  const requests: string[] = [];
  const faults = new Map<string, Fault>();
  const state = { revoked: false, scopes: ['read:org', 'admin:org'] };

  const answer = (req: IncomingMessage, res: ServerResponse, base: string): void => {
    const url = new URL(req.url ?? '/', base);
    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Math.min(pageSize, Number(url.searchParams.get('per_page') ?? '30'));
    const key = `${url.pathname}${url.searchParams.get('role') === 'admin' ? '?admin' : ''}#${page}`;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      requests.push(`${key} ${status}`);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-api-version-selected': '2022-11-28',
        'x-oauth-scopes': state.scopes.join(', '),
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        ...headers,
      });
      res.end(JSON.stringify(body));
    };
    const fine =
      req.headers.authorization === `Bearer ${token}` &&
      req.headers.accept === 'application/vnd.github+json' &&
      req.headers['x-github-api-version'] === '2022-11-28';
    if (!fine || state.revoked) {
      requests.push(`${key} 401`);
      res.writeHead(401, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: 'Bad credentials', documentation_url: DOCS, status: '401' }));
      return;
    }
    const fault = faults.get(key);
    if (fault && fault.times > 0) {
      fault.times--;
      if (fault.kind === 'rate-limit') {
        const reset = String(Math.floor(Date.now() / 1000) + 2);
        send(
          403,
          { message: 'API rate limit exceeded for user ID 1.', documentation_url: DOCS },
          { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset, 'x-ratelimit-used': '5000' },
        );
      } else send(500, { message: 'Server Error' });
      return;
    }
    const listing = listingFor(url, org, state.scopes);
    if (!listing) {
      send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      return;
    }
    const slice = listing.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < listing.length) {
      const link = (n: number): string => {
        const next = new URL(url);
        next.searchParams.set('page', String(n));
        return next.toString();
      };
      headers.link = `<${link(page + 1)}>; rel="next", <${link(Math.ceil(listing.length / perPage))}>; rel="last"`;
    }
    send(200, slice, headers);
  };

  const server = await startLocalServer(answer);
  return {
    url: server.url,
    token,
    requests,
    faults,
    grant: state,
    close: server.close,
  };
}

function listingFor(url: URL, org: GitHubOrg, scopes: string[]): GitHubRecord[] | null {
  const match = /^\/orgs\/([^/]+)\/(members|invitations)$/.exec(url.pathname);
  if (!match || match[1]?.toLowerCase() !== org.login.toLowerCase()) return null;
  const readOrg = scopes.some((s) => ['read:org', 'write:org', 'admin:org'].includes(s));
  if (match[2] === 'invitations') return scopes.includes('admin:org') ? org.invitations : null;
  const listed = url.searchParams.get('role') === 'admin' ? org.admins : org.members;
  return readOrg ? listed : listed.filter((m) => org.publicMembers.includes(m.login ?? ''));
}
