import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { refuse, type RefusalCode } from './refuse.js';

/** What to tell the client about a request the body parsers refused (their `type`); the rest is "malformed". */
const PARSER_REFUSALS: Record<string, string> = {
  'entity.parse.failed': 'the request body is not valid JSON',
  'entity.too.large': 'the request body is too large',
  'encoding.unsupported': 'the Content-Encoding of the request body is not supported (send it plain, gzip, deflate or br)',
  'charset.unsupported': 'the charset of the request body is not supported (send UTF-8)',
  'parameters.too.many': 'the form has too many fields',
};

const CODE_BY_STATUS: Record<number, RefusalCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** A 404 as JSON, for the API's paths that no route answers. */
export function notFound(): RequestHandler {
  return (req: Request, res: Response): void => {
    refuse(res, 404, 'NOT_FOUND', `nothing here: ${req.method} ${req.baseUrl}${req.path}`);
  };
}

/**
 * The last handler: every error becomes a short JSON body with a code. A client's mistake (a 4xx
 * from the body parsers, a malformed URL escape) says what was wrong; anything else is "Internal
 * server error", its details (stack, driver message) in the server log only.
 */
export function errorHandler(): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, next: (error: unknown) => void): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = clientErrorStatus(error);
    if (status === null) {
      console.error(`${req.method} ${req.path} failed:`, error);
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE);
      return;
    }
    const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
    refuse(res, status, CODE_BY_STATUS[status] ?? 'BAD_REQUEST', PARSER_REFUSALS[type] ?? 'the request is malformed');
  };
}

/** The 4xx status an error carries (body-parser, the router and serve-static set `status`), or null for a failure of ours. */
function clientErrorStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}
