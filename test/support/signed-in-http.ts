import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ListeningApp {
  base: string;
  close(): Promise<void>;
}

/** Serves an Express app on an ephemeral port of 127.0.0.1. */
export async function listen(app: Express): Promise<ListeningApp> {
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `name=value` of the cookie `name` a response sets, or null. */
export function cookieSet(response: Response, name: string): string | null {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  return header ? (header.split(';')[0] ?? null) : null;
}

export interface SignedIn {
  /** `attest_session=…`, for a Cookie header. */
  cookie: string;
  csrfToken: string;
  /** fetch with the session cookie, and the CSRF header on anything but GET. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** Signs in through POST /auth/login as the dashboard does; throws when the server refuses. */
export async function signIn(base: string, email: string, password: string): Promise<SignedIn> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = cookieSet(response, 'attest_session');
  if (!cookie) throw new Error('sign-in set no attest_session cookie');
  return {
    cookie,
    csrfToken,
    fetch: (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if ((init.method ?? 'GET') !== 'GET') headers.set('x-csrf-token', csrfToken);
      return fetch(`${base}${path}`, { ...init, headers });
    },
  };
}
