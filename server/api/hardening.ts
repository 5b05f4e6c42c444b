import type { ApolloServerOptionsWithSchema, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, ApolloServerValidationErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiContext } from './context.js';
import type { ErrorCode } from './errors.js';

/** Deeper than any query the dashboard sends (6 levels) with room for lists inside reviews; fragments do not count. */
export const MAX_QUERY_DEPTH = 12;
/**
 * graphql-armor's cost: 1 per scalar, 2 per object, ×1.5 per level, × a literal `first`. A page of
 * 200 findings with the graph around each costs about 26,000; the review campaign page about 25,000.
 */
export const MAX_QUERY_COST = 50_000;
export const MAX_ALIASES = 15;
export const MAX_TOKENS = 2000;

/** Our own codes (errors.ts): a code added there must be listed here, or its messages get masked. */
const OUR_CLIENT_CODES: Record<Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>, true> = {
  NOT_FOUND: true,
  BAD_USER_INPUT: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  CONFLICT: true,
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
  'plugins' | 'validationRules' | 'parseOptions' | 'formatError' | 'introspection' | 'includeStacktraceInErrorResponses' | 'allowBatchedHttpRequests'
>;

/**
 * What the Apollo server needs besides its schema to face the internet: depth, cost and alias
 * limits (graphql-armor), a token limit on parsing, field suggestions hidden and introspection off
 * in production, no stack traces, and unexpected errors masked. The body size is capped by
 * express.json in front of it.
 */
export function hardenedApolloOptions(production: boolean): HardenedOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_QUERY_DEPTH, flattenFragments: true },
    costLimit: { maxCost: MAX_QUERY_COST, flattenFragments: true },
    maxAliases: { n: MAX_ALIASES },
    // graphql's own parser limit instead: armor's throws outside the pipeline, which answers 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    // graphql-armor is CommonJS, so its types name @apollo/server's CommonJS declarations:
    // the same plugins, another copy of the types.
    plugins: armor.plugins as unknown as ApolloServerPlugin<ApiContext>[],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    formatError: maskUnexpectedError,
  };
}
