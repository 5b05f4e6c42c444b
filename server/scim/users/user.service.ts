import { randomUUID } from 'node:crypto';
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { now } from '../../config/now.js';
import type { Graph } from '../../graph/graph.js';
import { ScimError, notFound } from '../errors.js';
import type { FilterNode } from '../filter/ast.js';
import { isJsonObject, jsonEqual, type JsonObject } from '../json.js';
import { indexHint, listResources } from '../listing.js';
import type { ListQuery, ListResponse } from '../list.js';
import { normalizeResource } from '../normalize.js';
import { applyPatch, parsePatchRequest } from '../patch.js';
import { USER_TYPE } from '../schema/resource-types.js';
import { identityProperties, renderUser, type UserRow } from './user.mapper.js';
import { USER_INDEXED_ATTRIBUTES, UserRepository } from './user.repository.js';

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** SCIM Users over Identity nodes: validation, PATCH semantics, userName uniqueness, rendering. */
export class ScimUserService {
  private readonly users: UserRepository;

  constructor(private readonly graph: Graph) {
    this.users = new UserRepository(graph);
  }

  async list(query: ListQuery, baseUrl: string): Promise<ListResponse> {
    const render = (rows: UserRow[]): JsonObject[] => rows.map((row) => renderUser(row, baseUrl));
    return listResources(
      USER_TYPE,
      {
        count: () => this.users.count(),
        page: async (skip, limit) => render(await this.users.page(skip, limit)),
        candidates: async (filter: FilterNode) => {
          const hint = indexHint(USER_TYPE, filter, USER_INDEXED_ATTRIBUTES);
          return render(hint ? await this.users.byIndex(hint) : await this.users.all());
        },
      },
      query,
    );
  }

  async get(id: string, baseUrl: string): Promise<JsonObject> {
    const row = await this.users.findById(id);
    if (!row) throw userNotFound(id);
    return renderUser(row, baseUrl);
  }

  async create(body: unknown, baseUrl: string): Promise<JsonObject> {
    const resource = normalizeResource(USER_TYPE, body);
    const id = randomUUID();
    const at = now().toISOString();
    const stored: JsonObject = { ...resource, meta: { resourceType: 'User', created: at, lastModified: at } };
    const props = identityProperties(resource, stored);
    const row = await this.write(resource, async (tx) => {
      await this.assertLoginFree(tx, props.login, id, resource);
      await this.users.create(tx, id, props, at);
      return this.users.findById(id, tx);
    });
    if (!row) throw userNotFound(id);
    return renderUser(row, baseUrl);
  }

  async replace(id: string, body: unknown, baseUrl: string): Promise<JsonObject> {
    const resource = normalizeResource(USER_TYPE, body);
    return renderUser(await this.save(id, () => resource), baseUrl);
  }

  async patch(id: string, body: unknown, baseUrl: string): Promise<JsonObject> {
    const operations = parsePatchRequest(body);
    return renderUser(await this.save(id, (current) => normalizeResource(USER_TYPE, applyPatch(USER_TYPE, current, operations))), baseUrl);
  }

  /** Marks the identity removed and deprovisioned; it then 404s and leaves every list. */
  async delete(id: string): Promise<void> {
    if (!(await this.users.delete(id, now().toISOString()))) throw userNotFound(id);
  }

  /** Read-modify-write of one user in one transaction, under the user's write lock. */
  private async save(id: string, change: (current: JsonObject) => JsonObject): Promise<UserRow> {
    let resource: JsonObject = {};
    const row = await this.write(
      () => resource,
      async (tx) => {
        const at = now().toISOString();
        const current = await this.users.lock(tx, id, at);
        if (!current) throw userNotFound(id);
        const { meta, ...document } = current;
        resource = change(document);
        // Adding what is already there changes nothing, so meta.lastModified stays (RFC 7644 §3.5.2.1).
        if (jsonEqual(resource, document)) return this.users.findById(id, tx);
        const stored: JsonObject = { ...resource, meta: { ...(isJsonObject(meta) ? meta : {}), resourceType: 'User', lastModified: at } };
        const props = identityProperties(resource, stored);
        await this.assertLoginFree(tx, props.login, id, resource);
        await this.users.update(tx, id, props, at);
        return this.users.findById(id, tx);
      },
    );
    if (!row) throw userNotFound(id);
    return row;
  }

  private async assertLoginFree(tx: ManagedTransaction, login: string, id: string, resource: JsonObject): Promise<void> {
    const holder = await this.users.loginTakenBy(tx, login, id);
    if (holder) throw duplicateUserName(resource, holder);
  }

  private async write<T>(resource: JsonObject | (() => JsonObject), work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    try {
      return await this.graph.executeWrite(work, 'scim-user-write');
    } catch (error) {
      // With the optional constraint on Identity.scimUserName, a concurrent duplicate fails at commit.
      if (error instanceof Neo4jError && error.code === CONSTRAINT_FAILED) {
        throw duplicateUserName(typeof resource === 'function' ? resource() : resource, null);
      }
      throw error;
    }
  }
}

function userNotFound(id: string): ScimError {
  return notFound(`User "${id}" not found`);
}

function duplicateUserName(resource: JsonObject, holder: string | null): ScimError {
  const userName = typeof resource.userName === 'string' ? resource.userName : '';
  const by = holder ? ` by User "${holder}"` : '';
  return new ScimError(409, 'uniqueness', `userName "${userName}" is already taken${by} (userName is unique, ignoring case)`);
}
