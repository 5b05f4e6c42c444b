import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import type { Deny } from '../auth/bearer.js';
import { ScimError, badRequest } from './errors.js';

export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const JSON_CONTENT_TYPES = [SCIM_CONTENT_TYPE, 'application/json'];
export const BODY_LIMIT = '1mb';

export function send(res: Response, status: number, body: object): void {
  res.status(status).type(SCIM_CONTENT_TYPE).json(body);
}

/** Absolute URL of the router's mount point, for meta.location and Location headers. */
export function baseUrlOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}${req.baseUrl}`;
}

/** POST / PUT / PATCH need a JSON body; express.json leaves `req.body` unset for other content types. */
export const requireJsonBody: RequestHandler = (req: Request, _res: Response, next: NextFunction): void => {
  if (req.body !== undefined) {
    next();
    return;
  }
  const contentType = req.get('content-type');
  if (contentType && !req.is(JSON_CONTENT_TYPES)) {
    throw new ScimError(
      415,
      null,
      `the body must be sent as ${SCIM_CONTENT_TYPE} (or application/json); Content-Type was "${contentType}"`,
    );
  }
  throw badRequest('invalidSyntax', `the request needs a JSON body sent as ${SCIM_CONTENT_TYPE}`);
};

export const denyUnauthorized: Deny = (res, reason, detail) => {
  res.set('WWW-Authenticate', reason === 'missing' ? 'Bearer realm="Attest SCIM"' : 'Bearer realm="Attest SCIM", error="invalid_token"');
  send(res, 401, new ScimError(401, null, detail).toBody());
};

interface BodyParserError {
  type: string;
  message: string;
  status?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return error instanceof Error && 'type' in error && typeof error.type === 'string';
}

/** Every failure becomes an RFC 7644 error body; unexpected ones are logged and reported without internals. */
export function toScimError(error: unknown): ScimError {
  if (error instanceof ScimError) return error;
  if (isBodyParserError(error)) {
    switch (error.type) {
      case 'entity.parse.failed':
        return badRequest('invalidSyntax', `the request body is not valid JSON: ${error.message}`);
      case 'entity.too.large':
        return new ScimError(413, null, `the request body is larger than the ${BODY_LIMIT} limit`);
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return new ScimError(415, null, `${error.message}; send UTF-8 JSON`);
      default:
        if (error.status !== undefined && error.status >= 400 && error.status < 500) return badRequest('invalidSyntax', error.message);
    }
  }
  return new ScimError(500, null, 'internal error while handling the SCIM request; the server log has the details');
}

export const scimErrorHandler: ErrorRequestHandler = (error: unknown, req: Request, res: Response, next: NextFunction): void => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const scimError = toScimError(error);
  if (scimError.status >= 500) console.error(`SCIM ${req.method} ${req.originalUrl} failed:`, error);
  send(res, scimError.status, scimError.toBody());
};
