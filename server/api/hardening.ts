import type { ApolloServerOptionsWithSchema, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, ApolloServerValidationErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { TransactionMemoryError } from '../graph/memory-limit.js';
import type { ApiContext } from './context.js';
import type { ErrorCode } from './errors.js';
import { queryCostPlugin } from './query-cost-plugin.js';
import { secretRedactionPlugin } from './secret-redaction-plugin.js';

/** Deeper than any query the dashboard sends (6 levels) with room for lists inside reviews; fragments do not count. */
export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 15;
export const MAX_TOKENS = 2000;

/** Our own codes (errors.ts): a code added there must be listed here, or its messages get masked. */
const OUR_CLIENT_CODES: Record<Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>, true> = {
  NOT_FOUND: true,
  BAD_USER_INPUT: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  CONFLICT: true,
  TOO_MANY_REQUESTS: true,
  QUERY_TIMEOUT: true,
  DATABASE_MEMORY: true,
};

/** Errors whose message was written for the client; anything else may carry driver or stack text. */
const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.keys(OUR_CLIENT_CODES),
  ...Object.values(ApolloServerErrorCode).filter((code) => code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR),
  ...Object.values(ApolloServerValidationErrorCode),
]);

export const MASKED_MESSAGE = 'Internal server error';

/** Replaces an unexpected error by a bare "Internal server error" (logged in full on the server), keeping where it happened. */
export function maskUnexpectedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) return formatted;
  const cause = unwrapResolverError(error);
  if (cause instanceof Neo4jError && cause.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return {
      message: 'The database took too long to answer this and stopped; ask for less at once (a smaller page, fewer fields)',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'QUERY_TIMEOUT' satisfies ErrorCode },
    };
  }
  if (cause instanceof TransactionMemoryError) {
    console.error(`GraphQL ${formatted.path?.join('.') ?? 'request'} failed:`, cause.cause);
    return {
      message: 'The database did not have the memory this needs; an administrator can give it more (README, Sizing)',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'DATABASE_MEMORY' satisfies ErrorCode },
    };
  }
  console.error(`GraphQL ${formatted.path?.join('.') ?? 'request'} failed:`, cause);
  return {
    message: MASKED_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode },
  };
}

type HardenedOptions = Pick<
  ApolloServerOptionsWithSchema<ApiContext>,
  | 'plugins'
  | 'validationRules'
  | 'parseOptions'
  | 'formatError'
  | 'introspection'
  | 'includeStacktraceInErrorResponses'
  | 'allowBatchedHttpRequests'
>;

/** Introspection and "Did you mean" suggestions: in development, or in production when ATTEST_GRAPHQL_INTROSPECTION=1. */
function schemaIsOpen(production: boolean): boolean {
  return !production || process.env.ATTEST_GRAPHQL_INTROSPECTION === '1';
}

/**
 * What the Apollo server needs besides its schema to face the internet: depth and alias limits
 * (graphql-armor), a cost limit that counts variables and a cap on each user's heavy queries
 * (query-cost-plugin.ts), a token limit on parsing, field suggestions, introspection and the
 * landing page off in production, no stack traces, and unexpected errors masked. The body size is
 * capped by express.json in front of it, and each read by the API graph's transaction timeout.
 */
export function hardenedApolloOptions(production: boolean): HardenedOptions {
  const open = schemaIsOpen(production);
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_QUERY_DEPTH, flattenFragments: true },
    // Costed with the variables instead, once the operation is known: queryCostPlugin.
    costLimit: { enabled: false },
    maxAliases: { n: MAX_ALIASES },
    // graphql's own parser limit instead: armor's throws outside the pipeline, which answers 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !open },
  }).protect();
  return {
    plugins: [
      // graphql-armor is CommonJS, so its types name @apollo/server's CommonJS declarations:
      // the same plugins, another copy of the types.
      ...(armor.plugins as unknown as ApolloServerPlugin<ApiContext>[]),
      queryCostPlugin(),
      secretRedactionPlugin(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    includeStacktraceInErrorResponses: false,
    introspection: open,
    formatError: maskUnexpectedError,
  };
}
