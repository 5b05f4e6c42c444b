/**
 * OAuth 2.0 client credentials for Microsoft Graph: the client secret, or a client assertion (a JWT
 * signed with the certificate's private key, PS256 with the certificate's SHA-256 thumbprint as
 * `x5t#S256`, as Microsoft's "certificate credentials" page describes). One token per run, asked
 * for on first use and again shortly before it expires.
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow
 * https://learn.microsoft.com/entra/identity-platform/certificate-credentials
 */
import { renewingToken } from '../../auth/renewing-token.js';
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { z } from 'zod';
import type { AuthContext } from '../../connector.js';
import { describeUrl, VendorApiError } from '../../http/vendor-http.js';
import { entraAuthority } from './authority.js';
import { parseEntraCredential, type EntraCredential } from './credential.js';

/** A token this close to its expiry is renewed before the next request. */
const RENEW_BEFORE_MS = 5 * 60_000;
const ASSERTION_LIFETIME_S = 10 * 60;
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

const granted = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() });
const refusal = z.looseObject({ error: z.string().optional(), error_description: z.string().optional() });

/** What to do about the AADSTS errors a misconfigured connection meets. */
const HINTS: Record<string, string> = {
  AADSTS7000215: "the client secret is wrong: paste the secret's Value, not its Secret ID",
  AADSTS7000222: 'the client secret has expired: add a new one under Certificates & secrets',
  AADSTS700016: 'no application with this clientId in the tenant: check clientId and --org, and that the app is registered there',
  AADSTS90002: 'the tenant was not found: check --org (the tenant ID or a verified domain)',
  AADSTS900023: 'the tenant is not a tenant ID or domain: check --org',
  AADSTS700027: 'the client assertion was refused: is this certificate uploaded to the app registration (Certificates & secrets)?',
  AADSTS700024: "the client assertion is outside its valid time: check this machine's clock",
  AADSTS7000112: 'the application is disabled',
  AADSTS500011: 'Microsoft Graph is not available in this tenant',
};

async function clientAuth(credential: EntraCredential, tokenUrl: string, now: number): Promise<Record<string, string>> {
  if ('clientSecret' in credential) return { client_secret: credential.clientSecret };
  const seconds = Math.floor(now / 1000);
  const assertion = await new SignJWT({})
    .setProtectedHeader({
      alg: 'PS256',
      typ: 'JWT',
      'x5t#S256': createHash('sha256').update(credential.certificate.raw).digest('base64url'),
    })
    .setIssuer(credential.clientId)
    .setSubject(credential.clientId)
    .setAudience(tokenUrl)
    .setJti(randomUUID())
    .setIssuedAt(seconds)
    .setNotBefore(seconds)
    .setExpirationTime(seconds + ASSERTION_LIFETIME_S)
    .sign(credential.privateKey);
  return { client_assertion_type: JWT_BEARER, client_assertion: assertion };
}

/** Microsoft's refusal as a sentence, with the AADSTS code and a hint, never the credential. */
function refusalMessage(where: string, status: number, body: unknown, secrets: readonly string[]): string {
  const parsed = refusal.safeParse(body).data;
  const description = parsed?.error_description ?? '';
  // The description's first line; the trace and correlation ids that follow say nothing a person can act on.
  let detail = description.split(/\r?\n|\s+Trace ID:/)[0]?.trim() ?? '';
  for (const secret of secrets) detail = detail.replaceAll(secret, '[redacted]');
  const code = /^AADSTS\d+/.exec(detail)?.[0];
  const hint = code ? HINTS[code] : undefined;
  const said = detail || parsed?.error || 'no reason given';
  return `${where} refused the credential (${status}${parsed?.error ? ` ${parsed.error}` : ''}): ${hint ? `${hint} (${said})` : said}`;
}

async function exchange(credential: EntraCredential, context: AuthContext, tenant: string): Promise<{ token: string; expiresAt: number }> {
  const { tokenUrl, scope } = entraAuthority(context.baseUrl, tenant);
  const where = describeUrl(tokenUrl);
  const now = context.now();
  const form = new URLSearchParams({
    client_id: credential.clientId,
    scope,
    grant_type: 'client_credentials',
    ...(await clientAuth(credential, tokenUrl, now)),
  });
  let response: Response;
  try {
    response = await context.fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      redirect: 'error',
    });
  } catch {
    throw new VendorApiError(`${where} did not answer the token request (network error)`, 'network', null);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  if (response.ok) {
    const token = granted.safeParse(body);
    if (!token.success) throw new VendorApiError(`${where} answered the token request without an access token`, 'refused', response.status);
    return { token: token.data.access_token, expiresAt: now + token.data.expires_in * 1000 };
  }
  const secrets = 'clientSecret' in credential ? [credential.clientSecret] : [];
  if (response.status >= 500 || response.status === 429)
    throw new VendorApiError(
      `${where} failed the token request with ${response.status}`,
      response.status === 429 ? 'rate-limit' : 'server',
      response.status,
    );
  throw new VendorApiError(refusalMessage(where, response.status, body, secrets), 'auth', response.status);
}

/** The Authorization header for Graph: a token exchanged on first use and renewed before it expires. */
export function entraAuthenticate(raw: string, context: AuthContext): () => Promise<Record<string, string>> {
  let parsed: ReturnType<typeof parseEntraCredential> | null = null;
  const token = renewingToken(
    () => {
      parsed ??= parseEntraCredential(raw);
      if (!parsed.credential) throw new VendorApiError(`the stored credential is refused: ${parsed.problem}`, 'auth', null);
      if (!context.org) throw new VendorApiError('the connection names no tenant (--org)', 'refused', null);
      return exchange(parsed.credential, context, context.org);
    },
    context.now,
    RENEW_BEFORE_MS,
  );
  return async () => ({ authorization: `Bearer ${await token()}` });
}
