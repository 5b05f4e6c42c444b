import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;

/** `Algorithm.Argon2id`: @node-rs/argon2 declares it as a const enum that has no value at run time. */
const ARGON2ID = 2;

/** Why a password cannot be used, in words; null when it can. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `the password must be at least ${MIN_PASSWORD_LENGTH} characters long (it has ${password.length})`;
  if (password.length > MAX_PASSWORD_LENGTH) return `the password must be at most ${MAX_PASSWORD_LENGTH} characters long`;
  return null;
}

/** An argon2id hash in PHC format (salt and parameters included). Throws when the password is too short. */
export async function hashPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    // not a hash this library can read
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time of one real verification, for a sign-in with an unknown email or a user without a
 * password, so response times do not tell which emails have accounts.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hash(randomBytes(24).toString('base64url'), { algorithm: ARGON2ID });
  await verifyPassword(await decoy, password);
  return false;
}
