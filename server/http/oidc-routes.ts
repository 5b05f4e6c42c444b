import type { CookieOptions, Request, Response, Router } from 'express';
import * as oidc from 'openid-client';
import { OIDC_SCOPE, oidcConfiguration, oidcRedirectUri, oidcSettings, publicUrlIsHttps } from '../auth/oidc-client.js';
import { signInWithSso, type IdpClaims } from '../auth/sign-in.js';
import { now } from '../config/now.js';
import type { Graph } from '../graph/graph.js';
import { refuse } from './refuse.js';
import { sameOriginPath } from './same-origin-path.js';
import { setSessionCookie } from './session-cookie.js';

/** Holds the PKCE verifier, state and nonce of one sign-in between the redirect to the IdP and its answer. */
const PENDING_COOKIE = 'attest_oidc';
const PENDING_PATH = '/auth/oidc';
const PENDING_MAX_AGE_MS = 10 * 60_000;

interface PendingSignIn {
  verifier: string;
  state: string;
  nonce: string;
  /** The page of this site to return to once signed in. */
  next: string;
}

/**
 * GET /oidc/login?next=/path sends the browser to the IdP (authorization code with PKCE);
 * GET /oidc/callback signs the user in and sends them to `next` when it is a page of this site.
 */
export function addOidcRoutes(router: Router, graph: Graph): void {
  router.get('/oidc/login', async (req: Request, res: Response) => {
    const settings = oidcSettings();
    if (!settings) {
      refuse(
        res,
        404,
        'NOT_FOUND',
        'single sign-on is off: set ATTEST_OIDC_ISSUER, ATTEST_OIDC_CLIENT_ID, ATTEST_OIDC_CLIENT_SECRET and ATTEST_PUBLIC_URL',
      );
      return;
    }
    let configuration: oidc.Configuration;
    try {
      configuration = await oidcConfiguration(settings);
    } catch (error) {
      console.error(`OIDC discovery at ${settings.issuer.href} failed:`, error);
      problemPage(
        res,
        502,
        `Attest could not reach the identity provider at ${settings.issuer.href}. Try again later, or sign in with a password.`,
      );
      return;
    }
    const pending: PendingSignIn = {
      verifier: oidc.randomPKCECodeVerifier(),
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      next: sameOriginPath(req.query.next, settings.publicUrl.origin),
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: oidcRedirectUri(settings),
      scope: OIDC_SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    res.cookie(PENDING_COOKIE, JSON.stringify(pending), { ...pendingCookieOptions(), maxAge: PENDING_MAX_AGE_MS });
    res.redirect(302, url.href);
  });

  router.get('/oidc/callback', async (req: Request, res: Response) => {
    const settings = oidcSettings();
    if (!settings) {
      refuse(res, 404, 'NOT_FOUND', 'single sign-on is off');
      return;
    }
    const pending = pendingOf(req);
    res.clearCookie(PENDING_COOKIE, pendingCookieOptions());
    if (!pending) {
      problemPage(res, 400, 'This sign-in was started more than 10 minutes ago or in another browser. Start again from the sign-in page.');
      return;
    }
    let claims: IdpClaims;
    try {
      const configuration = await oidcConfiguration(settings);
      const tokens = await oidc.authorizationCodeGrant(configuration, new URL(req.originalUrl, settings.publicUrl), {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      claims = { email: idToken?.email, email_verified: idToken?.email_verified, name: idToken?.name };
      // Many IdPs put the email in the UserInfo response only.
      if (typeof claims.email !== 'string' && idToken) {
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
        claims = { email: info.email, email_verified: info.email_verified, name: info.name };
      }
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError) {
        problemPage(res, 400, `The identity provider did not sign you in: ${error.error_description ?? error.error}.`);
        return;
      }
      console.error('OIDC sign-in failed:', error);
      problemPage(res, 502, `Signing in with the identity provider failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const at = now();
    const outcome = await signInWithSso(graph, claims, at);
    if ('refused' in outcome) {
      problemPage(res, 403, outcome.refused);
      return;
    }
    setSessionCookie(res, outcome.signedIn, at);
    res.redirect(302, sameOriginPath(pending.next, settings.publicUrl.origin));
  });
}

function pendingCookieOptions(): CookieOptions {
  // Lax: the IdP's redirect back is a top-level GET from another site, which Lax cookies go with.
  return { httpOnly: true, sameSite: 'lax', secure: publicUrlIsHttps(), path: PENDING_PATH };
}

function pendingOf(req: Request): PendingSignIn | null {
  const cookies: unknown = req.cookies;
  const raw = typeof cookies === 'object' && cookies !== null ? (cookies as Record<string, unknown>)[PENDING_COOKIE] : undefined;
  if (typeof raw !== 'string') return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { verifier, state, nonce, next } = value as Record<string, unknown>;
    if (typeof verifier !== 'string' || typeof state !== 'string' || typeof nonce !== 'string') return null;
    return { verifier, state, nonce, next: typeof next === 'string' ? next : '/' };
  } catch {
    return null;
  }
}

/** A plain page for a sign-in that cannot finish: what happened, and the way back. */
function problemPage(res: Response, status: number, message: string): void {
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in failed · Attest</title></head>` +
        `<body><main><h1>You are not signed in</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/sign-in">Back to sign-in</a></p></main></body></html>`,
    );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
