/**
 * Okta: users of every status (the default listing leaves DEPROVISIONED out, so it is asked for
 * separately), and groups with their members. API token (`SSWS`) auth; Link header paging.
 * https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/listUsers
 */
import { z } from 'zod';
import { API_TOKEN, staticHeaders, type Connector, type Pull } from '../connector.js';
import { countOf, downloadListing } from '../download-listing.js';

const LIMIT = 200;
const groupIds = z.array(z.looseObject({ id: z.string().min(1) }));

const users: Pull = {
  kind: 'okta-users',
  label: 'users, every status',
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
  async download(context) {
    const pages = await downloadListing(context, `/api/v1/groups?limit=${LIMIT}`, 'groups', 'okta groups', true);
    const ids = pages.flatMap((records) => groupIds.safeParse(records).data ?? []).map((group) => group.id);
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

export const oktaConnector: Connector = {
  kind: 'okta',
  label: 'Okta',
  defaultUrl: null,
  credential: API_TOKEN,
  authenticate: staticHeaders((token) => ({ authorization: `SSWS ${token}` })),
  pulls: [users, groups],
  probes: [
    { permission: 'okta.users.read', path: '/api/v1/users?limit=1' },
    { permission: 'okta.groups.read', path: '/api/v1/groups?limit=1' },
  ],
};
