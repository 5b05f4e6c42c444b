import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Role } from '../auth/viewer.js';
import { refuse } from './refuse.js';
import { viewerOf } from './session-middleware.js';

export const SIGN_IN_FIRST = 'sign in first: this needs a signed-in Attest user';

/** 401 without a signed-in user. */
export function requireSignIn(): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction): void => {
    if (viewerOf(res)) next();
    else refuse(res, 401, 'UNAUTHENTICATED', SIGN_IN_FIRST);
  };
}

/** 401 without a signed-in user, 403 for a user whose role is not one of `roles`. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const viewer = viewerOf(res);
    if (!viewer) refuse(res, 401, 'UNAUTHENTICATED', SIGN_IN_FIRST);
    else if (roles.includes(viewer.role)) next();
    else refuse(res, 403, 'FORBIDDEN', `only ${roles.join(' or ')} users may do this; you are signed in as ${viewer.role}`);
  };
}
