import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiContext } from './context.js';

/** Input fields whose values are write-only: a connection's credential, a webhook's signing secret. */
const SECRET_FIELDS: ReadonlySet<string> = new Set(['credential', 'signingSecret']);
const REDACTED = '[redacted]';

/** Every string under a secret field, at any depth of the variables. */
function secretsIn(value: unknown, underSecret: boolean, found: Set<string>): void {
  if (typeof value === 'string') {
    if (underSecret && value) found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) secretsIn(item, underSecret, found);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) secretsIn(inner, underSecret || SECRET_FIELDS.has(key), found);
  }
}

/** Secret fields written as literals in the operation text: `credential: "…"`. */
function literalSecrets(query: string | undefined, found: Set<string>): void {
  if (!query) return;
  for (const match of query.matchAll(/\b(\w+)\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
    const [, field, text] = match;
    if (!field || !text || !SECRET_FIELDS.has(field)) continue;
    found.add(text);
    try {
      found.add(String(JSON.parse(`"${text}"`)));
    } catch {
      // not a JSON string literal (a GraphQL-only escape): the raw text is redacted all the same
    }
  }
}

function redactText(text: string, secrets: readonly string[]): string {
  let redacted = text;
  // As given, and as JSON escapes it (graphql-js quotes an invalid value with JSON.stringify).
  for (const secret of secrets)
    for (const form of [secret, JSON.stringify(secret).slice(1, -1)]) redacted = redacted.split(form).join(REDACTED);
  return redacted;
}

/** Redacts the secrets from every string in the error, keys left as they are. */
function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactValue(inner, secrets)]));
  return value;
}

function redact(error: GraphQLFormattedError, secrets: readonly string[]): GraphQLFormattedError {
  return {
    ...error,
    message: redactText(error.message, secrets),
    ...(error.extensions
      ? { extensions: Object.fromEntries(Object.entries(error.extensions).map(([k, v]) => [k, redactValue(v, secrets)])) }
      : {}),
  };
}

/**
 * GraphQL's own errors quote the values they refuse ("Variable "$input" got invalid value { …,
 * credential: "…" }"), and so may a resolver's: this takes every write-only value the request
 * carried out of the errors it answers with.
 */
export function secretRedactionPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ request, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return Promise.resolve();
          const found = new Set<string>();
          secretsIn(request.variables, false, found);
          literalSecrets(request.query, found);
          if (found.size === 0) return Promise.resolve();
          // Longest first, so a secret containing another is redacted whole.
          const secrets = [...found].sort((a, b) => b.length - a.length);
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => redact(error, secrets));
          return Promise.resolve();
        },
      });
    },
  };
}
