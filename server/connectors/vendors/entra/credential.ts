/**
 * The Entra connection's credential: an app registration's client id with either a client secret or
 * a certificate and its private key, pasted as one JSON document. Every problem names the field and
 * what to do, never a value from the document.
 */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { z } from 'zod';

export type EntraCredential =
  { clientId: string; clientSecret: string } | { clientId: string; certificate: X509Certificate; privateKey: KeyObject };

export const ENTRA_CREDENTIAL_SHAPE =
  '{"clientId": "<Application (client) ID>", "clientSecret": "<secret Value>"} or {"clientId": "…", "certificate": "-----BEGIN CERTIFICATE-----…", "privateKey": "-----BEGIN PRIVATE KEY-----…"}';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const document = z.looseObject({
  clientId: z.unknown().optional(),
  clientSecret: z.unknown().optional(),
  certificate: z.unknown().optional(),
  privateKey: z.unknown().optional(),
});

type Parsed = { credential: EntraCredential; problem: null } | { credential: null; problem: string };

const refused = (problem: string): Parsed => ({ credential: null, problem });

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function readJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function certificateOf(pem: string, privateKeyPem: string): Parsed | { certificate: X509Certificate; privateKey: KeyObject } {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    return refused('"certificate" is not an X.509 certificate in PEM (-----BEGIN CERTIFICATE----- …): paste the .crt or .pem file');
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(privateKeyPem);
  } catch {
    return refused(
      '"privateKey" is not an unencrypted private key in PEM (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----); a password-protected key must be exported without its password',
    );
  }
  if (privateKey.asymmetricKeyType !== 'rsa')
    return refused(
      `"privateKey" is an ${privateKey.asymmetricKeyType ?? 'unknown'} key; Microsoft Entra signs client assertions with RSA keys`,
    );
  if (!certificate.checkPrivateKey(privateKey)) return refused('"privateKey" is not the key of "certificate": they must be the same pair');
  return { certificate, privateKey };
}

/** The credential as a connector uses it, or the first problem a person can act on. */
export function parseEntraCredential(raw: string): Parsed {
  const json = readJson(raw.trim());
  const parsed = document.safeParse(json);
  if (json === undefined || !parsed.success) return refused(`the credential is not a JSON object; paste ${ENTRA_CREDENTIAL_SHAPE}`);
  const fields = parsed.data;
  const clientId = text(fields.clientId);
  if (!clientId) return refused('"clientId" is missing: the app registration\'s Application (client) ID');
  if (!GUID.test(clientId)) return refused('"clientId" is not a GUID: it is the app registration\'s Application (client) ID, not its name');
  const secret = fields.clientSecret;
  const hasCertificate = fields.certificate !== undefined || fields.privateKey !== undefined;
  if (secret !== undefined && hasCertificate) return refused('give either "clientSecret" or "certificate" with "privateKey", not both');
  if (secret !== undefined) {
    const clientSecret = text(secret);
    if (!clientSecret) return refused('"clientSecret" is empty or not a string: paste the secret\'s Value (shown once when it was added)');
    if (GUID.test(clientSecret))
      return refused('"clientSecret" looks like a GUID: that is the secret\'s ID; paste its Value (shown once when it was added)');
    return { credential: { clientId, clientSecret }, problem: null };
  }
  if (!hasCertificate) return refused('neither "clientSecret" nor "certificate" with "privateKey" is given');
  const certificatePem = text(fields.certificate);
  const keyPem = text(fields.privateKey);
  if (!certificatePem) return refused('"certificate" is missing: the certificate uploaded to the app registration, in PEM');
  if (!keyPem) return refused('"privateKey" is missing: the certificate\'s private key, in PEM');
  const pair = certificateOf(certificatePem, keyPem);
  if ('problem' in pair) return pair;
  return { credential: { clientId, ...pair }, problem: null };
}

export function checkEntraCredential(raw: string): string | null {
  return parseEntraCredential(raw).problem;
}
