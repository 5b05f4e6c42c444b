/**
 * Okta's two credentials: an API token (sent as `SSWS <token>`), or an OAuth service app with a
 * public/private key pair (private_key_jwt): a client assertion signed with the private key is
 * exchanged at {org}/oauth2/v1/token for an access token (client_credentials), sent as Bearer and
 * renewed before it expires. A service app that requires DPoP gets its tokens bound to a key pair
 * made for the run, and every request carries a proof signed with it (auth/dpop.ts).
 * https://developer.okta.com/docs/guides/implement-oauth-for-okta-serviceapp/main/
 * https://developer.okta.com/docs/guides/dpop/oktaresourceserver/main/
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { dpopProver, type DpopProver } from '../auth/dpop.js';
import { renewingToken, type IssuedToken } from '../auth/renewing-token.js';
import { SigningKeyError, signingKeyOf, type SigningKey } from '../auth/signing-key.js';
import type { AuthContext } from '../connector.js';
import { apiUrl } from '../http/api-url.js';
import { describeUrl, VendorApiError, type AuthRequest, type RequestAuth } from '../http/vendor-http.js';

/** What the pulls read: users (and their grants), groups, apps and their assignments. */
export const OKTA_SCOPES = ['okta.users.read', 'okta.groups.read', 'okta.apps.read'] as const;

const serviceApp = z.object({
  clientId: z.string().trim().min(1),
  privateKey: z.union([z.string().trim().min(1), z.record(z.string(), z.unknown())]),
  keyId: z.string().trim().min(1).optional(),
});
type ServiceApp = z.output<typeof serviceApp>;

export type OktaCredentialMode = 'api-token' | 'service-app';

/** A JSON document is a service app's key; anything else is an API token. */
export function oktaCredentialMode(credential: string): OktaCredentialMode {
  return credential.trim().startsWith('{') ? 'service-app' : 'api-token';
}

function readServiceApp(credential: string): { app: ServiceApp; key: SigningKey } | string {
  let json: unknown;
  try {
    json = JSON.parse(credential);
  } catch {
    return 'the credential starts with "{" but is not valid JSON: paste an API token, or {"clientId": "…", "privateKey": "…", "keyId": "…"}';
  }
  const parsed = serviceApp.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(document)'))].join(', ');
    return `the service app credential needs "clientId" and "privateKey" (a PEM, or the private JWK), "keyId" optional; wrong or missing: ${fields}`;
  }
  try {
    return { app: parsed.data, key: signingKeyOf(parsed.data.privateKey, 'privateKey') };
  } catch (error) {
    if (error instanceof SigningKeyError) return error.message;
    throw error;
  }
}

/** What is wrong with an Okta credential, or null. Never quotes it. */
export function checkOktaCredential(credential: string): string | null {
  if (oktaCredentialMode(credential) === 'api-token') {
    return /^\S+$/.test(credential.trim())
      ? null
      : 'an Okta API token is one word without spaces (paste the token alone, without "SSWS"); a service app key is a JSON document';
  }
  const read = readServiceApp(credential);
  return typeof read === 'string' ? read : null;
}

const tokenAnswer = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().optional(),
});
const tokenError = z.looseObject({ error: z.string(), error_description: z.string().optional() });

/** What a run learns of its service app: whether Okta wants DPoP, with the run's key and the nonces asked for. */
interface Session {
  dpop: { prover: DpopProver; tokenNonce: string | null; resourceNonce: string | null } | null;
  scheme: 'Bearer' | 'DPoP';
}

async function signAssertion(app: ServiceApp, key: SigningKey, tokenUrl: string, now: number): Promise<string> {
  const nowSeconds = Math.floor(now / 1000);
  const kid = app.keyId ?? key.kid;
  return new SignJWT({})
    .setProtectedHeader({ alg: key.alg, ...(kid ? { kid } : {}) })
    .setIssuer(app.clientId)
    .setSubject(app.clientId)
    .setAudience(tokenUrl)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + 300)
    .setJti(randomUUID())
    .sign(key.key);
}

/**
 * client_credentials with a fresh client assertion. An app that requires DPoP answers
 * invalid_dpop_proof (or use_dpop_nonce) to a request without a proof: the run then makes its key
 * pair and sends a proof with every request; a use_dpop_nonce answer is tried once more with the
 * nonce it gives in DPoP-Nonce.
 */
