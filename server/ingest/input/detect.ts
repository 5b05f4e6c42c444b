/**
 * Tells early when a file is the wrong kind: each kind's first record (JSON) or header (CSV) must
 * have the fields that kind needs; when it has another kind's fields instead, say which.
 */
import type { ImportKind } from '../model.js';
import { normalizeHeader } from './headers.js';

type JsonRecord = Record<string, unknown>;

function at(record: JsonRecord, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as JsonRecord)[key];
  }
  return current;
}

function has(record: JsonRecord, path: string): boolean {
  return at(record, path) !== undefined;
}

interface JsonSignature {
  label: string;
  /** The fields shown in messages, the ones that identify this kind first. */
  fields: readonly string[];
  test(record: JsonRecord): boolean;
}

const JSON_SIGNATURES: Partial<Record<ImportKind, JsonSignature>> = {
  'okta-users': {
    label: 'an Okta users export (GET /api/v1/users)',
    fields: ['id', 'status', 'profile.login'],
    test: (r) => has(r, 'id') && has(r, 'profile.login'),
  },
  'okta-groups': {
    label: 'an Okta groups export (GET /api/v1/groups)',
    fields: ['id', 'profile.name', 'members'],
    test: (r) => has(r, 'profile.name') && !has(r, 'profile.login') && (has(r, 'members') || has(r, 'type')),
  },
  'okta-app-users': {
    label: 'an Okta app users export (GET /api/v1/apps/{id}/users)',
    fields: ['id', 'scope', 'credentials.userName', 'syncState'],
    test: (r) =>
      (at(r, 'scope') === 'USER' || at(r, 'scope') === 'GROUP') && (has(r, 'credentials') || has(r, 'syncState') || has(r, 'externalId')),
  },
  'okta-grants': {
    label: 'an Okta user grants export (GET /api/v1/users/{id}/grants)',
    fields: ['clientId', 'scopeId', 'userId', 'issuer'],
    test: (r) => has(r, 'clientId') && has(r, 'scopeId'),
  },
  'entra-users': {
    label: 'a Microsoft Graph users export',
    fields: ['id', 'userPrincipalName', 'accountEnabled'],
    test: (r) => has(r, 'userPrincipalName'),
  },
  'entra-app-roles': {
    label: 'a Microsoft Graph appRoleAssignments export',
    fields: ['principalId', 'appRoleId', 'resourceDisplayName'],
    test: (r) => has(r, 'principalId') && has(r, 'appRoleId'),
  },
  'entra-grants': {
    label: 'a Microsoft Graph oauth2PermissionGrants export',
    fields: ['clientId', 'consentType', 'resourceId', 'scope'],
    test: (r) => has(r, 'clientId') && has(r, 'consentType'),
  },
  'google-users': {
    label: 'a Google Directory users export',
    fields: ['id', 'primaryEmail'],
    test: (r) => has(r, 'primaryEmail'),
  },
  'google-tokens': {
    label: 'a Google Directory tokens export',
    fields: ['clientId', 'userKey', 'displayText', 'scopes'],
    test: (r) => has(r, 'clientId') && (has(r, 'userKey') || at(r, 'kind') === 'admin#directory#token'),
  },
  scim: {
    label: 'a SCIM 2.0 Users/Groups listing',
    fields: ['schemas', 'id', 'userName'],
    test: (r) => {
      const schemas = at(r, 'schemas');
      return Array.isArray(schemas) && schemas.some((s) => typeof s === 'string' && s.startsWith('urn:ietf:params:scim:schemas:core:2.0:'));
    },
  },
  'slack-users': {
    label: 'a Slack users.list export',
    fields: ['id', 'name', 'deleted', 'profile'],
    test: (r) => has(r, 'id') && has(r, 'name') && (has(r, 'team_id') || has(r, 'is_bot') || has(r, 'deleted')) && !has(r, 'login'),
  },
  'github-members': {
    label: 'a GitHub organization members / invitations export',
    fields: ['login', 'id', 'role'],
    test: (r) =>
      (has(r, 'login') && (has(r, 'node_id') || has(r, 'site_admin') || has(r, 'role'))) ||
      has(r, 'inviter') ||
      has(r, 'invitation_teams_url') ||
      (has(r, 'user') && has(r, 'state') && has(r, 'role')),
  },
  'atlassian-users': {
    label: 'an Atlassian organization users listing (GET /admin/v1/orgs/{orgId}/users)',
    fields: ['account_id', 'account_status', 'product_access'],
    test: (r) => has(r, 'account_id') && (has(r, 'account_status') || has(r, 'product_access')),
  },
  integrations: {
    label: 'an integrations list',
    fields: ['app', 'integration', 'mode'],
    test: (r) => (has(r, 'integration') && (has(r, 'mode') || has(r, 'app'))) || (has(r, 'name') && has(r, 'mode')),
  },
};

