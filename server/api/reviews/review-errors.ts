import { GraphQLError } from 'graphql';
import { ReviewConflict, ReviewError } from '../../reviews/review-error.js';
import { ForbiddenError } from '../errors.js';
import { BadInputError, ConflictError, type ErrorCode } from '../errors.js';

/** Runs a review action and turns its domain errors into API errors with a code a client can branch on. */
export async function asApiErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toApiError(error);
  }
}

function toApiError(error: unknown): unknown {
  if (error instanceof ReviewConflict) return new ConflictError(error.message, error.details);
  if (!(error instanceof ReviewError)) return error;
  switch (error.kind) {
    case 'not_found':
      return new GraphQLError(error.message, { extensions: { code: 'NOT_FOUND' satisfies ErrorCode, field: error.field } });
    case 'forbidden':
      return new ForbiddenError(error.message);
    default:
      return new BadInputError(error.message, error.field ?? 'input');
  }
}
