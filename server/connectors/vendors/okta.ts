/**
 * Okta: users of every status (the default listing leaves DEPROVISIONED out, so it is asked for
 * separately), groups with their members, apps with the users assigned to each ACTIVE one (the
 * okta-app-users folder layout: apps-n.json and <appId>-users-n.json) but Okta's own apps, to which
 * everyone or every admin is assigned, and each user's OAuth consent grants. API token (`SSWS`) or
 * OAuth service app (private_key_jwt, with DPoP when the app requires it) auth, see okta-oauth.ts;
 * Link header paging.
 * https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/listUsers
 */
import { z } from 'zod';
import type { Connector, Pull } from '../connector.js';
import { countOf, downloadListing } from '../download-listing.js';
import { apiUrl } from '../http/api-url.js';
import { listPages } from '../http/paging.js';
import { VendorApiError } from '../http/vendor-http.js';
import { isOktaFirstPartyApp } from '../../ingest/okta-first-party-apps.js';
import { checkOktaCredential, oktaAuthenticate, OKTA_SCOPES } from './okta-oauth.js';

const LIMIT = 200;
/** The most GET /api/v1/apps/{appId}/users gives in one page. */
const APP_USERS_LIMIT = 500;
const records = z.array(z.looseObject({ id: z.string().min(1), status: z.string().optional(), name: z.string().optional() }));
const recordsOf = (pages: unknown[][]): z.output<typeof records> => pages.flatMap((page) => records.safeParse(page).data ?? []);

const users: Pull = {
  kind: 'okta-users',
  label: 'users, every status',
  importsEmpty: true,
  async download(context) {
    const listed = await downloadListing(context, `/api/v1/users?limit=${LIMIT}`, 'users', 'okta users', true);
    const filter = encodeURIComponent('status eq "DEPROVISIONED"');
    const gone = await downloadListing(
      context,
      `/api/v1/users?limit=${LIMIT}&filter=${filter}`,
      'users-deprovisioned',
      'okta deprovisioned users',
      false,
    );
    return { records: countOf(listed) + countOf(gone), notes: [] };
  },
};

const groups: Pull = {
  kind: 'okta-groups',
  label: 'groups with members',
  importsEmpty: true,
  async download(context) {
    const pages = await downloadListing(context, `/api/v1/groups?limit=${LIMIT}`, 'groups', 'okta groups', true);
    const ids = recordsOf(pages).map((group) => group.id);
    let done = 0;
    for (const id of ids) {
      await downloadListing(
        context,
        `/api/v1/groups/${encodeURIComponent(id)}/users?limit=${LIMIT}`,
        `${id}-users`,
        `okta group members ${++done}/${ids.length}`,
        true,
      );
    }
    return { records: ids.length, notes: [] };
  },
};

const appUsers: Pull = {
  kind: 'okta-app-users',
  label: 'app assignments',
  importsEmpty: true,
  async download(context) {
    const pages = await downloadListing(context, `/api/v1/apps?limit=${LIMIT}`, 'apps', 'okta apps', true);
    const apps = recordsOf(pages);
    // Nobody signs in to an INACTIVE app through Okta, and everyone to Okta's own; the importer leaves them out too.
    const active = apps.filter((app) => app.status === 'ACTIVE' && !isOktaFirstPartyApp(app.name));
    const okta = apps.filter((app) => app.status === 'ACTIVE' && isOktaFirstPartyApp(app.name));
    let assigned = 0;
    let done = 0;
    for (const app of active) {
      const listed = await downloadListing(
        context,
        `/api/v1/apps/${encodeURIComponent(app.id)}/users?limit=${APP_USERS_LIMIT}`,
        `${app.id}-users`,
        `okta app users ${++done}/${active.length}`,
        true,
      );
      assigned += countOf(listed);
    }
    const inactive = apps.length - active.length - okta.length;
    const notes = [
      ...(inactive ? [`${inactive} Okta app(s) not ACTIVE: their assignments were not read`] : []),
      ...(okta.length
        ? [`${okta.length} of Okta's own app(s) skipped (Okta Dashboard, Admin Console, Browser Plugin): their assignments were not read`]
        : []),
    ];
    return { records: assigned, notes };
  },
};

const grants: Pull = {
  kind: 'okta-grants',
  label: "users' OAuth consent grants",
  importsEmpty: true,
  async download(context) {
    const ids: string[] = [];
    let n = 0;
    for await (const page of listPages(apiUrl(context.baseUrl, `/api/v1/users?limit=${LIMIT}`), 'link', context.http)) {
      context.progress(`okta users for grants: page ${++n}`);
      ids.push(...recordsOf([Array.isArray(page.body) ? page.body : []]).map((user) => user.id));
    }
    let found = 0;
    let gone = 0;
    let done = 0;
    for (const id of ids) {
      try {
        const listed = await downloadListing(
          context,
          `/api/v1/users/${encodeURIComponent(id)}/grants?expand=scope&limit=${LIMIT}`,
          `${id}-grants`,
          `okta user grants ${++done}/${ids.length}`,
          // An empty [] page per user, so grants all gone are still a listing to import.
          true,
        );
        found += countOf(listed);
      } catch (error) {
        // A user deleted since the listing has no grants left to read.
        if (!(error instanceof VendorApiError) || error.failure !== 'not-found') throw error;
        gone++;
      }
    }
    return { records: found, notes: gone ? [`${gone} Okta user(s) deleted while their grants were read`] : [] };
  },
};

export const oktaConnector: Connector = {
  kind: 'okta',
  label: 'Okta',
  defaultUrl: null,
  credential: {
    label: 'API token, or service app key (JSON)',
    hint: `An API token as Okta shows it once (read-only admin), or for an API services app with public key / private key auth: {"clientId": "0oa…", "privateKey": "<the private key as PEM, or the private JWK>", "keyId": "<the key's KID, optional>"}, with the scopes ${OKTA_SCOPES.join(', ')} granted.`,
    multiline: true,
  },
  authenticate: oktaAuthenticate,
  checkCredential: checkOktaCredential,
  pulls: [users, groups, appUsers, grants],
  probes: [
    { permission: 'okta.users.read', path: '/api/v1/users?limit=1' },
    { permission: 'okta.groups.read', path: '/api/v1/groups?limit=1' },
    { permission: 'okta.apps.read', path: '/api/v1/apps?limit=1' },
  ],
};
