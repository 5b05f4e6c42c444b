/**
 * A local GitHub REST API for connector tests: an organization's members, owners
 * (members?role=admin), outside collaborators and pending invitations, served from the published
 * examples in pages with `Link: <…?page=n>; rel="next"`, behind a Bearer token: a personal token,
 * or an installation token from POST /app/installations/{id}/access_tokens, which checks the
 * GitHub App's JWT against the app's public key as GitHub does. A classic token's scopes come back in
 * X-OAuth-Scopes as GitHub sends them: without read:org the members listing holds the public
 * members only, without admin:org the invitations are a 404. The rate limit is GitHub's primary
 * one: 403 with x-ratelimit-remaining 0 and x-ratelimit-reset. Faults are planned per
 * "<path>[?admin]#<page>" as for the fake Okta.
 */
import type { KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodeJwt, jwtVerify } from 'jose';
import { z } from 'zod';
import { startLocalServer } from './local-server.js';
import type { Fault } from './fake-okta.js';
import { answerGitHubWrite, type GitHubWrites } from './fake-github-writes.js';

const record = z.looseObject({ id: z.number(), login: z.string().nullable().optional() });
type GitHubRecord = z.output<typeof record>;

export interface GitHubOrg {
  login: string;
  members: GitHubRecord[];
  admins: GitHubRecord[];
  invitations: GitHubRecord[];
  outsideCollaborators: GitHubRecord[];
  /** Logins GitHub shows without read:org. */
  publicMembers: string[];
}

/** A GitHub App installed on the organization. */
export interface GitHubApp {
  appId: number;
  installationId: number;
  publicKey: KeyObject;
  /** Installation tokens issued so far. */
  issued: string[];
  /** The JWTs presented, decoded: iss, iat, exp. */
  jwts: { iss?: string; iat?: number; exp?: number }[];
}

export interface FakeGitHub {
  url: string;
  token: string;
  requests: string[];
  faults: Map<string, Fault>;
  /** The classic token's scopes (X-OAuth-Scopes), and whether it was revoked (401 Bad credentials). */
  grant: { revoked: boolean; scopes: string[] };
  writes: GitHubWrites;
  close(): Promise<void>;
}

export function githubRecords(json: string): GitHubRecord[] {
  return z.array(record).parse(JSON.parse(json));
}

const DOCS = 'https://docs.github.com/rest';

export async function startFakeGitHub(org: GitHubOrg, pageSize: number, app: GitHubApp | null = null): Promise<FakeGitHub> {
  const token = 'ghp_fakeGitHubToken9Xw3';
  const requests: string[] = [];
  const faults = new Map<string, Fault>();
  const writes: GitHubWrites = { log: [], refuse: new Map() };
  const state = { revoked: false, scopes: ['read:org', 'admin:org'] };

  /** POST /app/installations/{id}/access_tokens, authenticated by the app's JWT (RS256, iss = App ID, at most 10 minutes). */
  const issueToken = async (req: IncomingMessage, res: ServerResponse, installationId: string): Promise<void> => {
    const send = (status: number, body: unknown): void => {
      requests.push(`POST /app/installations/${installationId}/access_tokens ${status}`);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28' });
      res.end(JSON.stringify(body));
    };
    const jwt = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!app) return send(401, { message: 'A JSON web token could not be decoded', documentation_url: DOCS, status: '401' });
    try {
      await jwtVerify(jwt, app.publicKey, { issuer: String(app.appId), algorithms: ['RS256'] });
      const claims = decodeJwt(jwt);
      app.jwts.push({ iss: claims.iss, iat: claims.iat, exp: claims.exp });
      if ((claims.exp ?? 0) - (claims.iat ?? 0) > 660) throw new Error('too long');
    } catch {
      return send(401, { message: "'Expiration time' claim ('exp') is too far in the future", documentation_url: DOCS, status: '401' });
    }
    if (state.revoked) return send(401, { message: 'A JSON web token could not be decoded', documentation_url: DOCS, status: '401' });
    if (installationId !== String(app.installationId)) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    const issued = `ghs_16C7e42F292c6912E7710c838347Ae${String(app.issued.length + 1).padStart(6, '0')}`;
    app.issued.push(issued);
    // The published example's shape (installation-token), with a token and expiry of today.
    send(201, {
      token: issued,
      expires_at: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      permissions: { members: 'read' },
      repository_selection: 'selected',
    });
  };

  const answer = (req: IncomingMessage, res: ServerResponse, base: string): void => {
    const url = new URL(req.url ?? '/', base);
    const installation = /^\/app\/installations\/([^/]+)\/access_tokens$/.exec(url.pathname)?.[1];
    if (req.method === 'POST' && installation) {
      void issueToken(req, res, installation);
      return;
    }
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
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const fine =
      (bearer === token || (app?.issued.includes(bearer) ?? false)) &&
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
    const written = answerGitHubWrite(req.method ?? 'GET', url.pathname, org, writes);
    if (written) return written.status === 204 ? void res.writeHead(204).end() : send(written.status, written.body);
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
    writes,
    close: server.close,
  };
}

function listingFor(url: URL, org: GitHubOrg, scopes: string[]): GitHubRecord[] | null {
  const match = /^\/orgs\/([^/]+)\/(members|invitations|outside_collaborators)$/.exec(url.pathname);
  if (!match || match[1]?.toLowerCase() !== org.login.toLowerCase()) return null;
  const readOrg = scopes.some((s) => ['read:org', 'write:org', 'admin:org'].includes(s));
  if (match[2] === 'invitations') return scopes.includes('admin:org') ? org.invitations : null;
  if (match[2] === 'outside_collaborators') return readOrg ? org.outsideCollaborators : null;
  const listed = url.searchParams.get('role') === 'admin' ? org.admins : org.members;
  return readOrg ? listed : listed.filter((m) => org.publicMembers.includes(m.login ?? ''));
}
