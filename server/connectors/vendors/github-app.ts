/**
 * GitHub's two credentials: a personal access token (sent as Bearer), or a GitHub App installed on
 * the organization: a JWT signed with the app's private key (RS256, iss = App ID, at most 10
 * minutes) is exchanged at POST /app/installations/{id}/access_tokens for an installation token,
 * which lasts an hour and is renewed before it expires.
 * https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation
 */
import { SignJWT } from 'jose';
import { z } from 'zod';
import { renewingToken } from '../auth/renewing-token.js';
import { SigningKeyError, signingKeyOf, type SigningKey } from '../auth/signing-key.js';
import type { AuthContext } from '../connector.js';
import { apiUrl } from '../http/api-url.js';
import { describeUrl, VendorApiError } from '../http/vendor-http.js';

export const GITHUB_HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' } as const;

const numericId = z.union([z.number().int().positive(), z.string().trim().regex(/^\d+$/)]).transform(String);
const appCredential = z.object({ appId: numericId, privateKey: z.string().trim().min(1), installationId: numericId });
type AppCredential = z.output<typeof appCredential>;

export type GitHubCredentialMode = 'token' | 'app';

/** A JSON document is a GitHub App's credential; anything else is a token. */
export function githubCredentialMode(credential: string): GitHubCredentialMode {
  return credential.trim().startsWith('{') ? 'app' : 'token';
}

function readApp(credential: string): { app: AppCredential; key: SigningKey } | string {
  let json: unknown;
  try {
    json = JSON.parse(credential);
  } catch {
    return 'the credential starts with "{" but is not valid JSON: paste a token, or {"appId": …, "privateKey": "…", "installationId": …}';
  }
  const parsed = appCredential.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(document)'))].join(', ');
    return `the GitHub App credential needs "appId", "privateKey" (the .pem GitHub generated) and "installationId"; wrong or missing: ${fields}`;
  }
  try {
    const key = signingKeyOf(parsed.data.privateKey, 'privateKey');
    if (key.alg !== 'RS256') return 'privateKey is not an RSA key: GitHub App keys are RSA (the .pem GitHub generated)';
    return { app: parsed.data, key };
  } catch (error) {
    if (error instanceof SigningKeyError) return error.message;
    throw error;
  }
}

/** What is wrong with a GitHub credential, or null. Never quotes it. */
export function checkGitHubCredential(credential: string): string | null {
  if (githubCredentialMode(credential) === 'token')
    return /^\S+$/.test(credential.trim()) ? null : 'a GitHub token is one word without spaces; a GitHub App credential is a JSON document';
  const read = readApp(credential);
  return typeof read === 'string' ? read : null;
}

const installationToken = z.looseObject({ token: z.string().min(1), expires_at: z.iso.datetime({ offset: true }) });

async function exchange(app: AppCredential, key: SigningKey, context: AuthContext): Promise<{ token: string; expiresAt: number }> {
  const url = apiUrl(context.baseUrl, `/app/installations/${app.installationId}/access_tokens`);
  const where = describeUrl(url);
  const nowSeconds = Math.floor(context.now() / 1000);
  // GitHub allows clock drift by backdating iat a minute; the JWT may last 10 minutes at most.
  const jwt = await new SignJWT({})
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(app.appId)
    .setIssuedAt(nowSeconds - 60)
    .setExpirationTime(nowSeconds + 540)
    .sign(key.key);
  let response: Response;
  try {
    response = await context.fetch(url, {
      method: 'POST',
      headers: { ...GITHUB_HEADERS, authorization: `Bearer ${jwt}` },
      redirect: 'error',
    });
  } catch {
    throw new VendorApiError(`${where} did not answer the installation token request (network error)`, 'network', null);
  }
  const text = await response.text();
  if (response.ok) {
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Reported below.
    }
    const answer = installationToken.safeParse(json);
    if (!answer.success) throw new VendorApiError(`${where} answered without an installation token`, 'refused', response.status);
    return { token: answer.data.token, expiresAt: Date.parse(answer.data.expires_at) };
  }
  if (response.status >= 500) throw new VendorApiError(`${where} failed with ${response.status}`, 'server', response.status);
  if (response.status === 404)
    throw new VendorApiError(
      `${where}: GitHub knows no installation ${app.installationId} of this app (404): check the installation ID (the number at the end of the installation's settings URL) and the App ID`,
      'auth',
      404,
    );
  throw new VendorApiError(
    `${where} refused the GitHub App's JWT (${response.status}): check the App ID and that the private key is one of the app's (a revoked key is refused)`,
    'auth',
    response.status,
  );
}

/** Headers for every request: the token as Bearer, or a GitHub App installation token got on first use and renewed. */
export function githubAuthenticate(credential: string, context: AuthContext): () => Promise<Record<string, string>> {
  const trimmed = credential.trim();
  if (githubCredentialMode(trimmed) === 'token') {
    const headers = { authorization: `Bearer ${trimmed}`, ...GITHUB_HEADERS };
    return () => Promise.resolve(headers);
  }
  const read = readApp(trimmed);
  if (typeof read === 'string') return () => Promise.reject(new VendorApiError(read, 'auth', null));
  // Installation tokens last an hour; one renewed five minutes early never expires mid-page.
  const token = renewingToken(() => exchange(read.app, read.key, context), context.now, 5 * 60_000);
  return async () => ({ authorization: `Bearer ${await token()}`, ...GITHUB_HEADERS });
}
