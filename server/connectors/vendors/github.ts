/**
 * GitHub: an organization's members, its owners (members?role=admin, so roles are known), its
 * outside collaborators and its pending invitations, as the github-members importer reads them from
 * a folder (members-*.json, admins-*.json, outside-collaborators-*.json, invitations-*.json).
 * Personal access token or GitHub App installation auth (github-app.ts); Link header paging.
 * https://docs.github.com/rest/orgs/members
 */
import type { Connector, Pull } from '../connector.js';
import { countOf, downloadListing } from '../download-listing.js';
import { describeUrl, VendorApiError, type FetchedPage } from '../http/vendor-http.js';
import { checkGitHubCredential, githubAuthenticate } from './github-app.js';

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
  label: 'organization members, owners, outside collaborators and pending invitations',
  // The members and owners pages are written even when empty, and the scope is the app's: an
  // organization everyone left marks the accounts an earlier sync read removed.
  importsEmpty: true,
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
    const outside = await explained(
      downloadListing(
        context,
        `/orgs/${org}/outside_collaborators?per_page=${PER_PAGE}`,
        'outside-collaborators',
        'github outside collaborators',
        false,
      ),
      readOrg,
    );
    const invited = await explained(
      downloadListing(context, `/orgs/${org}/invitations?per_page=${PER_PAGE}`, 'invitations', 'github pending invitations', false),
      'pending invitations need admin:org (fine-grained: organization Members, read) and a token of an organization owner',
    );
    return { records: countOf(listed) + countOf(outside) + countOf(invited), notes: [] };
  },
};

export const githubConnector: Connector = {
  kind: 'github',
  label: 'GitHub',
  defaultUrl: 'https://api.github.com',
  org: { label: 'GitHub organization (its login)', pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/ },
  credential: {
    label: 'Token, or GitHub App (JSON)',
    hint: 'A personal access token (classic: read:org and admin:org; fine-grained: organization Members, read), or for a GitHub App installed on the organization with organization Members (read): {"appId": 123456, "privateKey": "<the .pem GitHub generated>", "installationId": 7890123}.',
    multiline: true,
  },
  authenticate: githubAuthenticate,
  checkCredential: checkGitHubCredential,
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
    { permission: 'read:org, to list outside collaborators', path: '/orgs/{org}/outside_collaborators?per_page=1' },
    {
      permission: 'admin:org, as an organization owner (fine-grained: organization Members, read)',
      path: '/orgs/{org}/invitations?per_page=1',
    },
  ],
};
