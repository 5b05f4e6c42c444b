/**
 * A local Okta management API for "apply": GET /api/v1/apps?filter=user.id eq "…" answers the apps
 * assigned to the user (the published GetApplicationsByUserResponseEx, test/fixtures/ingest/
 * okta-app-users/published/list-apps-by-user.json, for every user it assigns), DELETE
 * /api/v1/apps/{appId}/users/{userId} answers 204 with no body, behind `SSWS <token>`. A user in
 * `refuse` gets Okta's published ErrorAccessDenied (403, E0000006) as Okta answers an admin who may
 * not manage the app; an unknown assignment Okta's ErrorResourceNotFound shape (404, E0000007).
 * https://developer.okta.com/docs/api/openapi/okta-management/management/tag/ApplicationUsers/#tag/ApplicationUsers/operation/unassignUserFromApplication
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { startLocalServer } from './local-server.js';

export interface FakeOktaAssignments {
  url: string;
  token: string;
  /** "GET /api/v1/apps?filter=user.id eq "00u…" 200", "DELETE /api/v1/apps/0oa…/users/00u… 204". */
  requests: string[];
  /** Okta user ids still assigned to the published app. */
  assigned: Set<string>;
  refuse: Set<string>;
  close(): Promise<void>;
}

const PUBLISHED = join(import.meta.dirname, '..', '..', 'fixtures', 'ingest', 'okta-app-users', 'published', 'list-apps-by-user.json');

export async function startFakeOktaAssignments(assigned: string[]): Promise<FakeOktaAssignments> {
  const token = '00fakeOktaApplyToken-Zq81x';
  const published = readFileSync(PUBLISHED, 'utf8');
  const appId = z.array(z.object({ id: z.string() })).parse(JSON.parse(published))[0]?.id ?? '';
  const requests: string[] = [];
  const users = new Set(assigned);
  const refuse = new Set<string>();

  const server = await startLocalServer((req, res, base) => {
    const url = new URL(req.url ?? '/', base);
    const send = (status: number, body: string | null): void => {
      requests.push(`${req.method ?? 'GET'} ${url.pathname}${url.search ? decodeURIComponent(url.search) : ''} ${status}`);
      res.writeHead(status, body === null ? {} : { 'content-type': 'application/json' });
      res.end(body ?? undefined);
    };
    const error = (status: number, code: string, summary: string): void =>
      send(
        status,
        JSON.stringify({ errorCode: code, errorSummary: summary, errorLink: code, errorId: 'sampleNUSD_8fdkFd8fs8SDBK', errorCauses: [] }),
      );
    if (req.headers.authorization !== `SSWS ${token}`) return error(401, 'E0000011', 'Invalid token provided');
    if (req.method === 'GET' && url.pathname === '/api/v1/apps') {
      const user = /^user\.id eq "([^"]+)"$/.exec(url.searchParams.get('filter') ?? '')?.[1] ?? '';
      return send(200, users.has(user) ? published : '[]');
    }
    const match = /^\/api\/v1\/apps\/([^/]+)\/users\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'DELETE' && match) {
      const [, app, user = ''] = match;
      if (refuse.has(user)) return error(403, 'E0000006', 'You do not have permission to perform the requested action');
      if (app !== appId || !users.delete(user)) return error(404, 'E0000007', `Not found: Resource not found: ${user} (AppUser)`);
      return send(204, null);
    }
    error(404, 'E0000022', 'The endpoint does not support the provided HTTP method');
  });
  return { url: server.url, token, requests, assigned: users, refuse, close: server.close };
}
