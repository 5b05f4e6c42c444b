/**
 * A local Atlassian organization API for connector tests: GET /admin/v1/orgs/{orgId}/users in pages
 * of the published shape ({ data, meta, links: { self, next } }), behind an organization API key
 * (Bearer). links.next is the next page's URL by default, or the bare cursor as the reference
 * example shows it (`nextAs`), or a URL on another host (`nextHost`). A wrong or revoked key gets
 * 401 and another organization 404, as Atlassian answers them; faults are planned per
 * "<path>#<page>" as for the fake Okta (a 429 with Retry-After, a 500).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Fault } from './fake-okta.js';
import { startLocalServer } from './local-server.js';

export interface FakeAtlassian {
  url: string;
  key: string;
  org: string;
  /** Every request made, as "<path>#<page> <status>". */
  requests: string[];
  faults: Map<string, Fault>;
  options: { revoked: boolean; nextAs: 'url' | 'cursor'; nextHost: string | null };
  close(): Promise<void>;
}

/** The users of pages of GET /admin/v1/orgs/{orgId}/users. */
export function atlassianUsers(...pages: string[]): unknown[] {
  return pages.flatMap((json) => z.object({ data: z.array(z.unknown()) }).parse(JSON.parse(json)).data);
}

const cursorOf = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');
const offsetOf = (cursor: string): number =>
  Number(
    Buffer.from(cursor, 'base64url')
      .toString()
      .replace(/^offset:/, ''),
  );

export async function startFakeAtlassian(org: string, users: readonly unknown[], pageSize: number): Promise<FakeAtlassian> {
  const key = 'ATCTT3xFfGN0-fake-atlassian-admin-key-5Rw8';
  const requests: string[] = [];
  const faults = new Map<string, Fault>();
  const options: FakeAtlassian['options'] = { revoked: false, nextAs: 'url', nextHost: null };
  const listing = `/admin/v1/orgs/${org}/users`;

  const answer = (req: IncomingMessage, res: ServerResponse, base: string): void => {
    const url = new URL(req.url ?? '/', base);
    const cursor = url.searchParams.get('cursor');
    const offset = cursor ? offsetOf(cursor) : 0;
    const key_ = `${url.pathname}#${Math.floor(offset / pageSize) + 1}`;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      requests.push(`${key_} ${status}`);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body, null, 2));
    };
    if (options.revoked || req.headers.authorization !== `Bearer ${key}`) return send(401, { code: 401, message: 'Unauthorized' });
    const fault = faults.get(key_);
    if (fault && fault.times > 0) {
      fault.times--;
      if (fault.kind === 'rate-limit') return send(429, { code: 429, message: 'Rate limit exceeded' }, { 'retry-after': '1' });
      return send(500, { code: 500, message: 'Internal Server Error' });
    }
    if (url.pathname !== listing) return send(404, { code: 404, message: 'Not Found' });
    const data = users.slice(offset, offset + pageSize);
    const more = offset + pageSize < users.length;
    const next = cursorOf(offset + pageSize);
    const nextLink = options.nextAs === 'cursor' ? next : `${options.nextHost ?? base}${listing}?cursor=${next}`;
    send(200, {
      data,
      meta: { total: users.length },
      links: { self: `${base}${listing}${cursor ? `?cursor=${cursor}` : ''}`, ...(more ? { next: nextLink } : {}) },
    });
  };

  const server = await startLocalServer(answer);
  return { url: server.url, key, org, requests, faults, options, close: server.close };
}
