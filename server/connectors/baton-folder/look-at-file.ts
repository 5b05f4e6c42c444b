/**
 * One look at a watched file: its bytes and their SHA-256, read between two stats so a file that
 * grows or is rewritten meanwhile (a connector still writing it) is told apart from a whole one.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { C1Z_V1_MAGIC, C1Z_V3_MAGIC } from '../../ingest/baton/c1z-file.js';

export interface FileLook {
  size: number;
  mtimeMs: number;
  bytes: Buffer;
  sha256: string;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
}

export async function statOf(path: string): Promise<FileStat> {
  const info = await stat(path);
  return { size: info.size, mtimeMs: info.mtimeMs };
}

/** The file's bytes, or null when its size or time changed while it was read. */
export async function lookAt(path: string, before: FileStat): Promise<FileLook | null> {
  const bytes = await readFile(path);
  const after = await statOf(path);
  if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || bytes.length !== after.size) return null;
  return { ...after, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Why the bytes cannot be a whole Baton file yet, or null: the importer says more about a file that starts right. */
export function notAC1z(bytes: Buffer): string | null {
  const header = bytes.subarray(0, C1Z_V1_MAGIC.length);
  if (header.equals(C1Z_V1_MAGIC) || header.equals(C1Z_V3_MAGIC)) return null;
  const found = [...header].map((b) => b.toString(16).padStart(2, '0')).join(' ') || 'nothing';
  return `not a Baton .c1z file (yet): expected the header bytes 43 31 5a 46 00 ("C1ZF\\0"), found ${found}; looked at again next round`;
}
