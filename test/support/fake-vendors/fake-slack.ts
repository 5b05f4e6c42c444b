/**
 * A local Slack Web API for connector tests: users.list served from the published examples in
 * pages with Slack's opaque `response_metadata.next_cursor`, behind a Bearer token. Slack's errors
 * are 200 answers with "ok": false (invalid_auth, token_revoked, missing_scope); its rate limit is
 * a 429 with Retry-After. Faults are planned per "<path>#<page>" as for the fake Okta; `pages`
 * serves pages verbatim instead (the SDK's mock pages), the cursor "n" asking for page n + 1.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { startLocalServer } from './local-server.js';
import type { Fault } from './fake-okta.js';

const member = z.looseObject({ id: z.string(), profile: z.looseObject({}).optional() });
type SlackMember = z.output<typeof member>;

export type SlackWorkspace = { members: SlackMember[] } | { pages: unknown[] };

export interface FakeSlack {
  url: string;
  token: string;
  requests: string[];
  faults: Map<string, Fault>;
  /** What the token may do: revoked (token_revoked), without users:read (missing_scope) or without users:read.email (no emails). */
  scopes: { revoked: boolean; usersRead: boolean; email: boolean };
  close(): Promise<void>;
}

/** The members of a users.list answer. */
export function slackMembers(json: string): SlackMember[] {
  return z.looseObject({ members: z.array(member) }).parse(JSON.parse(json)).members;
}

const cursorOf = (offset: number): string => Buffer.from(`user:${offset}`).toString('base64');
const offsetOf = (cursor: string): number =>
  Number(
    Buffer.from(cursor, 'base64')
      .toString()
      .replace(/^user:/, ''),
  );

export async function startFakeSlack(workspace: SlackWorkspace, pageSize: number): Promise<FakeSlack> {
  const token = 'xoxb-fake-slack-token-4Kd2';
  const requests: string[] = [];
  const faults = new Map<string, Fault>();
  const scopes = { revoked: false, usersRead: true, email: true };

  const answer = (req: IncomingMessage, res: ServerResponse, base: string): void => {
    const url = new URL(req.url ?? '/', base);
    const cursor = url.searchParams.get('cursor');
    const verbatim = 'pages' in workspace;
    const offset = cursor ? (verbatim ? Number(cursor) : offsetOf(cursor)) : 0;
    const page = verbatim ? offset + 1 : Math.floor(offset / pageSize) + 1;
    const key = `${url.pathname}#${page}`;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      requests.push(`${key} ${status}${typeof body === 'object' && body && 'error' in body ? ` ${String(body.error)}` : ''}`);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${token}`) return send(200, { ok: false, error: 'invalid_auth' });
    if (scopes.revoked) return send(200, { ok: false, error: 'token_revoked' });
    if (!scopes.usersRead)
      return send(200, { ok: false, error: 'missing_scope', needed: 'users:read', provided: 'channels:read,users:read.email' });
    const fault = faults.get(key);
    if (fault && fault.times > 0) {
      fault.times--;
      if (fault.kind === 'rate-limit') return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
      return send(500, { ok: false, error: 'internal_error' });
    }
    if (url.pathname !== '/api/users.list') return send(404, { ok: false, error: 'unknown_method' });
    if (verbatim) return send(200, workspace.pages[page - 1] ?? { ok: false, error: 'invalid_cursor' });
    const limit = Math.min(pageSize, Number(url.searchParams.get('limit') ?? pageSize));
    const members = workspace.members.slice(offset, offset + limit).map((m) => (scopes.email ? m : withoutEmail(m)));
    const more = offset + limit < workspace.members.length;
    send(200, { ok: true, members, cache_ts: 1498777272, response_metadata: { next_cursor: more ? cursorOf(offset + limit) : '' } });
  };

  const server = await startLocalServer(answer);
  return {
    url: `${server.url}/api`,
    token,
    requests,
    faults,
    scopes,
    close: server.close,
  };
}

function withoutEmail(m: SlackMember): SlackMember {
  if (!m.profile) return m;
  const { email: _email, ...profile } = m.profile;
  return { ...m, profile };
}
