import * as oidc from 'openid-client';

/** Single sign-on settings; SSO is on only when all four variables are set. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where users reach Attest; the IdP sends them back to <publicUrl>/auth/oidc/callback. */
  publicUrl: URL;
}

export const OIDC_SCOPE = 'openid email profile';

/** ATTEST_OIDC_ISSUER, ATTEST_OIDC_CLIENT_ID, ATTEST_OIDC_CLIENT_SECRET and ATTEST_PUBLIC_URL; null when SSO is off. */
export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.ATTEST_OIDC_ISSUER;
  const clientId = env.ATTEST_OIDC_CLIENT_ID;
  const clientSecret = env.ATTEST_OIDC_CLIENT_SECRET;
  const publicUrl = env.ATTEST_PUBLIC_URL;
  if (!issuer || !clientId || !clientSecret || !publicUrl) return null;
  return { issuer: urlOf('ATTEST_OIDC_ISSUER', issuer), clientId, clientSecret, publicUrl: urlOf('ATTEST_PUBLIC_URL', publicUrl) };
}

/** Session cookies are Secure when users reach Attest over https. */
export function publicUrlIsHttps(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ATTEST_PUBLIC_URL?.startsWith('https://') ?? false;
}

export function oidcRedirectUri(settings: OidcSettings): string {
  return new URL('/auth/oidc/callback', settings.publicUrl).toString();
}

const discovered = new Map<string, Promise<oidc.Configuration>>();

/**
 * The IdP's configuration from its discovery document, fetched once per issuer and client. Plain
 * http is accepted only for an issuer on this machine (a development or test IdP).
 */
export function oidcConfiguration(settings: OidcSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer.href} ${settings.clientId}`;
  let configuration = discovered.get(key);
  if (!configuration) {
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(settings.issuer.hostname);
    configuration = oidc.discovery(
      settings.issuer,
      settings.clientId,
      undefined,
      oidc.ClientSecretBasic(settings.clientSecret),
      settings.issuer.protocol === 'http:' && loopback ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    // A failed discovery (IdP down) is retried on the next sign-in instead of being remembered.
    configuration.catch(() => discovered.delete(key));
    discovered.set(key, configuration);
  }
  return configuration;
}

function urlOf(variable: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new Error(`${variable}="${value}" is not a URL (expected e.g. https://idp.example.com)`);
  }
}
