/**
 * Google Workspace (Admin SDK Directory API): every user of the account (customer=my_customer,
 * projection=full: suspended, archived, lastLoginTime, isAdmin…) as { users, nextPageToken } pages
 * for the google-users importer, and each user's third-party OAuth tokens (tokens.list, one
 * tokenList file per user; each token names its userKey) for google-tokens. A service account with
 * domain-wide delegation acting as the Workspace admin given with --org; nextPageToken paging.
 * https://developers.google.com/workspace/admin/directory/reference/rest/v1/users/list
 * https://developers.google.com/workspace/admin/directory/reference/rest/v1/tokens/list
 */
import { z } from 'zod';
import type { Connector, Pull, PullContext } from '../connector.js';
import { apiUrl } from '../http/api-url.js';
import { listPages } from '../http/paging.js';
import { describeUrl, getPage, VendorApiError, type FetchedPage } from '../http/vendor-http.js';
import { checkServiceAccountKey } from './google-key.js';
import { GOOGLE_ADMIN_API, googleServiceAccountAuth } from './google-token.js';

export const GOOGLE_SCOPES = [
  'https://www.googleapis.com/auth/admin.directory.user.readonly',
  // tokens.list accepts no narrower scope.
  'https://www.googleapis.com/auth/admin.directory.user.security',
] as const;

const USERS = '/admin/directory/v1/users?customer=my_customer&maxResults=500';
const page = z.looseObject({ users: z.array(z.unknown()).optional(), items: z.array(z.unknown()).optional() });
const userIds = z.looseObject({ users: z.array(z.looseObject({ id: z.string().min(1) })).optional() });

/** A page that is not a Directory API object, or a nextPageToken that is not a string (the paging would stop early and a partial listing pass as complete). */
export function googlePageProblem(fetched: FetchedPage): VendorApiError | null {
  const where = describeUrl(fetched.url);
  const body = fetched.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return new VendorApiError(`${where} answered something other than a Directory API response`, 'refused', null);
  if ('nextPageToken' in body && typeof body.nextPageToken !== 'string')
    return new VendorApiError(`${where} answered a nextPageToken that is not a string; not followed`, 'refused', null);
  return null;
}

const errorBody = z.looseObject({
  error: z.looseObject({ errors: z.array(z.looseObject({ reason: z.string().optional() })).optional() }).optional(),
});
const QUOTA_REASONS = new Set(['userRateLimitExceeded', 'rateLimitExceeded', 'quotaExceeded']);

/** The Directory API answers its quotas with 403 userRateLimitExceeded or quotaExceeded, to be retried with backoff. https://developers.google.com/workspace/admin/directory/v1/limits */
export function googleRateLimited(status: number, body: string): boolean {
  if (status !== 403) return false;
  let json: unknown;
  try {
    json = JSON.parse(body) as unknown;
  } catch {
    return false;
  }
  return (errorBody.safeParse(json).data?.error?.errors ?? []).some((e) => e.reason !== undefined && QUOTA_REASONS.has(e.reason));
}

/** A 403 from the Directory API with a token Google issued: the admin acted as lacks the admin privileges. */
async function explained<T>(context: PullContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VendorApiError && error.failure === 'auth' && error.status === 403)
      throw new VendorApiError(
        `${error.message}; is ${context.org ?? 'the admin to act as'} a super administrator (or in an admin role with Users → Read)?`,
        error.failure,
        error.status,
      );
    throw error;
  }
}

const users: Pull = {
  kind: 'google-users',
  label: 'users, suspended and archived included',
  importsEmpty: true,
  download: (context) =>
    explained(context, async () => {
      let records = 0;
      let n = 0;
      for await (const fetched of listPages(apiUrl(context.baseUrl, `${USERS}&projection=full`), 'page-token', context.http)) {
        n++;
        context.progress(`google users: page ${n}`);
        // Every page is written, the last one too: it is the one without nextPageToken that says the listing is whole.
        await context.pages.write(`users-${n}.json`, fetched.text);
        records += page.safeParse(fetched.body).data?.users?.length ?? 0;
      }
      return { records, notes: [] };
    }),
};

/** The id of every user, listed again with only that field (a pull downloads on its own). */
async function everyUserId(context: PullContext): Promise<string[]> {
  const ids: string[] = [];
  let n = 0;
  const first = apiUrl(context.baseUrl, `${USERS}&fields=${encodeURIComponent('nextPageToken,users(id)')}`);
  for await (const fetched of listPages(first, 'page-token', context.http)) {
    context.progress(`google users for tokens: page ${++n}`);
    ids.push(...(userIds.safeParse(fetched.body).data?.users ?? []).map((user) => user.id));
  }
  return ids;
}

const tokens: Pull = {
  kind: 'google-tokens',
  label: "users' third-party OAuth tokens",
  importsEmpty: true,
  download: (context) =>
    explained(context, async () => {
      const ids = await everyUserId(context);
      const notes: string[] = [];
      let records = 0;
      for (const [index, id] of ids.entries()) {
        context.progress(`google tokens ${index + 1}/${ids.length}`);
        let fetched: FetchedPage;
        try {
          fetched = await getPage(apiUrl(context.baseUrl, `/admin/directory/v1/users/${encodeURIComponent(id)}/tokens`), context.http);
        } catch (error) {
          // Deleted since the listing: no tokens of theirs are left to read.
          if (error instanceof VendorApiError && error.failure === 'not-found') {
            notes.push(`a Google user (id ${id}) was deleted while their tokens were read; none imported for them`);
            continue;
          }
          throw error;
        }
        // One file per user, one without "items" too: it says that user has no tokens.
        await context.pages.write(`tokens-${index + 1}.json`, fetched.text);
        records += page.safeParse(fetched.body).data?.items?.length ?? 0;
      }
      return { records, notes };
    }),
};

export const googleConnector: Connector = {
  kind: 'google',
  label: 'Google Workspace',
  defaultUrl: GOOGLE_ADMIN_API,
  org: { label: 'Admin to act as (email)', pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ },
  credential: {
    label: 'Service account key (JSON)',
    hint: "The service account's key file (JSON), as Google Cloud downloads it; the service account needs domain-wide delegation for the two Directory scopes.",
    multiline: true,
  },
  authenticate: googleServiceAccountAuth(GOOGLE_SCOPES),
  checkCredential: checkServiceAccountKey,
  checkPage: googlePageProblem,
  isRateLimited: googleRateLimited,
  pulls: [users, tokens],
  probes: [
    { permission: `${GOOGLE_SCOPES[0]} (domain-wide delegation)`, path: '/admin/directory/v1/users?customer=my_customer&maxResults=1' },
    { permission: `${GOOGLE_SCOPES[1]} (domain-wide delegation)`, path: '/admin/directory/v1/users/{org}/tokens' },
  ],
};
