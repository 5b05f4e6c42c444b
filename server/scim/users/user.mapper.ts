import { isJsonObject, parseJsonObject, type JsonObject, type JsonValue } from '../json.js';
import type { Row } from '../../graph/graph.js';
import { ENTERPRISE_USER_URN, USER_URN } from '../schema/urns.js';

export interface UserRow {
  id: string;
  /** The stored resource: schemas, attributes, meta without location. */
  resource: JsonObject;
  groups: { id: string; name: string }[];
}

export type IdentityStatus = 'active' | 'suspended';

/** Identity properties derived from a SCIM User, next to the stored resource itself. */
export interface IdentityProperties {
  [key: string]: string | null;
  login: string;
  scimUserName: string;
  email: string | null;
  displayName: string;
  employeeNumber: string | null;
  manager: string | null;
  status: IdentityStatus;
  externalId: string | null;
  scimResource: string;
}

export function userRowOf(row: Row): UserRow {
  const id = row.id;
  const resource = row.resource;
  if (typeof id !== 'string' || typeof resource !== 'string') throw new Error('a SCIM user row needs id and resource');
  const groups = Array.isArray(row.groups) ? row.groups : [];
  return {
    id,
    resource: parseJsonObject(resource, `scimResource of Identity ${id}`),
    groups: groups.flatMap((group) =>
      isJsonObject(group) && typeof group.id === 'string' ? [{ id: group.id, name: typeof group.name === 'string' ? group.name : '' }] : [],
    ),
  };
}

const text = (value: JsonValue | undefined): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const object = (value: JsonValue | undefined): JsonObject => (isJsonObject(value) ? value : {});

/** The primary email, else the work email, else the first one. */
export function primaryEmail(resource: JsonObject): string | null {
  const emails = (Array.isArray(resource.emails) ? resource.emails : []).filter(isJsonObject);
  const chosen =
    emails.find((email) => email.primary === true && text(email.value)) ??
    emails.find((email) => typeof email.type === 'string' && email.type.toLowerCase() === 'work' && text(email.value)) ??
    emails.find((email) => text(email.value));
  return chosen ? text(chosen.value) : null;
}

/** What the rest of Attest reads from a SCIM user: login, email, employeeNumber link it to a person (server/reconcile). */
export function identityProperties(resource: JsonObject, stored: JsonObject): IdentityProperties {
  const userName = text(resource.userName) ?? '';
  const login = userName.toLowerCase();
  const name = object(resource.name);
  const fullName = [text(name.givenName), text(name.familyName)].filter((part): part is string => part !== null).join(' ');
  const enterprise = object(resource[ENTERPRISE_USER_URN]);
  return {
    login,
    scimUserName: login,
    email: primaryEmail(resource),
    displayName: text(resource.displayName) ?? text(name.formatted) ?? (fullName || userName),
    employeeNumber: text(enterprise.employeeNumber),
    manager: text(object(enterprise.manager).value),
    status: resource.active === false ? 'suspended' : 'active',
    externalId: text(resource.externalId),
    scimResource: JSON.stringify(stored),
  };
}

/** The resource as GET returns it: id, the stored attributes, groups from the graph, meta with location. */
export function renderUser(row: UserRow, baseUrl: string): JsonObject {
  const { schemas, meta, ...attributes } = row.resource;
  const output: JsonObject = { schemas: schemas ?? [USER_URN], id: row.id, ...attributes };
  if (row.groups.length > 0) {
    output.groups = row.groups.map((group) => ({
      value: group.id,
      $ref: `${baseUrl}/Groups/${group.id}`,
      display: group.name,
      type: 'direct',
    }));
  }
  output.meta = { ...object(meta), resourceType: 'User', location: `${baseUrl}/Users/${row.id}` };
  return output;
}
