/**
 * The outer layers of a Baton .c1z file (baton-sdk pkg/dotc1z): the 5-byte magic "C1ZF\0", then one
 * zstd frame holding a SQLite database. v3 files ("C1Z3\0", a Pebble store in a tar) are refused
 * with how to get a v1 file from the connector instead.
 */
import { decompress, init } from '@bokuweb/zstd-wasm';

export const C1Z_V1_MAGIC = Uint8Array.from([0x43, 0x31, 0x5a, 0x46, 0x00]);
export const C1Z_V3_MAGIC = Uint8Array.from([0x43, 0x31, 0x5a, 0x33, 0x00]);
const ZSTD_MAGIC = Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd]);
const SQLITE_MAGIC = new TextEncoder().encode('SQLite format 3\0');

/** The largest database Attest inflates in memory (the wasm heap holds it twice while copying). */
export const MAX_DATABASE_BYTES = 1024 * 1024 * 1024;

export class C1zFormatError extends Error {
  override name = 'C1zFormatError';
}

let ready: Promise<void> | undefined;

/**
 * Loads the zstd wasm module once per process. Everything that uses @bokuweb/zstd-wasm must wait on
 * this instead of calling its init() again: a second init() swaps in a fresh wasm instance
 * asynchronously, under any call already using the first.
 */
export function zstdReady(): Promise<void> {
  ready ??= init();
  return ready;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array, at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

/**
 * The frame content size a zstd frame header declares (RFC 8878 §3.1.1.1), or null when the
 * writer left it out; older Baton versions streamed without it.
 */
export function declaredContentSize(frame: Uint8Array): number | null {
  const descriptor = frame[4];
  if (descriptor === undefined) throw new C1zFormatError('the zstd frame header is cut short');
  const sizeFlag = descriptor >> 6;
  const singleSegment = (descriptor & 0x20) !== 0;
  const dictionaryBytes = [0, 1, 2, 4][descriptor & 0x03] ?? 0;
  const sizeBytes = sizeFlag === 0 ? (singleSegment ? 1 : 0) : 1 << sizeFlag;
  if (sizeBytes === 0) return null;
  const at = 5 + (singleSegment ? 0 : 1) + dictionaryBytes;
  if (frame.length < at + sizeBytes) throw new C1zFormatError('the zstd frame header is cut short');
  let size = 0;
  for (let i = sizeBytes - 1; i >= 0; i -= 1) size = size * 256 + (frame[at + i] ?? 0);
  return sizeBytes === 2 ? size + 256 : size;
}

function inflate(frame: Uint8Array): Uint8Array {
  const declared = declaredContentSize(frame);
  if (declared !== null && declared > MAX_DATABASE_BYTES) {
    throw new C1zFormatError(`the database inside declares ${declared} bytes, more than the ${MAX_DATABASE_BYTES} Attest reads at once`);
  }
  if (declared !== null) return decompress(frame);
  // No declared size: zstd-wasm only has the one-shot API, so grow the output buffer until it fits.
  for (let size = Math.max(frame.length * 8, 1 << 20); size <= MAX_DATABASE_BYTES; size *= 2) {
    try {
      return decompress(frame, { defaultHeapSize: size });
    } catch (error) {
      // ZSTD_error_dstSize_tooSmall is 70; any other code is a broken stream.
      if (!(error instanceof Error) || !/code -70\b/.test(error.message)) throw error;
    }
  }
  throw new C1zFormatError(`the database inside is larger than the ${MAX_DATABASE_BYTES} bytes Attest reads at once`);
}

/** The SQLite database inside a v1 .c1z, or a C1zFormatError saying what was expected. */
export async function openC1z(bytes: Uint8Array): Promise<Uint8Array> {
  if (startsWith(bytes, C1Z_V3_MAGIC)) {
    throw new C1zFormatError(
      'this is a Baton v3 c1z (a Pebble store, header "C1Z3"); Attest reads v1 files: run the connector with --storage-engine sqlite (or BATON_STORAGE_ENGINE=sqlite)',
    );
  }
  if (!startsWith(bytes, C1Z_V1_MAGIC)) {
    throw new C1zFormatError(
      `not a Baton .c1z file: expected the header bytes 43 31 5a 46 00 ("C1ZF\\0"), found ${hex(bytes.subarray(0, 5)) || 'nothing'}`,
    );
  }
  const frame = bytes.subarray(C1Z_V1_MAGIC.length);
  if (!startsWith(frame, ZSTD_MAGIC)) {
    throw new C1zFormatError(`expected a zstd stream after the header (28 b5 2f fd), found ${hex(frame.subarray(0, 4)) || 'nothing'}`);
  }
  await zstdReady();
  let database: Uint8Array;
  try {
    database = inflate(frame);
  } catch (error) {
    if (error instanceof C1zFormatError) throw error;
    throw new C1zFormatError(
      `the zstd stream is corrupt or cut short (${error instanceof Error ? error.message.replace('compress', 'decompress') : String(error)})`,
    );
  }
  if (!startsWith(database, SQLITE_MAGIC)) {
    throw new C1zFormatError('the zstd stream does not hold a SQLite database (no "SQLite format 3" header)');
  }
  return database;
}
