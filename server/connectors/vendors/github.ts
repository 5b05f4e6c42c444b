/**
 * GitHub: an organization's members, its owners (members?role=admin, so roles are known) and its
 * pending invitations, as the github-members importer reads them from a folder (members-*.json,
 * admins-*.json, invitations-*.json). Token auth (Bearer); Link header paging. Outside
 * collaborators are not pulled: the importer would read them as members.
 * https://docs.github.com/rest/orgs/members
 */
import { API_TOKEN, staticHeaders, type Connector, type Pull } from '../connector.js';
import { countOf, downloadListing } from '../download-listing.js';
import { describeUrl, VendorApiError, type FetchedPage } from '../http/vendor-http.js';

const PER_PAGE = 100;
const ORG_SCOPES = ['read:org', 'write:org', 'admin:org'];

/** A classic token names its scopes in X-OAuth-Scopes (fine-grained tokens send none). */
function classicScopes(page: Pick<FetchedPage, 'headers'>): string[] | null {
  const header = page.headers.get('x-oauth-scopes');
  return header === null ? null : header.split(',').map((scope) => scope.trim());
}

/** Without read:org GitHub still answers the members listing, with the public members only: not a complete listing. */
function publicMembersOnly(page: FetchedPage): boolean {
  const scopes = classicScopes(page);
  return /\/orgs\/[^/]+\/members$/.test(new URL(page.url).pathname) && scopes !== null && !scopes.some((s) => ORG_SCOPES.includes(s));
}

/** GitHub answers 404 for an organization it hides from the token as for one that does not exist, and 403 for a missing scope; a revoked token (401) needs no hint. */
async function explained<T>(work: Promise<T>, hint: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof VendorApiError && (error.failure === 'auth' || error.failure === 'not-found') && error.status !== 401)
      throw new VendorApiError(`${error.message}; ${hint}`, error.failure, error.status);
    throw error;
  }
}

const members: Pull = {
  kind: 'github-members',
  label: 'organization members, owners and pending invitations',
  async download(context) {
    if (!context.org) throw new VendorApiError('the connection names no organization (--org)', 'refused', null);
    const org = encodeURIComponent(context.org);
    const readOrg = `is the organization "${context.org}" right, and does the token have read:org?`;
    const listed = await explained(
      downloadListing(context, `/orgs/${org}/members?per_page=${PER_PAGE}`, 'members', 'github members', true),
      readOrg,
    );
    // Written even when empty: an admins listing tells the importer every other member is a plain Member.
    await explained(
      downloadListing(context, `/orgs/${org}/members?role=admin&per_page=${PER_PAGE}`, 'admins', 'github owners', true),
      readOrg,
    );
    const invited = await explained(
      downloadListing(context, `/orgs/${org}/invitations?per_page=${PER_PAGE}`, 'invitations', 'github pending invitations', false),
      'pending invitations need admin:org (fine-grained: organization Members, read) and a token of an organization owner',
    );
    return { records: countOf(listed) + countOf(invited), notes: [] };
  },
};

export const githubConnector: Connector = {
  kind: 'github',
  label: 'GitHub',
  defaultUrl: 'https://api.github.com',
  org: { label: 'GitHub organization (its login)', pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/ },
  credential: API_TOKEN,
  authenticate: staticHeaders((token) => ({
    authorization: `Bearer ${token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
  })),
  checkPage: (page) =>
    publicMembersOnly(page)
      ? new VendorApiError(
          `${describeUrl(page.url)}: the token lacks read:org, so GitHub lists public members only; grant read:org`,
          'auth',
          null,
        )
      : null,
  pulls: [members],
  probes: [
    { permission: 'read:org (fine-grained: organization Members, read)', path: '/orgs/{org}/members?per_page=1' },
    {
      permission: 'admin:org, as an organization owner (fine-grained: organization Members, read)',
      path: '/orgs/{org}/invitations?per_page=1',
    },
  ],
};