async function exchange(app: ServiceApp, key: SigningKey, context: AuthContext, session: Session): Promise<IssuedToken> {
  const tokenUrl = apiUrl(context.baseUrl, '/oauth2/v1/token');
  const where = describeUrl(tokenUrl);
  let nonceTried = false;
  for (;;) {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (session.dpop) headers.dpop = await session.dpop.prover.proof({ method: 'POST', url: tokenUrl, nonce: session.dpop.tokenNonce });
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      scope: OKTA_SCOPES.join(' '),
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await signAssertion(app, key, tokenUrl, context.now()),
    });
    let response: Response;
    try {
      response = await context.fetch(tokenUrl, { method: 'POST', headers, body, redirect: 'error' });
    } catch {
      throw new VendorApiError(`${where} did not answer the token request (network error)`, 'network', null);
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Reported below by status.
    }
    if (response.ok) {
      const answer = tokenAnswer.safeParse(json);
      if (!answer.success)
        throw new VendorApiError(`${where} answered the token request without an access_token`, 'refused', response.status);
      session.scheme = session.dpop && answer.data.token_type?.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer';
      return { token: answer.data.access_token, expiresAt: context.now() + (answer.data.expires_in ?? 3600) * 1000 };
    }
    const refused = tokenError.safeParse(json).data;
    const nonce = response.headers.get('dpop-nonce');
    if (!session.dpop && (refused?.error === 'invalid_dpop_proof' || refused?.error === 'use_dpop_nonce')) {
      session.dpop = { prover: await dpopProver(context.now), tokenNonce: nonce, resourceNonce: null };
      continue;
    }
    if (session.dpop && refused?.error === 'use_dpop_nonce' && nonce && !nonceTried) {
      nonceTried = true;
      session.dpop.tokenNonce = nonce;
      continue;
    }
    if (response.status >= 500)
      throw new VendorApiError(`${where} failed with ${response.status} on the token request`, 'server', response.status);
    const said = refused ? ` (${refused.error}${refused.error_description ? `: ${refused.error_description.slice(0, 300)}` : ''})` : '';
    if (session.dpop && refused?.error.includes('dpop'))
      throw new VendorApiError(`${where} refused the service app's DPoP proof${said}`, 'auth', response.status);
    throw new VendorApiError(
      `${where} refused the service app's client assertion${said}: check the client ID, that the app's public key matches the private key, and that ${OKTA_SCOPES.join(', ')} are granted`,
      'auth',
      response.status,
    );
  }
}

/**
 * Headers for every request: `SSWS <token>`, or a service app's access token, got on first use and
 * renewed: as Bearer, or as DPoP with a fresh proof of the request (its method, URL, the token's
 * hash, and the nonce Okta last asked for) when the app requires DPoP.
 */
export function oktaAuthenticate(credential: string, context: AuthContext): RequestAuth {
  const trimmed = credential.trim();
  if (oktaCredentialMode(trimmed) === 'api-token') {
    const headers = { authorization: `SSWS ${trimmed}` };
    return () => Promise.resolve(headers);
  }
  const read = readServiceApp(trimmed);
  if (typeof read === 'string') return () => Promise.reject(new VendorApiError(read, 'auth', null));
  const session: Session = { dpop: null, scheme: 'Bearer' };
  const token = renewingToken(() => exchange(read.app, read.key, context, session), context.now);
  const headers = async (request: AuthRequest): Promise<Record<string, string>> => {
    const accessToken = await token();
    if (session.scheme !== 'DPoP' || !session.dpop) return { authorization: `Bearer ${accessToken}` };
    const proof = await session.dpop.prover.proof({ ...request, accessToken, nonce: session.dpop.resourceNonce });
    return { authorization: `DPoP ${accessToken}`, dpop: proof };
  };
  const challenged = (answer: Headers): boolean => {
    const nonce = answer.get('dpop-nonce');
    if (!session.dpop || !nonce || !/error="?use_dpop_nonce/.test(answer.get('www-authenticate') ?? '')) return false;
    session.dpop.resourceNonce = nonce;
    return true;
  };
  return Object.assign(headers, { challenged });
}
