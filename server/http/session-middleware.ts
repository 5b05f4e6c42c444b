import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { csrfTokenMatches, resolveSession, type ActiveSession } from '../auth/sessions.js';
import type { Viewer } from '../auth/viewer.js';
import { now } from '../config/now.js';
import type { Graph } from '../graph/graph.js';
import { refuse } from './refuse.js';
import { clearSessionCookie, sessionCookieOf } from './session-cookie.js';

const sessions = new WeakMap<Response, ActiveSession>();

/** The session of this request's cookie, when it is live. */
export function sessionOf(res: Response): ActiveSession | null {
  return sessions.get(res) ?? null;
}

/** The signed-in user of this request, or null. */
export function viewerOf(res: Response): Viewer | null {
  return sessionOf(res)?.viewer ?? null;
}

/**
 * Resolves the session cookie to a viewer and puts it in `res.locals.viewer` (null when nobody is
 * signed in). A cookie of an expired or unknown session is cleared.
 */
export function sessionMiddleware(graph: Graph): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    res.locals.viewer = null;
    const token = sessionCookieOf(req);
    if (token !== null) {
      const session = await resolveSession(graph, token, now());
      if (session) {
        sessions.set(res, session);
        res.locals.viewer = session.viewer;
      } else {
        clearSessionCookie(res);
      }
    }
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A change made with a session cookie must carry the session's CSRF token: the `x-csrf-token`
 * header, or a `_csrf` field of a form already parsed into `req.body`. A page on another site can
 * make the browser send the cookie, but cannot read the token.
 */
export function csrfProtection(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const session = sessionOf(res);
    if (!session || SAFE_METHODS.has(req.method)) {
      next();
      return;
    }
    if (csrfTokenMatches(session, req.get('x-csrf-token') ?? formCsrfField(req))) {
      next();
      return;
    }
    refuse(
      res,
      403,
      'CSRF',
      'this change did not carry the CSRF token of your session (header x-csrf-token, or _csrf in a form); reload the page and try again',
    );
  };
}

function formCsrfField(req: Request): unknown {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null) return undefined;
  return (body as Record<string, unknown>)._csrf;
}
