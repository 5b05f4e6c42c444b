import { GraphQLError } from 'graphql';

/** Error codes a client can branch on (extensions.code); messages are for people. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  /** Too many large queries of the same user at once. */
  | 'TOO_MANY_REQUESTS'
  /** The database stopped a read that ran longer than the API allows. */
  | 'QUERY_TIMEOUT'
  /** The database refused a step that needed more memory than one transaction may use. */
  | 'DATABASE_MEMORY'
  | 'INTERNAL_SERVER_ERROR';

export class NotFoundError extends GraphQLError {
  constructor(kind: string, id: string) {
    super(`${kind} "${id}" does not exist`, { extensions: { code: 'NOT_FOUND' satisfies ErrorCode, kind, id } });
  }
}

export class BadInputError extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, field } });
  }
}

/** Someone else changed the record since the caller read it; `details` says who and when. */
export class ConflictError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown>) {
    super(message, { extensions: { code: 'CONFLICT' satisfies ErrorCode, ...details } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor() {
    super('Sign in to use Attest', { extensions: { code: 'UNAUTHENTICATED' satisfies ErrorCode } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' satisfies ErrorCode } });
  }
}
