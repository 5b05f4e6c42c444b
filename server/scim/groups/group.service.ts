import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { now } from '../../config/now.js';
import type { Graph } from '../../graph/graph.js';
import { ScimError, badRequest, notFound } from '../errors.js';
import { attributePaths, type FilterNode } from '../filter/ast.js';
import { isJsonObject, jsonEqual, type JsonObject } from '../json.js';
import { indexHint, listResources } from '../listing.js';
import type { ListQuery, ListResponse } from '../list.js';
import { normalizeResource } from '../normalize.js';
import { applyPatch, parsePatchRequest } from '../patch.js';
import { isReturned, type Selection } from '../projection.js';
import { GROUP_TYPE } from '../schema/resource-types.js';
import { resolveAttribute } from '../schema/resolve.js';
import { groupProperties, memberIdsOf, renderGroup, type GroupRow, type Member } from './group.mapper.js';
import { GROUP_INDEXED_ATTRIBUTES, GroupRepository } from './group.repository.js';

/**
 * SCIM Groups over IdpGroup nodes; membership is kept as MEMBER_OF relationships, not in the stored JSON.
 * displayName need not be unique (RFC 7643 §4.2 gives it uniqueness "none", and Entra ID sends duplicates).
 */
export class ScimGroupService {
  private readonly groups: GroupRepository;

  constructor(private readonly graph: Graph) {
    this.groups = new GroupRepository(graph);
  }

  async list(query: ListQuery, baseUrl: string): Promise<ListResponse> {
    const render = (rows: GroupRow[]): JsonObject[] => rows.map((row) => renderGroup(row, baseUrl));
    const membersShown = isReturned(GROUP_TYPE, query.selection, 'members');
    return listResources(
      GROUP_TYPE,
      {
        count: () => this.groups.count(),
        page: async (skip, limit) => render(await this.groups.page(skip, limit, membersShown)),
        candidates: async (filter: FilterNode) => {
          const hint = indexHint(GROUP_TYPE, filter, GROUP_INDEXED_ATTRIBUTES);
          return render(await this.groups.find(hint, membersShown || mentionsMembers(filter)));
        },
      },
      query,
    );
  }

  async get(id: string, selection: Selection, baseUrl: string): Promise<JsonObject> {
    const row = await this.groups.findById(id, isReturned(GROUP_TYPE, selection, 'members'));
    if (!row) throw groupNotFound(id);
    return renderGroup(row, baseUrl);
  }

  async create(body: unknown, baseUrl: string): Promise<JsonObject> {
    const resource = normalizeResource(GROUP_TYPE, body);
    const id = randomUUID();
    const at = now().toISOString();
    const stored: JsonObject = { ...withoutMembers(resource), meta: { resourceType: 'Group', created: at, lastModified: at } };
    const memberIds = memberIdsOf(resource);
    const row = await this.graph.executeWrite(async (tx) => {
      await this.assertUsers(tx, memberIds);
      await this.groups.create(tx, id, groupProperties(stored), at);
      await this.groups.addMembers(tx, id, memberIds, at);
      return this.groups.findById(id, true, tx);
    }, 'scim-group-write');
    if (!row) throw groupNotFound(id);
    return renderGroup(row, baseUrl);
  }

  async replace(id: string, body: unknown, baseUrl: string): Promise<JsonObject> {
    const resource = normalizeResource(GROUP_TYPE, body);
    return renderGroup(await this.save(id, () => resource), baseUrl);
  }

  /**
   * Applies a PatchOp. With a selection (the request had attributes / excludedAttributes) the
   * group is returned; without, null (204), so membership changes to large groups stay cheap.
   */
  async patch(id: string, body: unknown, baseUrl: string, selection: Selection | null): Promise<JsonObject | null> {
    const operations = parsePatchRequest(body);
    const withMembers = selection !== null && isReturned(GROUP_TYPE, selection, 'members');
    const row = await this.save(id, (current) => normalizeResource(GROUP_TYPE, applyPatch(GROUP_TYPE, current, operations)), withMembers);
    return selection === null ? null : renderGroup(row, baseUrl);
  }

  async delete(id: string): Promise<void> {
    if (!(await this.groups.delete(id, now().toISOString()))) throw groupNotFound(id);
  }

  /**
   * Read-modify-write under the group's write lock: `change` sees the stored resource with its
   * current members, and the membership difference is written as relationships.
   */
  private async save(id: string, change: (current: JsonObject) => JsonObject, withMembers = true): Promise<GroupRow> {
    const row = await this.graph.executeWrite(async (tx) => {
      const at = now().toISOString();
      const current = await this.groups.lock(tx, id, at);
      if (!current) throw groupNotFound(id);
      const members = await this.groups.members(tx, id);
      const { meta, ...document } = current;
      if (members.length > 0) document.members = members.map(memberElement);
      const resource = change(document);
      const wanted = memberIdsOf(resource);
      const wantedSet = new Set(wanted);
      const currentSet = new Set(members.map((member) => member.id));
      const added = wanted.filter((memberId) => !currentSet.has(memberId));
      const removed = [...currentSet].filter((memberId) => !wantedSet.has(memberId));
      // Adding what is already there changes nothing, so meta.lastModified stays (RFC 7644 §3.5.2.1).
      const unchanged = added.length === 0 && removed.length === 0 && jsonEqual(withoutMembers(resource), withoutMembers(document));
      if (unchanged) return this.groups.findById(id, withMembers, tx);
      const stored: JsonObject = {
        ...withoutMembers(resource),
        meta: { ...(isJsonObject(meta) ? meta : {}), resourceType: 'Group', lastModified: at },
      };
      await this.assertUsers(tx, added);
      await this.groups.update(tx, id, groupProperties(stored), at);
      await this.groups.addMembers(tx, id, added, at);
      await this.groups.removeMembers(tx, id, removed, at);
      return this.groups.findById(id, withMembers, tx);
    }, 'scim-group-write');
    if (!row) throw groupNotFound(id);
    return row;
  }

  private async assertUsers(tx: ManagedTransaction, ids: string[]): Promise<void> {
    const missing = await this.groups.missingUsers(tx, ids);
    if (missing.length > 0) {
      const listed = missing
        .slice(0, 5)
        .map((memberId) => `"${memberId}"`)
        .join(', ');
      const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
      throw badRequest('invalidValue', `members must be existing Users; no User has the id ${listed}${more}`);
    }
  }
}

function withoutMembers(resource: JsonObject): JsonObject {
  const copy = { ...resource };
  delete copy.members;
  return copy;
}

function memberElement(member: Member): JsonObject {
  return { value: member.id, ...(member.displayName ? { display: member.displayName } : {}), type: 'User' };
}

function mentionsMembers(filter: FilterNode): boolean {
  return attributePaths(filter).some(({ path, parent }) => {
    if (parent) return false;
    const resolved = resolveAttribute(GROUP_TYPE, path);
    return resolved?.def.name === 'members';
  });
}

function groupNotFound(id: string): ScimError {
  return notFound(`Group "${id}" not found`);
}
