import type { ManagedTransaction } from 'neo4j-driver';
import { rowsOf, type Graph } from '../../graph/graph.js';
import { limitParam } from '../../graph/values.js';
import { parseJsonObject, type JsonObject } from '../json.js';
import type { IndexHint } from '../listing.js';
import { MAX_RESULTS } from '../list.js';
import { groupRowOf, membersOf, type GroupProperties, type GroupRow, type Member } from './group.mapper.js';
import {
  ADD_MEMBERS,
  ALL_GROUPS,
  COUNT_GROUPS,
  CREATE_GROUP,
  DELETE_GROUP,
  GROUP_BY_ID,
  GROUPS_BY_EXTERNAL_ID,
  GROUPS_BY_NAME,
  LOCK_GROUP,
  MEMBERS_OF,
  MISSING_USERS,
  PAGE_GROUPS,
  REMOVE_MEMBERS,
  UPDATE_GROUP,
} from './group.queries.js';

/** Core attributes a `eq` filter finds without reading every group. */
export const GROUP_INDEXED_ATTRIBUTES = ['id', 'displayName', 'externalId'] as const;

type Runner = Pick<ManagedTransaction, 'run'>;

/** The Cypher side of SCIM Groups. Reads that need members read them in the same transaction. */
export class GroupRepository {
  constructor(private readonly graph: Graph) {}

  async findById(id: string, withMembers: boolean, tx?: ManagedTransaction): Promise<GroupRow | null> {
    const work = async (runner: Runner): Promise<GroupRow | null> => {
      const [row] = rowsOf(await runner.run(GROUP_BY_ID, { id }));
      if (!row) return null;
      const [group] = await this.withMembers(runner, [groupRowOf(row)], withMembers);
      return group ?? null;
    };
    return tx ? work(tx) : this.graph.executeRead(work, 'scim-group-get');
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read(COUNT_GROUPS, {}, 'scim-group-count');
    return Number(row?.total ?? 0);
  }

  async page(skip: number, limit: number, withMembers: boolean): Promise<GroupRow[]> {
    return this.graph.executeRead(async (tx) => {
      const rows = rowsOf(
        await tx.run(PAGE_GROUPS, { skip: limitParam(skip, Number.MAX_SAFE_INTEGER), limit: limitParam(limit, MAX_RESULTS) }),
      );
      return this.withMembers(tx, rows.map(groupRowOf), withMembers);
    }, 'scim-group-page');
  }

  async find(hint: IndexHint | null, withMembers: boolean): Promise<GroupRow[]> {
    return this.graph.executeRead(async (tx) => {
      let rows;
      switch (hint?.attribute) {
        case 'id':
          rows = rowsOf(await tx.run(GROUP_BY_ID, { id: hint.value }));
          break;
        case 'displayName':
          rows = rowsOf(await tx.run(GROUPS_BY_NAME, { name: hint.value.toLowerCase() }));
          break;
        case 'externalId':
          rows = rowsOf(await tx.run(GROUPS_BY_EXTERNAL_ID, { externalId: hint.value }));
          break;
        default:
          rows = rowsOf(await tx.run(ALL_GROUPS));
      }
      return this.withMembers(tx, rows.map(groupRowOf), withMembers);
    }, 'scim-group-find');
  }

  async members(tx: Runner, groupId: string): Promise<Member[]> {
    const [row] = rowsOf(await tx.run(MEMBERS_OF, { groupIds: [groupId] }));
    return membersOf(row?.members);
  }

  async lock(tx: ManagedTransaction, id: string, now: string): Promise<JsonObject | null> {
    const [row] = rowsOf(await tx.run(LOCK_GROUP, { id, now }));
    return typeof row?.resource === 'string' ? parseJsonObject(row.resource, `scimResource of IdpGroup ${id}`) : null;
  }

  /** Of `ids`, those that are not live SCIM users. */
  async missingUsers(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const [row] = rowsOf(await tx.run(MISSING_USERS, { ids }));
    const missing = row?.missing;
    return Array.isArray(missing) ? missing.filter((id): id is string => typeof id === 'string') : [];
  }

  async create(tx: ManagedTransaction, id: string, props: GroupProperties, now: string): Promise<void> {
    await tx.run(CREATE_GROUP, { id, props, now });
  }

  async update(tx: ManagedTransaction, id: string, props: GroupProperties, now: string): Promise<void> {
    await tx.run(UPDATE_GROUP, { id, props, now });
  }

  async addMembers(tx: ManagedTransaction, id: string, memberIds: string[], now: string): Promise<void> {
    if (memberIds.length > 0) await tx.run(ADD_MEMBERS, { id, memberIds, now });
  }

  async removeMembers(tx: ManagedTransaction, id: string, memberIds: string[], now: string): Promise<void> {
    if (memberIds.length > 0) await tx.run(REMOVE_MEMBERS, { id, memberIds, now });
  }

  async delete(id: string, now: string): Promise<boolean> {
    const rows = await this.graph.write(DELETE_GROUP, { id, now }, 'scim-group-delete');
    return rows.length > 0;
  }

  private async withMembers(tx: Runner, groups: GroupRow[], withMembers: boolean): Promise<GroupRow[]> {
    if (!withMembers || groups.length === 0) return groups;
    const rows = rowsOf(await tx.run(MEMBERS_OF, { groupIds: groups.map((group) => group.id) }));
    const byGroup = new Map(rows.map((row) => [row.groupId, membersOf(row.members)]));
    return groups.map((group) => ({ ...group, members: byGroup.get(group.id) ?? [] }));
  }
}