function aKind(kind: ImportKind): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** null when `record` fits `kind`, else the message: "this looks like X, not Y" or what record 0 lacks. */
export function wrongJsonKind(kind: ImportKind, record: JsonRecord): string | null {
  const signature = JSON_SIGNATURES[kind];
  if (!signature || signature.test(record)) return null;
  for (const [other, candidate] of Object.entries(JSON_SIGNATURES)) {
    if (other !== kind && candidate.test(record)) {
      return `this looks like ${candidate.label} (kind ${other}), not ${kind}: its first record has ${candidate.fields.filter((f) => has(record, f)).join(', ')}`;
    }
  }
  const present = signature.fields.filter((f) => has(record, f));
  const keys = Object.keys(record).slice(0, 15).join(', ') || '(none)';
  if (present.length === 0) {
    return `record 0 has none of the fields ${aKind(kind)} record needs (${signature.fields.join(', ')}); its fields are: ${keys}`;
  }
  return `record 0 lacks ${signature.fields.filter((f) => !has(record, f)).join(', ')}, which ${aKind(kind)} record needs (${signature.fields.join(', ')}); its fields are: ${keys}`;
}

interface CsvSignature {
  kind: ImportKind;
  label: string;
  test(columns: ReadonlySet<string>, header: readonly string[]): boolean;
}

const CSV_SIGNATURES: readonly CsvSignature[] = [
  {
    kind: 'atlassian-csv',
    label: 'an Atlassian Cloud user export',
    test: (c, h) =>
      (c.has('userid') && c.has('userstatus')) ||
      h.some((name) => /^\s*last (seen|active) in /i.test(name)) ||
      (c.has('fullname') && c.has('email') && (c.has('groupname') || (c.has('username') && c.has('active')))),
  },
  {
    kind: 'integrations',
    label: 'an integrations list',
    test: (c) => c.has('integration') && (c.has('mode') || c.has('app')),
  },
  {
    kind: 'hr-csv',
    label: 'an HR export',
    test: (c) => ['employeeid', 'employee#', 'employeenumber', 'workerid'].some((name) => c.has(name)),
  },
  {
    kind: 'accounts-csv',
    label: 'an app accounts export',
    test: (c) =>
      ['email', 'accountemail', 'emailaddress', 'useremail'].some((name) => c.has(name)) &&
      ['role', 'status', 'userstatus', 'seattype', 'lastactive'].some((name) => c.has(name)),
  },
];

/** The CSV kind a header row looks like, when one fits and it is not `kind`. */
export function otherCsvKind(kind: ImportKind, header: readonly string[]): { kind: ImportKind; label: string } | null {
  const columns = new Set(header.map(normalizeHeader));
  for (const signature of CSV_SIGNATURES) {
    if (signature.test(columns, header)) return signature.kind === kind ? null : { kind: signature.kind, label: signature.label };
  }
  return null;
}
