import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { appendFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../graph/connect.js';
import { checkpointLine, keyIdOf, signCheckpoint, type Checkpoint, type LogHead } from './checkpoint.js';

export const CHECKPOINTS_FILE = 'audit-checkpoints.jsonl';
export const SIGNING_KEY_FILE = 'audit-signing-key.pem';
export const PUBLIC_KEY_FILE = 'audit-public-key.pem';

/** Where the audit log's anchor lives: in the data directory, outside the graph, even when NEO4J_URI names another server. */
export interface AnchorFiles {
  dir: string;
  checkpoints: string;
  signingKey: string;
  publicKey: string;
}

export function anchorFiles(dir = dataDir()): AnchorFiles {
  return { dir, checkpoints: join(dir, CHECKPOINTS_FILE), signingKey: join(dir, SIGNING_KEY_FILE), publicKey: join(dir, PUBLIC_KEY_FILE) };
}

/** The audit log cannot be anchored (the signing key is missing, unreadable or does not match); audited changes are refused. */
export class AuditAnchorError extends Error {
  override name = 'AuditAnchorError';
}

export interface CheckpointWriter {
  keyId: string;
  /** The public key (SPKI PEM) that verifies what this writer signs. */
  publicKeyPem: string;
  /** Signs the head and appends the checkpoint to the file. */
  append(head: LogHead): Checkpoint;
}

const writers = new Map<string, CheckpointWriter>();

/**
 * The checkpoint writer for the data directory, its Ed25519 key pair created at first use (the
 * private key 0600). Throws AuditAnchorError rather than quietly start a new key while checkpoints
 * or a public key made with the old one are there.
 */
export function checkpointWriter(files: AnchorFiles = anchorFiles()): CheckpointWriter {
  const cached = writers.get(files.dir);
  if (cached) return cached;
  const privateKey = loadOrCreateSigningKey(files);
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  const writer: CheckpointWriter = {
    keyId,
    publicKeyPem: publicPem(publicKey),
    append: (head) => {
      const checkpoint = signCheckpoint(privateKey, keyId, head);
      appendFileSync(files.checkpoints, checkpointLine(checkpoint));
      return checkpoint;
    },
  };
  writers.set(files.dir, writer);
  return writer;
}

/**
 * Moves the checkpoint file aside (kept, renamed with the time) when the log itself is deliberately
 * emptied, so the new log is not reported as truncated. Returns the new name, or null when there was none.
 */
export function archiveCheckpoints(files: AnchorFiles = anchorFiles(), at = new Date()): string | null {
  if (!existsSync(files.checkpoints)) return null;
  const archived = join(files.dir, `audit-checkpoints.until-${at.toISOString().replace(/[:.]/g, '-')}.jsonl`);
  renameSync(files.checkpoints, archived);
  return archived;
}

/** The public key in a PEM file; null when there is no file. Throws when the file holds no Ed25519 public key. */
export function readPublicKey(path: string): KeyObject | null {
  const pem = readIfPresent(path);
  if (pem === null) return null;
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new AuditAnchorError(`${path} is not a PEM public key`);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new AuditAnchorError(`${path} holds a ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
  return key;
}

export function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

function loadOrCreateSigningKey(files: AnchorFiles): KeyObject {
  const pem = readIfPresent(files.signingKey);
  if (pem === null) return createSigningKey(files);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new AuditAnchorError(`${files.signingKey} is not a PEM private key; restore the audit signing key from a backup`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new AuditAnchorError(`${files.signingKey} holds a ${privateKey.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
  const publicKey = createPublicKey(privateKey);
  const stored = readPublicKey(files.publicKey);
  if (stored === null) writeFileSync(files.publicKey, publicPem(publicKey));
  else if (keyIdOf(stored) !== keyIdOf(publicKey)) {
    throw new AuditAnchorError(
      `${files.publicKey} is not the public half of ${files.signingKey}: restore the matching key pair; checkpoints signed now would not verify`,
    );
  }
  return privateKey;
}

function createSigningKey(files: AnchorFiles): KeyObject {
  const left = [files.publicKey, files.checkpoints].filter((path) => existsSync(path));
  if (left.length > 0) {
    throw new AuditAnchorError(
      `the audit signing key ${files.signingKey} is missing, but ${left.join(' and ')} made with it ${left.length === 1 ? 'is' : 'are'} there. ` +
        `Restore the key from a backup; or, to sign with a new key from now on, move ${left.join(' and ')} aside (keep them for the auditor: they vouch for the log so far).`,
    );
  }
  mkdirSync(files.dir, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // Written under a temporary name and linked into place, so a concurrent first use never reads half a key, and one key wins.
  const temporary = `${files.signingKey}.${process.pid}.tmp`;
  writeFileSync(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  try {
    linkSync(temporary, files.signingKey);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    return loadOrCreateSigningKey(files);
  } finally {
    unlinkSync(temporary);
  }
  writeFileSync(files.publicKey, publicPem(publicKey));
  return privateKey;
}

function publicPem(publicKey: KeyObject): string {
  return String(publicKey.export({ type: 'spki', format: 'pem' }));
}
