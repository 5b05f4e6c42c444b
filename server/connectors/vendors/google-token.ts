/**
 * Google's two-legged OAuth for a service account with domain-wide delegation: a JWT signed RS256
 * with the key file's private key (iss = the service account, sub = the Workspace admin it acts
 * as, scope = the scopes asked for, aud = the token endpoint, valid one hour) exchanged at the
 * token endpoint for an access token, kept until five minutes before it expires.
 * https://developers.google.com/identity/protocols/oauth2/service-account#authorizingrequests
 */
import { renewingToken, type IssuedToken } from '../auth/renewing-token.js';
import { importPKCS8, SignJWT } from 'jose';
import { z } from 'zod';
import type { AuthContext, Connector } from '../connector.js';
import { describeUrl, VendorApiError } from '../http/vendor-http.js';
import { readServiceAccountKey, type ServiceAccountKey } from './google-key.js';

export const GOOGLE_ADMIN_API = 'https://admin.googleapis.com';
export const GOOGLE_TOKEN_URI = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const LIFETIME_S = 3600;
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * Where the signed assertion goes. For Google's API, Google's token endpoint; for any other base
 * (a proxy, a test fake) the token endpoint on that same origin. Never the key file's token_uri:
 * the assertion is itself a credential for an hour, and a key file is pasted text nobody checks,
 * so a token_uri edited to another host would hand it over. Old key files name
 * accounts.google.com/o/oauth2/token, which Google still answers; the one URI here covers both.
 */
export function googleTokenUri(baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  return origin === GOOGLE_ADMIN_API ? GOOGLE_TOKEN_URI : `${origin}/token`;
}

const tokenAnswer = z.looseObject({
  access_token: z.string().min(1).optional(),
  expires_in: z.number().positive().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

/** Google's own words, kept short and with anything shaped like a JWT taken out. */
function said(text: string | undefined): string {
  if (!text) return '';
  const clean = text.replace(/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[assertion]').slice(0, 200);
  return `: "${clean}"`;
}

function refusal(code: string, description: string | undefined, key: ServiceAccountKey, admin: string, scopes: readonly string[]): string {
  const grant =
    `In the Admin console (admin.google.com) → Security → Access and data control → API controls → Manage Domain Wide Delegation, ` +
    `add client ID ${key.clientId} with the scopes ${scopes.join(',')}`;
  switch (code) {
    case 'unauthorized_client':
    case 'access_denied':
      return `Google refused to issue a token (${code}${said(description)}): domain-wide delegation is not granted to the service account ${key.clientEmail} for the scopes it needs. ${grant}`;
    case 'invalid_grant':
    case 'invalid_client':
      return (
        `Google refused the service account's key (${code}${said(description)}): the key may have been deleted or disabled ` +
        `(Google Cloud console → IAM & Admin → Service accounts → ${key.clientEmail} → Keys; create a new JSON key and replace the connection's credential), ` +
        `the service account disabled, or the admin to act as (${admin}) is not an active user of the Workspace account`
      );
    default:
      return `Google refused to issue a token (${/^[a-z_]{1,40}$/.test(code) ? code : 'an unnamed error'}${said(description)})`;
  }
}

/** Signs an assertion and exchanges it. A refusal is a VendorApiError 'auth'; a transient failure a plain Error, retried like a network failure. */
async function exchange(key: ServiceAccountKey, admin: string, scopes: readonly string[], context: AuthContext): Promise<IssuedToken> {
  const tokenUri = googleTokenUri(context.baseUrl);
  const issuedAt = Math.floor(context.now() / 1000);
  const assertion = await new SignJWT({ scope: scopes.join(' ') })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...(key.privateKeyId ? { kid: key.privateKeyId } : {}) })
    .setIssuer(key.clientEmail)
    .setSubject(admin)
    .setAudience(tokenUri)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + LIFETIME_S)
    .sign(await importPKCS8(key.privateKey, 'RS256'));
  const where = describeUrl(tokenUri);
  let response: Response;
  try {
    response = await context.fetch(tokenUri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: JWT_BEARER, assertion }).toString(),
      redirect: 'error',
    });
  } catch {
    throw new Error(`${where} did not answer`);
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    // Handled below as an answer without a token.
  }
  const answer = tokenAnswer.safeParse(json).data;
  if (response.ok && answer?.access_token)
    return { token: answer.access_token, expiresAt: context.now() + (answer.expires_in ?? LIFETIME_S) * 1000 };
  if (response.status >= 500 || response.status === 429) throw new Error(`${where} failed with ${response.status}`);
  throw new VendorApiError(
    `${where}: ${refusal(answer?.error ?? `HTTP ${response.status}`, answer?.error_description, key, admin, scopes)}`,
    'auth',
    response.status,
  );
}

/** Connector.authenticate for a service account acting as the connection's org (a Workspace admin's email). */
export function googleServiceAccountAuth(scopes: readonly string[]): Connector['authenticate'] {
  return (credential, context) => {
    let read: ServiceAccountKey | string | null = null;
    const token = renewingToken(
      () => {
        const key = (read ??= readServiceAccountKey(credential));
        if (typeof key === 'string') throw new VendorApiError(`the stored credential cannot be used: ${key}`, 'auth', null);
        if (!context.org) throw new VendorApiError('the connection names no admin to act as (--org)', 'refused', null);
        return exchange(key, context.org, scopes, context);
      },
      context.now,
      RENEW_BEFORE_MS,
    );
    return async () => ({ authorization: `Bearer ${await token()}` });
  };
}
