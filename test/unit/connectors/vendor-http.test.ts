import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nextLink } from '../../../server/connectors/http/link-header.js';
import { listPages } from '../../../server/connectors/http/paging.js';
import { apiUrl } from '../../../server/connectors/http/api-url.js';
import { vendorRetryDelayMs } from '../../../server/connectors/http/retry-delay.js';
import { getPage, VendorApiError, type VendorHttp } from '../../../server/connectors/http/vendor-http.js';
import { atlassianPageProblem } from '../../../server/connectors/vendors/atlassian.js';
import { slackPageProblem } from '../../../server/connectors/vendors/slack.js';

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

/** A server that answers each request with the next of `answers`, as [status, headers, body]. */
async function serve(answers: [number, Record<string, string>, string][]): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  server = createServer((req, res) => {
    seen.push(`${req.url ?? ''} ${req.headers.authorization ?? ''}`);
    const [status, headers, body] = answers.shift() ?? [599, {}, '{}'];
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function http(waits: number[], told: string[] = []): VendorHttp {
  return {
    headers: () => Promise.resolve({ authorization: 'Bearer t0ken' }),
    sleep: (ms) => Promise.resolve(void waits.push(ms)),
    onWait: (line) => void told.push(line),
    now: () => Date.parse('2026-12-07T00:00:00Z'),
  };
}

describe('reading a vendor API', () => {
  it('finds rel="next" among several links, as Okta and GitHub send them', () => {
    expect(
      nextLink('<https://x.okta.com/api/v1/users?limit=2>; rel="self", <https://x.okta.com/api/v1/users?after=00u2&limit=2>; rel="next"'),
    ).toBe('https://x.okta.com/api/v1/users?after=00u2&limit=2');
    expect(
      nextLink(
        '<https://api.github.com/organizations/1/members?page=2>; rel="next", <https://api.github.com/organizations/1/members?page=9>; rel="last"',
      ),
    ).toBe('https://api.github.com/organizations/1/members?page=2');
    expect(nextLink('<https://x.okta.com/api/v1/users?limit=2>; rel="self"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });

  it('waits as long as the vendor says: Retry-After in seconds or as a date, Okta and GitHub reset times', () => {
    const now = Date.parse('2026-12-07T00:00:00Z');
    expect(vendorRetryDelayMs(new Headers({ 'retry-after': '30' }), now)).toBe(30_000);
    expect(vendorRetryDelayMs(new Headers({ 'retry-after': 'Mon, 07 Dec 2026 00:00:10 GMT' }), now)).toBe(10_000);
    expect(vendorRetryDelayMs(new Headers({ 'x-rate-limit-reset': String(now / 1000 + 45) }), now)).toBe(45_000);
    expect(vendorRetryDelayMs(new Headers({ 'x-ratelimit-reset': String(now / 1000 + 5) }), now)).toBe(5_000);
    expect(vendorRetryDelayMs(new Headers(), now)).toBeNull();
  });

  it('retries a 429 after the time asked and a 500 with backoff, then returns the page as sent', async () => {
    const { url, seen } = await serve([
      [429, { 'retry-after': '7' }, '{}'],
      [503, {}, '{}'],
      [200, {}, '[ {"id": 1} ]'],
    ]);
    const waits: number[] = [];
    const told: string[] = [];
    const page = await getPage(`${url}/users`, http(waits, told));
    expect(page.text).toBe('[ {"id": 1} ]');
    expect(waits).toEqual([7000, 2000]);
    expect(told[0]).toMatch(/^rate limited by 127\.0\.0\.1:\d+ \(429\): waiting 7 s as it asks$/);
    expect(seen.every((line) => line.endsWith('Bearer t0ken'))).toBe(true);
  });

  it('gives up after the bounded attempts, and reports a refused credential without retrying it', async () => {
    const failing = await serve(Array.from({ length: 6 }, (): [number, Record<string, string>, string] => [500, {}, '{}']));
    const waits: number[] = [];
    await expect(getPage(`${failing.url}/users?cursor=secret`, http(waits))).rejects.toThrow(/\/users failed with 500 after 6 attempts$/);
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000]);
    await new Promise((resolve) => server?.close(resolve));

    const refused = await serve([[401, {}, '{"error":"invalid_auth"}']]);
    const error = await getPage(`${refused.url}/users`, http([])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorApiError);
    expect(error).toMatchObject({ failure: 'auth', status: 401 });
    expect(refused.seen).toHaveLength(1);
  });

  it('follows Slack cursors and Graph next links, and refuses a next link to another host', async () => {
    const { url, seen } = await serve([
      [200, {}, '{"ok":true,"members":[1],"response_metadata":{"next_cursor":"dXNlcjpVMEc5V0ZYTlo="}}'],
      [200, {}, '{"ok":true,"members":[2],"response_metadata":{"next_cursor":""}}'],
    ]);
    const pages: string[] = [];
    for await (const page of listPages(`${url}/users.list?limit=1`, 'slack-cursor', http([]))) pages.push(page.text);
    expect(pages).toHaveLength(2);
    expect(seen[1]).toMatch(/^\/users\.list\?limit=1&cursor=dXNlcjpVMEc5V0ZYTlo%3D /);
    await new Promise((resolve) => server?.close(resolve));

    const elsewhere = await serve([[200, {}, '{"value":[],"@odata.nextLink":"https://attacker.example/v1.0/users?$skiptoken=x"}']]);
    const walk = async (): Promise<void> => {
      for await (const _page of listPages(`${elsewhere.url}/v1.0/users`, 'odata', http([]))) void _page;
    };
    await expect(walk()).rejects.toThrow(/points to another host \(https:\/\/attacker\.example\); not followed/);
  });

  it("follows Atlassian's links.next as a URL or as a bare cursor, and refuses a links.next it cannot follow", async () => {
    const answers: [number, Record<string, string>, string][] = [
      [200, {}, ''],
      [200, {}, '{"data":[2],"links":{"self":"y","next":"b2Zmc2V0OjI"}}'],
      [200, {}, '{"data":[3],"links":{"self":"z"}}'],
    ];
    const { url, seen } = await serve(answers);
    const first = `${url}/admin/v1/orgs/o1/users`;
    answers[0] = [200, {}, JSON.stringify({ data: [1], links: { self: first, next: `${first}?cursor=b2Zmc2V0OjE` } })];
    const pages: string[] = [];
    for await (const page of listPages(first, 'links-next', { ...http([]), checkPage: atlassianPageProblem })) pages.push(page.text);
    expect(pages).toHaveLength(3);
    expect(seen.map((line) => line.split(' ')[0])).toEqual([
      '/admin/v1/orgs/o1/users',
      '/admin/v1/orgs/o1/users?cursor=b2Zmc2V0OjE',
      '/admin/v1/orgs/o1/users?cursor=b2Zmc2V0OjI',
    ]);
    const page = (body: unknown) => ({ url: first, text: JSON.stringify(body), body, headers: new Headers() });
    expect(atlassianPageProblem(page({ data: [], links: { next: 7 } }))?.message).toMatch(
      /links\.next that is not a string \(7\); not followed$/,
    );
    expect(atlassianPageProblem(page({ code: 401, message: 'Unauthorized' }))?.message).toMatch(/something other than a page of users/);
    expect(atlassianPageProblem(page({ data: [], links: { next: null } }))).toBeNull();
  });

  it("checks a 200 answer with the connector's hook: Slack's transient errors retried, a revoked token or a missing scope thrown at once", async () => {
    const { url, seen } = await serve([
      [200, {}, '{"ok":false,"error":"internal_error"}'],
      [200, {}, '{"ok":true,"members":[],"response_metadata":{"next_cursor":""}}'],
      [200, {}, '{"ok":false,"error":"missing_scope","needed":"users:read","provided":"identify"}'],
      [200, {}, '{"ok":false,"error":"account_inactive"}'],
    ]);
    const waits: number[] = [];
    const slack = { ...http(waits), checkPage: slackPageProblem };
    expect((await getPage(`${url}/api/users.list`, slack)).body).toMatchObject({ ok: true });
    expect(waits).toEqual([1000]);
    await expect(getPage(`${url}/api/users.list`, slack)).rejects.toMatchObject({
      failure: 'auth',
      message: expect.stringMatching(/users\.list: the token lacks the Slack scope users:read \(Slack "missing_scope"\)$/) as string,
    });
    await expect(getPage(`${url}/api/users.list`, slack)).rejects.toMatchObject({
      failure: 'auth',
      message: expect.stringContaining('refused the credential (Slack "account_inactive")') as string,
    });
    expect(seen).toHaveLength(4);
  });

  it("keeps the base URL's own path (slack.com/api, GitHub Enterprise's /api/v3)", () => {
    expect(apiUrl('https://slack.com/api', '/users.list?limit=200')).toBe('https://slack.com/api/users.list?limit=200');
    expect(apiUrl('https://ghe.example/api/v3/', 'orgs/acme/members')).toBe('https://ghe.example/api/v3/orgs/acme/members');
    expect(apiUrl('https://acme.okta.com', '/api/v1/users')).toBe('https://acme.okta.com/api/v1/users');
  });
});
