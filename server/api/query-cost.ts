import { getNamedType, isLeafType, type DocumentNode, type GraphQLSchema } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity/cjs';
import { createRequire } from 'node:module';

// Required as CommonJS: its ES build imports graphql's .mjs files, another copy of graphql than the
// schema's, and Node (unlike vite) cannot name the CommonJS build's re-exports in an import.
const { fieldExtensionsEstimator, getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

/**
 * What a query costs, roughly the rows and queries it makes the database read: 1 per object or
 * list field (scalars are read with their object), × `first` or `last` for a page (from variables
 * and defaults too), and HEAVY_FIELD_COST for a field that aggregates a whole campaign or walks the
 * graph (declared with `complexity` on its resolver).
 */
export const HEAVY_FIELD_COST = 250;
/**
 * The campaign page, the dashboard's costliest query, costs about 1,950 (five heavy fields and 100
 * review items); a page of 200 findings or review items about 1,400. More than twelve heavy fields
 * in one query are refused.
 */
export const MAX_QUERY_COST = 3000;

/** `first: n` / `last: n` multiply the page's cost by n. */
const pagedEstimator: QueryComplexity.ComplexityEstimator = ({ args, childComplexity }) => {
  const size: unknown = args.first ?? args.last;
  if (typeof size === 'number') return (1 + childComplexity) * Math.max(1, size);
  return undefined;
};

const fieldEstimator: QueryComplexity.ComplexityEstimator = ({ field, childComplexity }) =>
  isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity;

/**
 * The cost of the operation as it will run, with its variables. Throws a GraphQLError when the
 * variables do not fit the operation (graphql would refuse them the same way).
 */
export function operationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), pagedEstimator, fieldEstimator],
  });
}
