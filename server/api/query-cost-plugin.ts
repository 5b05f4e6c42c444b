import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ApiContext } from './context.js';
import type { ErrorCode } from './errors.js';
import { HEAVY_FIELD_COST, MAX_QUERY_COST, operationCost } from './query-cost.js';

/** Heavy queries (costing at least one heavy field) one user may have running at once; more are refused with 429. */
export const MAX_HEAVY_QUERIES_PER_USER = 3;

/**
 * Refuses an operation whose cost with its variables is over MAX_QUERY_COST, and a heavy one from a
 * user who already has MAX_HEAVY_QUERIES_PER_USER running. The count is per server.
 */
export function queryCostPlugin(): ApolloServerPlugin<ApiContext> {
  const running = new Map<string, number>();
  return {
    requestDidStart() {
      let holder: string | null = null;
      return Promise.resolve({
        // Apollo calls this hook inside its try, so a refusal thrown here is answered as a rejection would be.
        didResolveOperation({ request, document, schema, contextValue }) {
          const cost = costOf(() => operationCost(schema, document, request.variables, request.operationName ?? undefined));
          if (cost > MAX_QUERY_COST) {
            throw new GraphQLError(
              `This query asks for too much at once: it costs ${cost}, at most ${MAX_QUERY_COST} is allowed. Ask for smaller pages or fewer fields.`,
              {
                extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, cost, maxCost: MAX_QUERY_COST, http: { status: 400 } },
              },
            );
          }
          const userId = contextValue.viewer?.userId;
          // An anonymous request reaches no resolver that reads the database.
          if (cost < HEAVY_FIELD_COST || !userId) return Promise.resolve();
          const count = running.get(userId) ?? 0;
          if (count >= MAX_HEAVY_QUERIES_PER_USER) {
            throw new GraphQLError(`You already have ${count} large queries running; try again when they have finished.`, {
              extensions: {
                code: 'TOO_MANY_REQUESTS' satisfies ErrorCode,
                http: { status: 429, headers: new Map([['retry-after', '1']]) },
              },
            });
          }
          running.set(userId, count + 1);
          holder = userId;
          return Promise.resolve();
        },
        willSendResponse() {
          if (holder !== null) {
            const left = (running.get(holder) ?? 1) - 1;
            if (left > 0) running.set(holder, left);
            else running.delete(holder);
            holder = null;
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** Variables that do not fit the operation, or a document too large to cost, are the client's mistake. */
function costOf(compute: () => number): number {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, http: { status: 400 } } });
  }
}
