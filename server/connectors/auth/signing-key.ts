/**
 * A private key given in a structured credential (an Okta service app's key, a GitHub App's key),
 * as PEM (PKCS#8 or PKCS#1) or a private JWK, and the JWS algorithm that signs with it. Keys are
 * parsed by node:crypto and used by jose; messages never quote the key.
 */
import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto';

export type SigningAlg = 'RS256' | 'ES256' | 'ES384' | 'ES512';

export interface SigningKey {
  key: KeyObject;
  alg: SigningAlg;
  /** The JWK's "kid", when it names one. */
  kid: string | null;
}

export class SigningKeyError extends Error {}

const CURVE_ALGS: Record<string, SigningAlg> = { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' };

function isJwk(value: unknown): value is JsonWebKey {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key, or SigningKeyError saying what is wrong with it (never the key itself). */
export function signingKeyOf(privateKey: string | Record<string, unknown>, what: string): SigningKey {
  let jwk: JsonWebKey | null = null;
  let pem: string | null = null;
  if (typeof privateKey === 'string' && privateKey.trim().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(privateKey);
    } catch {
      throw new SigningKeyError(`${what} starts with "{" but is not a JSON Web Key (invalid JSON)`);
    }
    if (!isJwk(parsed)) throw new SigningKeyError(`${what} is not a JSON Web Key`);
    jwk = parsed;
  } else if (typeof privateKey === 'string') pem = privateKey;
  else jwk = privateKey;

  let key: KeyObject;
  try {
    key = pem === null ? createPrivateKey({ key: jwk ?? {}, format: 'jwk' }) : createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(
      jwk
        ? `${what} is not a private JSON Web Key (a public key has no "d")`
        : `${what} is not a PEM private key (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----, line breaks kept as \\n)`,
    );
  }
  const kid = jwk && typeof jwk.kid === 'string' ? jwk.kid : null;
  if (key.asymmetricKeyType === 'rsa') return { key, alg: 'RS256', kid };
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const alg = key.asymmetricKeyType === 'ec' && curve ? CURVE_ALGS[curve] : undefined;
  if (alg) return { key, alg, kid };
  throw new SigningKeyError(`${what} is a ${key.asymmetricKeyType ?? 'unknown'} key; an RSA or EC (P-256, P-384, P-521) key is needed`);
}
