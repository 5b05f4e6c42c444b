import { ApolloServer } from '@apollo/server';
import type { ApiContext } from '../../server/api/context.js';
import { buildApiSchema } from '../../server/api/schema.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { Viewer } from '../../server/auth/viewer.js';
import type { Graph } from '../../server/graph/graph.js';
import { TEST_NOW } from './demo.js';

export interface GraphQLResult<T> {
  data: T | null;
  errors: { message: string; extensions?: Record<string, unknown> }[] | null;
}

/** A signed-in admin, the viewer of API tests that are not about access control. */
export const TEST_ADMIN: Viewer = {
  userId: 'test-admin',
  email: 'admin@test.example',
  displayName: 'Test Admin',
  role: 'admin',
  personId: null,
};

/** Runs operations in-process through Apollo, as the HTTP endpoint would, as `viewer` (an admin unless told). */
export async function apiClient(
  graph: Graph,
  viewer: Viewer | null = TEST_ADMIN,
): Promise<<T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>> {
  const server = new ApolloServer<ApiContext>({ schema: await buildApiSchema() });
  const catalog = loadCatalog();
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> => {
    const response = await server.executeOperation<T & Record<string, unknown>>(
      { query, variables },
      { contextValue: { graph, catalog, now: new Date(TEST_NOW), viewer } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return {
      data: (data as T | null | undefined) ?? null,
      errors: errors ? errors.map((e) => ({ message: e.message, extensions: e.extensions })) : null,
    };
  };
}
