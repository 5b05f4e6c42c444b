/**
 * Seals connection secrets at rest with AES-256-GCM. The key is ATTEST_SECRET_KEY (32 bytes, base64)
 * or a key file in the data directory, created on first use with mode 0600. A sealed secret is
 * "v1:<iv>:<tag>:<ciphertext>" in base64 parts; a wrong key or a changed byte fails to open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const KEY_FILE = 'secret.key';

export class SecretKeyError extends Error {}

/** The key from ATTEST_SECRET_KEY, else the data directory's key file (made now if missing). */
export function loadSecretKey(dataDirectory: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.ATTEST_SECRET_KEY;
  if (fromEnv) return decodeKey(fromEnv, 'ATTEST_SECRET_KEY');
  const path = join(dataDirectory, KEY_FILE);
  if (existsSync(path)) return decodeKey(readFileSync(path, 'utf8').trim(), path);
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return key;
}

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== KEY_BYTES) throw new SecretKeyError(`${where} must hold ${KEY_BYTES} bytes in base64 (openssl rand -base64 32)`);
  return key;
}

export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

export function open(key: Buffer, sealed: string): string {
  const [version, iv, tag, body] = sealed.split(':');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new SecretKeyError('a stored secret is not in a known format');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretKeyError(
      "a stored secret cannot be opened with this key (ATTEST_SECRET_KEY or the data directory's secret.key changed)",
    );
  }
}
