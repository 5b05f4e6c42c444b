import type { ManagedTransaction } from 'neo4j-driver';
import { rowsOf, type Graph } from '../../graph/graph.js';
import { limitParam } from '../../graph/values.js';
import { parseJsonObject, type JsonObject } from '../json.js';
import type { IndexHint } from '../listing.js';
import { MAX_RESULTS } from '../list.js';
import { userRowOf, type IdentityProperties, type UserRow } from './user.mapper.js';
import {
  ALL_USERS,
  COUNT_USERS,
  CREATE_USER,
  DELETE_USER,
  LOCK_USER,
  LOGIN_TAKEN,
  PAGE_USERS,
  UPDATE_USER,
  USER_BY_ID,
  USERS_BY_EXTERNAL_ID,
  USERS_BY_LOGIN,
} from './user.queries.js';

/** Core attributes a `eq` filter finds through an index. */
export const USER_INDEXED_ATTRIBUTES = ['id', 'userName', 'externalId'] as const;

/** The Cypher side of SCIM Users. */
export class UserRepository {
  constructor(private readonly graph: Graph) {}

  /** A live user; inside `tx` when given (a write that renders what it wrote). */
  async findById(id: string, tx?: ManagedTransaction): Promise<UserRow | null> {
    const [row] = tx ? rowsOf(await tx.run(USER_BY_ID, { id })) : await this.graph.read(USER_BY_ID, { id }, 'scim-user-get');
    return row ? userRowOf(row) : null;
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read(COUNT_USERS, {}, 'scim-user-count');
    return Number(row?.total ?? 0);
  }

  async page(skip: number, limit: number): Promise<UserRow[]> {
    const rows = await this.graph.read(
      PAGE_USERS,
      { skip: limitParam(skip, Number.MAX_SAFE_INTEGER), limit: limitParam(limit, MAX_RESULTS) },
      'scim-user-page',
    );
    return rows.map(userRowOf);
  }

  async all(): Promise<UserRow[]> {
    return (await this.graph.read(ALL_USERS, {}, 'scim-user-all')).map(userRowOf);
  }

  async byIndex(hint: IndexHint): Promise<UserRow[]> {
    switch (hint.attribute) {
      case 'id': {
        const user = await this.findById(hint.value);
        return user ? [user] : [];
      }
      case 'userName':
        return (await this.graph.read(USERS_BY_LOGIN, { login: hint.value.trim().toLowerCase() }, 'scim-user-by-login')).map(userRowOf);
      case 'externalId':
        return (await this.graph.read(USERS_BY_EXTERNAL_ID, { externalId: hint.value }, 'scim-user-by-external-id')).map(userRowOf);
      default:
        return this.all();
    }
  }

  /** The stored resource of a live user, write-locked for the rest of the transaction. */
  async lock(tx: ManagedTransaction, id: string, now: string): Promise<JsonObject | null> {
    const [row] = rowsOf(await tx.run(LOCK_USER, { id, now }));
    return typeof row?.resource === 'string' ? parseJsonObject(row.resource, `scimResource of Identity ${id}`) : null;
  }

  /** The id of another live SCIM user with this login, if any. */
  async loginTakenBy(tx: ManagedTransaction, login: string, id: string): Promise<string | null> {
    const [row] = rowsOf(await tx.run(LOGIN_TAKEN, { login, id }));
    return typeof row?.id === 'string' ? row.id : null;
  }

  async create(tx: ManagedTransaction, id: string, props: IdentityProperties, now: string): Promise<void> {
    await tx.run(CREATE_USER, { id, props, now });
  }

  async update(tx: ManagedTransaction, id: string, props: IdentityProperties, now: string): Promise<void> {
    await tx.run(UPDATE_USER, { id, props, now });
  }

  async delete(id: string, now: string): Promise<boolean> {
    const rows = await this.graph.write(DELETE_USER, { id, now }, 'scim-user-delete');
    return rows.length > 0;
  }
}
