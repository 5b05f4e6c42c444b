import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Why a review action was refused, in words for the person who tried it. */
export interface MutationProblem {
  /** `extensions.code` of the first error; null for a network failure. */
  code: string | null;
  message: string;
  /** For CONFLICT: the item someone else changed first, to reload it. */
  itemId: string | null;
  /** For BAD_USER_INPUT: the input field the server named. */
  field: string | null;
}

// Codes whose message the server wrote for the person acting (what was wrong and where).
const SERVER_WORDED = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'CONFLICT', 'NOT_FOUND']);

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Branches on `extensions.code`, never on message text; nothing was changed in any of these cases. */
export function mutationProblem(error: unknown): MutationProblem {
  if (!CombinedGraphQLErrors.is(error)) {
    return { code: null, message: 'The Attest server could not be reached. Nothing was changed; try again.', itemId: null, field: null };
  }
  const first = error.errors[0];
  const extensions = first?.extensions ?? {};
  const code = stringOrNull(extensions['code']);
  const itemId = stringOrNull(extensions['itemId']);
  const field = stringOrNull(extensions['field']);
  if (code === 'UNAUTHENTICATED') return { code, message: 'You are signed out. Sign in again, then retry.', itemId, field };
  if (code !== null && SERVER_WORDED.has(code) && first?.message) return { code, message: first.message, itemId, field };
  return { code, message: 'The server reported an error. Nothing was changed.', itemId, field };
}
