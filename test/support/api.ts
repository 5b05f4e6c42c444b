import { ApolloServer } from '@apollo/server';
import type { ApiContext } from '../../server/api/context.js';
import { buildApiSchema } from '../../server/api/schema.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { Graph } from '../../server/graph/graph.js';
import { TEST_NOW } from './demo.js';

export interface GraphQLResult<T> {
  data: T | null;
  errors: { message: string; extensions?: Record<string, unknown> }[] | null;
}

/** Runs operations in-process through Apollo, as the HTTP endpoint would. */
export async function apiClient(graph: Graph): Promise<<T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>> {
  const server = new ApolloServer<ApiContext>({ schema: await buildApiSchema() });
  const catalog = loadCatalog();
  return async <T,>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> => {
    const response = await server.executeOperation<T & Record<string, unknown>>(
      { query, variables },
      { contextValue: { graph, catalog, now: new Date(TEST_NOW) } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return {
      data: (data as T | null | undefined) ?? null,
      errors: errors ? errors.map((e) => ({ message: e.message, extensions: e.extensions as Record<string, unknown> | undefined })) : null,
    };
  };
}
