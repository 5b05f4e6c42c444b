import express, { Router, type Request, type Response } from 'express';
import { recordFailedSignIn } from '../auth/failed-sign-in.js';
import { oidcSettings } from '../auth/oidc-client.js';
import { csrfTokenMatches, endSession, type ActiveSession } from '../auth/sessions.js';
import { signInWithPassword } from '../auth/sign-in.js';
import type { SignInThrottle } from '../auth/sign-in-throttle.js';
import { now } from '../config/now.js';
import type { Graph } from '../graph/graph.js';
import { addOidcRoutes } from './oidc-routes.js';
import { refuse } from './refuse.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { sessionOf } from './session-middleware.js';

export const WRONG_CREDENTIALS = 'email or password is wrong';

/**
 * /auth: POST /login (JSON {email, password}; failures limited by `throttle` and audited),
 * POST /logout, GET /session (the signed-in user and the CSRF token, or 401), GET /config (whether
 * single sign-on is on), and the OIDC sign-in. Expects the session middleware to have run.
 */
export function createAuthRouter(graph: Graph, throttle: SignInThrottle): Router {
  const router = Router();

  router.get('/config', (_req: Request, res: Response) => {
    res.json({ sso: oidcSettings() !== null });
  });

  router.get('/session', (_req: Request, res: Response) => {
    const session = sessionOf(res);
    if (!session) refuse(res, 401, 'UNAUTHENTICATED', 'not signed in');
    else res.json(sessionBody(session));
  });

  router.post('/login', express.json({ limit: '16kb' }), async (req: Request, res: Response) => {
    const body: unknown = req.body;
    if (!req.is('application/json') || typeof body !== 'object' || body === null) {
      refuse(res, 400, 'BAD_REQUEST', 'send {"email": "...", "password": "..."} as JSON (Content-Type: application/json)');
      return;
    }
    const { email, password } = body as Record<string, unknown>;
    if (typeof email !== 'string' || email.trim() === '') {
      refuse(res, 400, 'BAD_REQUEST', 'email is required');
      return;
    }
    if (typeof password !== 'string' || password === '') {
      refuse(res, 400, 'BAD_REQUEST', 'password is required');
      return;
    }
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const attempt = await throttle.attempt(email, address);
    if (attempt.refused) {
      res.set('Retry-After', String(attempt.retryAfterSeconds));
      refuse(res, 429, 'TOO_MANY_REQUESTS', `too many failed sign-ins; try again in ${waitInWords(attempt.retryAfterSeconds)}`);
      return;
    }
    const at = now();
    const session = await signInWithPassword(graph, email, password, at);
    if (!session) {
      await recordFailedSignIn(graph, email, address, at);
      refuse(res, 401, 'UNAUTHENTICATED', WRONG_CREDENTIALS);
      return;
    }
    await attempt.succeeded();
    setSessionCookie(res, session, at);
    res.json(sessionBody(session));
  });

  router.post('/logout', async (req: Request, res: Response) => {
    const session = sessionOf(res);
    if (session) {
      if (!csrfTokenMatches(session, req.get('x-csrf-token'))) {
        refuse(res, 403, 'CSRF', 'signing out needs the CSRF token of your session in the x-csrf-token header');
        return;
      }
      await endSession(graph, session, now());
    }
    clearSessionCookie(res);
    res.status(204).end();
  });

  addOidcRoutes(router, graph);
  return router;
}

function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** What the dashboard learns about its session: who is signed in, and the token to send with changes. */
function sessionBody(session: ActiveSession) {
  const { viewer } = session;
  return {
    user: { id: viewer.userId, email: viewer.email, displayName: viewer.displayName, role: viewer.role, personId: viewer.personId },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
  };
}
