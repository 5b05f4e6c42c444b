/**
 * DPoP (RFC 9449) proofs: a key pair made for one run, and for each request a JWT signed with it
 * carrying the public key in its header, the request's method and URL, and, once a token is bound
 * to the key, the token's hash (ath); a nonce when the server asks for one.
 * https://developer.okta.com/docs/guides/dpop/oktaresourceserver/main/
 */
import { createHash, randomUUID } from 'node:crypto';
import { base64url, exportJWK, generateKeyPair, SignJWT } from 'jose';

export interface DpopRequest {
  method: string;
  url: string;
  /** The DPoP-bound access token the request carries; none on the token request itself. */
  accessToken?: string;
  nonce?: string | null;
}

export interface DpopProver {
  proof(request: DpopRequest): Promise<string>;
}

/** `htu`: the request's URL without its query and fragment. */
export function dpopTarget(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** `ath`: the base64url SHA-256 of the access token. */
export function accessTokenHash(accessToken: string): string {
  return base64url.encode(createHash('sha256').update(accessToken, 'ascii').digest());
}

/** A fresh ES256 key pair; its private half never leaves this process. */
export async function dpopProver(now: () => number): Promise<DpopProver> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const { kty, crv, x, y } = await exportJWK(publicKey);
  const jwk = { kty, crv, x, y };
  return {
    proof: ({ method, url, accessToken, nonce }) =>
      new SignJWT({
        htm: method,
        htu: dpopTarget(url),
        ...(accessToken ? { ath: accessTokenHash(accessToken) } : {}),
        ...(nonce ? { nonce } : {}),
      })
        .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk })
        .setIssuedAt(Math.floor(now() / 1000))
        .setJti(randomUUID())
        .sign(privateKey),
  };
}
