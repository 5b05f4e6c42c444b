import type { Row } from '../../graph/graph.js';
import { badRequest } from '../errors.js';
import { isJsonObject, parseJsonObject, type JsonObject, type JsonValue } from '../json.js';
import { GROUP_URN } from '../schema/urns.js';

export interface Member {
  id: string;
  displayName: string | null;
}

export interface GroupRow {
  id: string;
  /** The stored resource without members: schemas, attributes, meta without location. */
  resource: JsonObject;
  /** Null when the members were not read. */
  members: Member[] | null;
}

export interface GroupProperties {
  [key: string]: string | null;
  name: string;
  externalId: string | null;
  scimResource: string;
}

export function groupRowOf(row: Row): GroupRow {
  const id = row.id;
  const resource = row.resource;
  if (typeof id !== 'string' || typeof resource !== 'string') throw new Error('a SCIM group row needs id and resource');
  return { id, resource: parseJsonObject(resource, `scimResource of IdpGroup ${id}`), members: null };
}

export function membersOf(value: JsonValue | undefined): Member[] {
  return (Array.isArray(value) ? value : []).flatMap((member) =>
    isJsonObject(member) && typeof member.id === 'string'
      ? [{ id: member.id, displayName: typeof member.displayName === 'string' ? member.displayName : null }]
      : [],
  );
}

/** The member ids a resource lists, once each. Only Users can be members. */
export function memberIdsOf(resource: JsonObject): string[] {
  const members = Array.isArray(resource.members) ? resource.members : [];
  const ids = new Set<string>();
  members.forEach((member, index) => {
    if (!isJsonObject(member) || typeof member.value !== 'string' || member.value === '') {
      throw badRequest('invalidValue', `'members[${index}].value' must be the id of a User`);
    }
    if (typeof member.type === 'string' && member.type.toLowerCase() !== 'user') {
      throw badRequest(
        'invalidValue',
        `'members[${index}]' has type "${member.type}": only Users can be members (nested groups are not supported)`,
      );
    }
    ids.add(member.value);
  });
  return [...ids];
}

export function groupProperties(stored: JsonObject): GroupProperties {
  return {
    name: typeof stored.displayName === 'string' ? stored.displayName : '',
    externalId: typeof stored.externalId === 'string' ? stored.externalId : null,
    scimResource: JSON.stringify(stored),
  };
}

export function memberJson(member: Member, baseUrl: string): JsonObject {
  return {
    value: member.id,
    $ref: `${baseUrl}/Users/${member.id}`,
    ...(member.displayName ? { display: member.displayName } : {}),
    type: 'User',
  };
}

/** The resource as GET returns it; members only when they were read. */
export function renderGroup(row: GroupRow, baseUrl: string): JsonObject {
  const { schemas, meta, ...attributes } = row.resource;
  const output: JsonObject = { schemas: schemas ?? [GROUP_URN], id: row.id, ...attributes };
  if (row.members && row.members.length > 0) output.members = row.members.map((member) => memberJson(member, baseUrl));
  output.meta = { ...(isJsonObject(meta) ? meta : {}), resourceType: 'Group', location: `${baseUrl}/Groups/${row.id}` };
  return output;
}
