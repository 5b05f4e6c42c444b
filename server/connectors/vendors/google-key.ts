/**
 * A Google Cloud service account key file (JSON, as IAM → Service accounts → Keys → Add key
 * downloads it): the fields the token exchange needs, checked without ever echoing them.
 * https://cloud.google.com/iam/docs/keys-create-delete
 */
import { createPrivateKey } from 'node:crypto';
import { z } from 'zod';

const keyFile = z.looseObject({
  type: z.string().optional(),
  client_email: z.string().optional(),
  client_id: z.string().optional(),
  private_key: z.string().optional(),
  private_key_id: z.string().optional(),
});

export interface ServiceAccountKey {
  clientEmail: string;
  /** The numeric OAuth client id, which the Admin console's domain-wide delegation page asks for. */
  clientId: string;
  /** PKCS#8 PEM. */
  privateKey: string;
  privateKeyId: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PASTE = "paste the service account's key file (JSON) as Google Cloud downloads it";

/** The key, or the problem a person can act on. Never says what a field holds, only which is wrong. */
export function readServiceAccountKey(credential: string): ServiceAccountKey | string {
  let json: unknown;
  try {
    json = JSON.parse(credential) as unknown;
  } catch {
    return `the credential is not JSON: ${PASTE}`;
  }
  const parsed = keyFile.safeParse(json);
  if (!parsed.success) return `the credential is not a key file (a JSON object): ${PASTE}`;
  const { type, client_email: email, client_id: clientId, private_key: pem, private_key_id: keyId } = parsed.data;
  if (type !== 'service_account')
    return type && /^[a-z_]{1,40}$/.test(type)
      ? `the key file is of type "${type}", not "service_account": create a key for a service account (IAM → Service accounts → Keys → Add key → JSON)`
      : `the key file has no "type" "service_account": ${PASTE}`;
  if (!email || !EMAIL.test(email)) return `the key file has no valid "client_email": ${PASTE}`;
  if (!clientId || !/^\d+$/.test(clientId)) return `the key file has no numeric "client_id": ${PASTE}`;
  if (!pem?.includes('-----BEGIN PRIVATE KEY-----')) return `the key file's "private_key" is not a PEM private key (PKCS#8): ${PASTE}`;
  try {
    if (createPrivateKey(pem).asymmetricKeyType !== 'rsa') return `the key file's "private_key" is not an RSA key: ${PASTE}`;
  } catch {
    return `the key file's "private_key" cannot be read as a private key: ${PASTE}`;
  }
  return { clientEmail: email, clientId, privateKey: pem, privateKeyId: keyId ?? null };
}

export function checkServiceAccountKey(credential: string): string | null {
  const key = readServiceAccountKey(credential);
  return typeof key === 'string' ? key : null;
}
