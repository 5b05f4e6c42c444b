import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** rw------- : the password and lock files are for the user who runs Attest only. */
export const OWNER_ONLY = 0o600;

const PASSWORD_NAME = 'neo4j-password';

export function passwordPath(dataDir: string): string {
  return join(dataDir, PASSWORD_NAME);
}

/** The embedded Neo4j's password, or null when none was generated yet for this data directory. */
export function readPasswordFile(dataDir: string): string | null {
  try {
    return readFileSync(passwordPath(dataDir), 'utf8').trim();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The password the embedded Neo4j is started with: the one in DATA_DIR/neo4j-password, or a new
 * random one written there (first start, a data directory from before authentication, or the
 * file deleted to rotate it). The file is made owner-only if someone loosened it.
 */
export function ensurePasswordFile(dataDir: string): string {
  const path = passwordPath(dataDir);
  try {
    writeFileSync(path, `${randomBytes(24).toString('base64url')}\n`, { flag: 'wx', mode: OWNER_ONLY });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    if ((statSync(path).mode & 0o777) !== OWNER_ONLY) chmodSync(path, OWNER_ONLY);
  }
  return readPasswordFile(dataDir) ?? '';
}
