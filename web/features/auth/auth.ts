import { createContext, useContext } from 'react';

/**
 * The dashboard's session: who is signed in (GET /auth/session) and the CSRF token every change
 * must carry (the Apollo link and the upload send it as `x-csrf-token`).
 */

export type UserRole = 'admin' | 'finance' | 'auditor' | 'manager';

interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  personId: string | null;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export const SIGN_IN_PATH = '/sign-in';
export const CSRF_HEADER = 'x-csrf-token';

let current: Session | null = null;

/** The signed-in session, provided by main.tsx; null in the sign-in page and in component tests. */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session | null {
  return useContext(SessionContext);
}

/** The token to send with changes; null before sign-in. */
export function csrfToken(): string | null {
  return current?.csrfToken ?? null;
}

/** Asks the server who is signed in; null when nobody is (401). */
export async function loadSession(): Promise<Session | null> {
  const response = await fetch('/auth/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  current = response.ok ? readSession(await response.json()) : null;
  return current;
}

export type SignInResult = { ok: true; session: Session } | { ok: false; message: string };

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch('/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { ok: false, message: 'Attest did not answer. Check the connection and try again.' };
  }
  const body: unknown = await response.json().catch(() => null);
  const session = response.ok ? readSession(body) : null;
  if (session) {
    current = session;
    return { ok: true, session };
  }
  return { ok: false, message: messageOf(body) ?? `Signing in failed (${response.status}). Try again.` };
}

/** Whether the server offers single sign-on (GET /auth/config). */
export async function loadSsoEnabled(): Promise<boolean> {
  try {
    const response = await fetch('/auth/config', { headers: { Accept: 'application/json' } });
    const body: unknown = await response.json();
    return isRecord(body) && body['sso'] === true;
  } catch {
    return false;
  }
}

export async function signOut(): Promise<void> {
  const token = csrfToken();
  await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: token ? { [CSRF_HEADER]: token } : {} }).catch(
    () => undefined,
  );
  current = null;
  window.location.assign(SIGN_IN_PATH);
}

/** Sends the browser to the sign-in page, to come back here afterwards. */
export function goToSignIn(): void {
  if (window.location.pathname === SIGN_IN_PATH) return;
  const next = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`);
}

/**
 * Where to go after signing in: `next` resolved against this site's origin as the browser will
 * resolve it (tabs and newlines dropped, "\" read as "/"), kept only when it stays on this origin.
 */
export function afterSignInPath(search: string, origin: string = window.location.origin): string {
  const next = new URLSearchParams(search).get('next');
  if (!next) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  // A path starting "//" would be read as another origin when assigned to window.location.
  if (url.origin !== new URL(origin).origin || url.pathname.startsWith('//') || url.pathname.startsWith(SIGN_IN_PATH)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The single sign-on link, carrying where to come back to. */
export function ssoSignInHref(search: string): string {
  const next = afterSignInPath(search);
  return next === '/' ? '/auth/oidc/login' : `/auth/oidc/login?next=${encodeURIComponent(next)}`;
}

function readSession(body: unknown): Session | null {
  if (!isRecord(body) || typeof body['csrfToken'] !== 'string' || !isRecord(body['user'])) return null;
  const user = body['user'];
  const role = user['role'];
  if (typeof user['id'] !== 'string' || typeof user['email'] !== 'string' || !isRole(role)) return null;
  return {
    csrfToken: body['csrfToken'],
    user: {
      id: user['id'],
      email: user['email'],
      displayName: typeof user['displayName'] === 'string' ? user['displayName'] : user['email'],
      role,
      personId: typeof user['personId'] === 'string' ? user['personId'] : null,
    },
  };
}

function messageOf(body: unknown): string | null {
  return isRecord(body) && typeof body['message'] === 'string' ? body['message'] : null;
}

function isRole(value: unknown): value is UserRole {
  return value === 'admin' || value === 'finance' || value === 'auditor' || value === 'manager';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
