/**
 * A local SCIM 2.0 service provider (RFC 7644) for "apply": GET /Users?filter=userName eq "…" (or
 * externalId eq "…") answers a ListResponse (§3.4.2), PATCH /Users/{id} takes a PatchOp (§3.5.2)
 * and answers 204, DELETE /Users/{id} answers 204 (§3.6), errors in the Error shape (§3.12), all
 * behind a bearer token. Users are in the core User shape of RFC 7643 §8.1. `patchUnsupported`
 * answers PATCH with 501, as a provider without PATCH does (§3.5.2 makes it optional).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startLocalServer } from './local-server.js';

export interface ScimUser {
  id: string;
  userName: string;
  externalId?: string;
  active: boolean;
}

export interface FakeScim {
  url: string;
  token: string;
  users: ScimUser[];
  /** "PATCH /scim/v2/Users/2819c… 204 {…body…}", in order; GETs with their decoded query. */
  requests: string[];
  /** User names whose change the provider refuses, with the status. */
  refuse: Map<string, number>;
  state: { patchUnsupported: boolean };
  close(): Promise<void>;
}

const SCIM_JSON = 'application/scim+json';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

function resourceOf(user: ScimUser, base: string): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: user.id,
    ...(user.externalId ? { externalId: user.externalId } : {}),
    userName: user.userName,
    active: user.active,
    meta: {
      resourceType: 'User',
      created: '2010-01-23T04:56:22Z',
      lastModified: '2011-05-13T04:42:34Z',
      version: 'W/"3694e05e9dff590"',
      location: `${base}/scim/v2/Users/${user.id}`,
    },
  };
}

export async function startFakeScim(users: ScimUser[]): Promise<FakeScim> {
  const token = 'scim-fake-bearer-7f3Qa9Lm2x';
  const requests: string[] = [];
  const refuse = new Map<string, number>();
  const state = { patchUnsupported: false };

  const answer = (req: IncomingMessage, res: ServerResponse, base: string): void => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const line = `${req.method ?? 'GET'} ${url.pathname}${url.search ? ` ${decodeURIComponent(url.search)}` : ''}`;
      const send = (status: number, body: unknown): void => {
        requests.push(`${line} ${status}${text ? ` ${text}` : ''}`);
        res.writeHead(status, body === null ? {} : { 'content-type': SCIM_JSON });
        res.end(body === null ? undefined : JSON.stringify(body));
      };
      const error = (status: number, detail: string): void => send(status, { schemas: [ERROR], detail, status: String(status) });
      if (req.headers.authorization !== `Bearer ${token}`)
        return error(401, 'Authorization failure. The authorization header is invalid or missing.');
      if (req.method === 'GET' && url.pathname === '/scim/v2/Users') {
        const filter = /^(userName|externalId) eq "((?:[^"\\]|\\.)*)"$/.exec(url.searchParams.get('filter') ?? '');
        if (!filter) return error(400, 'The specified filter syntax was invalid');
        const value = JSON.parse(`"${filter[2] ?? ''}"`) as string;
        const found = users.filter((u) =>
          filter[1] === 'userName' ? u.userName.toLowerCase() === value.toLowerCase() : u.externalId === value,
        );
        return send(200, {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
          totalResults: found.length,
          Resources: found.map((u) => resourceOf(u, base)),
        });
      }
      const id = /^\/scim\/v2\/Users\/([^/]+)$/.exec(url.pathname)?.[1];
      const user = users.find((u) => u.id === id);
      if (!user) return error(404, `Resource ${id ?? ''} not found`);
      const refused = refuse.get(user.userName);
      if (refused) return error(refused, 'The operation is not permitted for this user');
      if (req.method === 'PATCH') {
        if (state.patchUnsupported) return error(501, 'PATCH is not supported');
        const op = JSON.parse(text) as { schemas?: string[]; Operations?: { op?: string; path?: string; value?: unknown }[] };
        const replace = op.Operations?.find((o) => o.op?.toLowerCase() === 'replace' && o.path === 'active');
        if (!op.schemas?.includes('urn:ietf:params:scim:api:messages:2.0:PatchOp') || !replace)
          return error(400, 'The request body is not a PatchOp');
        user.active = replace.value === true;
        return send(204, null);
      }
      if (req.method === 'DELETE') {
        users.splice(users.indexOf(user), 1);
        return send(204, null);
      }
      error(405, 'The method is not supported');
    });
  };

  const server = await startLocalServer(answer);
  return { url: server.url, token, users, requests, refuse, state, close: server.close };
}
