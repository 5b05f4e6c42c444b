/**
 * Slack: the workspace's users (users.list, invited and deleted ones included) as pages of
 * { ok, members, response_metadata } for the slack-users importer. Bot or user token (Bearer);
 * cursor paging. Slack answers its errors as 200 with "ok": false, checked on every page here.
 * https://api.slack.com/methods/users.list
 */
import { z } from 'zod';
import { API_TOKEN, staticHeaders, type Connector, type Pull } from '../connector.js';
import { apiUrl } from '../http/api-url.js';
import { listPages } from '../http/paging.js';
import { describeUrl, VendorApiError, type FetchedPage, type VendorFailure } from '../http/vendor-http.js';

const LIMIT = 200;

const envelope = z.looseObject({
  ok: z.boolean().optional(),
  error: z.string().optional(),
  needed: z.string().optional(),
  members: z.array(z.unknown()).optional(),
  response_metadata: z.looseObject({ next_cursor: z.unknown().optional() }).optional(),
});

const REVOKED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive']);
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

function failureOf(error: string): VendorFailure {
  if (REVOKED.has(error) || error === 'missing_scope') return 'auth';
  return TRANSIENT.has(error) ? 'server' : 'refused';
}

/** Slack's "ok": false, and an answer that is not a users.list page, as failures. */
export function slackPageProblem(page: FetchedPage): VendorApiError | null {
  const where = describeUrl(page.url);
  const parsed = envelope.safeParse(page.body);
  if (!parsed.success) return new VendorApiError(`${where} answered something other than a Slack API response`, 'refused', null);
  const { ok, error, needed, members, response_metadata: meta } = parsed.data;
  if (ok !== true) {
    const code = error ?? 'no error named';
    if (code === 'missing_scope')
      return new VendorApiError(
        `${where}: the token lacks the Slack scope ${needed ?? 'users:read'} (Slack "missing_scope")`,
        'auth',
        null,
      );
    if (REVOKED.has(code))
      return new VendorApiError(
        `${where} refused the credential (Slack "${code}"): it may be revoked or expired, or its user deactivated`,
        'auth',
        null,
      );
    return new VendorApiError(`${where} failed (Slack "${code}")`, failureOf(code), null);
  }
  if (new URL(page.url).pathname.endsWith('/users.list')) {
    if (!members) return new VendorApiError(`${where} answered "ok": true without "members"`, 'refused', null);
    const cursor = meta?.next_cursor;
    // A cursor that is not Slack's string would end the paging early, and a partial listing would pass as complete.
    if (cursor !== undefined && typeof cursor !== 'string')
      return new VendorApiError(
        `${where} answered a next_cursor that is not a string (${JSON.stringify(cursor)}); not followed`,
        'refused',
        null,
      );
  }
  return null;
}

const person = z.looseObject({
  id: z.string(),
  is_bot: z.boolean().optional(),
  deleted: z.boolean().optional(),
  profile: z.looseObject({ email: z.string().optional() }).optional(),
});

/** Slack leaves profile.email out unless the token has users:read.email: a page of people without any is the sign. */
function emailsMissing(page: FetchedPage): string | null {
  const members = envelope.safeParse(page.body).data?.members ?? [];
  const people = members.flatMap((m) => person.safeParse(m).data ?? []).filter((m) => !m.is_bot && m.id !== 'USLACKBOT' && !m.deleted);
  if (people.length === 0 || people.some((m) => m.profile?.email)) return null;
  return `none of the ${people.length} user(s) on the first page has profile.email: the token lacks users:read.email`;
}

const users: Pull = {
  kind: 'slack-users',
  label: 'users, invited and deleted included',
  importsEmpty: true,
  async download(context) {
    let records = 0;
    let n = 0;
    for await (const page of listPages(apiUrl(context.baseUrl, `/users.list?limit=${LIMIT}`), 'slack-cursor', context.http)) {
      n++;
      context.progress(`slack users: page ${n}`);
      // Every page is written, an empty one too: Slack may answer an empty page with a cursor, and the last page must be there to say the listing ends.
      await context.pages.write(`users-${n}.json`, page.text);
      records += envelope.safeParse(page.body).data?.members?.length ?? 0;
    }
    return { records, notes: [] };
  },
};

export const slackConnector: Connector = {
  kind: 'slack',
  label: 'Slack',
  defaultUrl: 'https://slack.com/api',
  credential: API_TOKEN,
  authenticate: staticHeaders((token) => ({ authorization: `Bearer ${token}` })),
  checkPage: slackPageProblem,
  pulls: [users],
  probes: [
    { permission: 'users:read', path: '/users.list?limit=1' },
    { permission: 'users:read.email', path: `/users.list?limit=${LIMIT}`, check: emailsMissing },
  ],
};
