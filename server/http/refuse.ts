import type { Response } from 'express';

export type RefusalCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'DATABASE_UNAVAILABLE';

/**
 * A refused request as JSON: `code` to branch on, `message` for people, and the message again in
 * the `errors` list the upload form shows.
 */
export function refuse(res: Response, status: number, code: RefusalCode, message: string): void {
  res.status(status).json({ code, message, errors: [{ file: '(request)', message }] });
}
