import type { CookieOptions, Request, Response } from 'express';
import { publicUrlIsHttps } from '../auth/oidc-client.js';
import type { StartedSession } from '../auth/sessions.js';

export const SESSION_COOKIE = 'attest_session';

function sessionCookieOptions(): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: publicUrlIsHttps(), path: '/' };
}

/** The cookie lives as long as the session may; the server still ends it after the idle time. */
export function setSessionCookie(res: Response, session: StartedSession, at: Date): void {
  res.cookie(SESSION_COOKIE, session.token, { ...sessionCookieOptions(), maxAge: Math.max(0, session.expiresAt.getTime() - at.getTime()) });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions());
}

export function sessionCookieOf(req: Request): string | null {
  const cookies: unknown = req.cookies;
  if (typeof cookies !== 'object' || cookies === null) return null;
  const value: unknown = (cookies as Record<string, unknown>)[SESSION_COOKIE];
  return typeof value === 'string' && value !== '' ? value : null;
}
