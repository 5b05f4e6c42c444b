/**
 * Atlassian: an organization's users with their product access and last active dates
 * (GET /admin/v1/orgs/{orgId}/users), as pages of { data, links } for the atlassian-users importer.
 * Organization API key (Bearer); paging by links.next, which Atlassian documents as the cursor and
 * has answered as the next page's URL: both are followed, a URL only on the API's own host.
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-users/
 */
import { z } from 'zod';
import { staticHeaders, type Connector, type Pull } from '../connector.js';
import { apiUrl } from '../http/api-url.js';
import { listPages } from '../http/paging.js';
import { describeUrl, VendorApiError, type FetchedPage } from '../http/vendor-http.js';

const usersPage = z.looseObject({
  data: z.array(z.unknown()),
  links: z.looseObject({ next: z.string().nullish() }).optional(),
});

/** A 200 answer that is not a users page, or whose links.next could not be followed, is refused: a partial listing must not pass as complete. */
export function atlassianPageProblem(page: FetchedPage): VendorApiError | null {
  const parsed = usersPage.safeParse(page.body);
  if (parsed.success) return null;
  const where = describeUrl(page.url);
  const links: unknown = z.looseObject({ links: z.unknown() }).safeParse(page.body).data?.links;
  const next: unknown = z.looseObject({ next: z.unknown() }).safeParse(links).data?.next;
  if (next !== undefined && next !== null && typeof next !== 'string')
    return new VendorApiError(
      `${where} answered a links.next that is not a string (${JSON.stringify(next)}); not followed`,
      'refused',
      null,
    );
  return new VendorApiError(`${where} answered something other than a page of users ({ "data": [...], "links": {...} })`, 'refused', null);
}

/** Atlassian answers 403 for a key of another organization and 404 for an organization it does not know. */
async function explained<T>(work: Promise<T>, org: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof VendorApiError && (error.status === 403 || error.status === 404))
      throw new VendorApiError(
        `${error.message}; is "${org}" the organization's id, and was the API key created in that organization?`,
        error.failure,
        error.status,
      );
    throw error;
  }
}

const users: Pull = {
  kind: 'atlassian-users',
  label: 'organization users with product access and last active dates',
  // Every page is written, an empty one too, and its links.self names the organization the import's scope is.
  importsEmpty: true,
  async download(context) {
    if (!context.org) throw new VendorApiError('the connection names no Atlassian organization id (--org)', 'refused', null);
    const first = apiUrl(context.baseUrl, `/admin/v1/orgs/${encodeURIComponent(context.org)}/users`);
    let records = 0;
    let n = 0;
    const walk = async (): Promise<void> => {
      for await (const page of listPages(first, 'links-next', context.http)) {
        n++;
        context.progress(`atlassian users: page ${n}`);
        // Every page is written: the last one, without links.next, is what says the listing is complete.
        await context.pages.write(`users-${n}.json`, page.text);
        records += usersPage.safeParse(page.body).data?.data.length ?? 0;
      }
    };
    await explained(walk(), context.org);
    return { records, notes: [] };
  },
};

export const atlassianConnector: Connector = {
  kind: 'atlassian',
  label: 'Atlassian',
  defaultUrl: 'https://api.atlassian.com',
  org: { label: 'Atlassian organization id', pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/ },
  credential: {
    label: 'Organization API key',
    hint: 'The API key from Atlassian Administration > Settings > API keys, as it is shown once when created.',
    multiline: false,
  },
  authenticate: staticHeaders((key) => ({ authorization: `Bearer ${key}` })),
  checkPage: atlassianPageProblem,
  pulls: [users],
  probes: [{ permission: 'an organization API key of this organization (Settings > API keys)', path: '/admin/v1/orgs/{org}/users' }],
};
