/**
 * UTF-8 checks. Bytes are validated with a fatal TextDecoder in streaming mode, a block of whole
 * lines at a time, so a bad byte is reported with its line (and column) and memory stays bounded.
 */
import { Transform, type TransformCallback } from 'node:stream';

import { ImportError } from '../errors.js';

const NEWLINE = 0x0a;
/** Bytes held back waiting for a line end; past this (a file without LF line ends) they are checked as they are. */
const MAX_CARRY = 1024 * 1024;

/** A message when the first bytes show the file is not UTF-8 text at all, else null. */
export function sniffNotText(head: Uint8Array): string | null {
  const [a, b, c, d] = head;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    return 'file is UTF-16 encoded (Excel "Unicode Text"); save or export it as UTF-8';
  }
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) {
    return 'file is a ZIP archive or an Excel workbook (.xlsx), not text; export the sheet as CSV (UTF-8)';
  }
  if (a === 0x1f && b === 0x8b) return 'file is gzip-compressed; decompress it first';
  if (head.subarray(0, 4096).includes(0))
    return 'file contains NUL bytes: it is binary or UTF-16 without a byte order mark; save it as UTF-8';
  return null;
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  let at = bytes.indexOf(NEWLINE);
  while (at !== -1) {
    count += 1;
    at = bytes.indexOf(NEWLINE, at + 1);
  }
  return count;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/** The column (1-based, in characters) and value of the first invalid byte of a line known to be invalid. */
function locateInLine(line: Uint8Array): { column: number; byte: number } {
  let bad = line.length;
  for (let k = 1; k <= line.length; k += 1) {
    if (!decodes(line.subarray(0, k), true)) {
      bad = k - 1;
      break;
    }
  }
  for (let j = bad; j >= Math.max(0, bad - 3); j -= 1) {
    if (decodes(line.subarray(0, j), false)) {
      return { column: new TextDecoder('utf-8').decode(line.subarray(0, j)).length + 1, byte: line[j] ?? 0 };
    }
  }
  return { column: 1, byte: line[0] ?? 0 };
}

/** The problem for a block of whole lines that failed to decode; `firstLine` is the block's first line number. */
export function invalidUtf8Error(file: string, block: Uint8Array, firstLine: number): ImportError {
  let start = 0;
  let line = firstLine;
  while (start <= block.length) {
    const end = block.indexOf(NEWLINE, start);
    const stop = end === -1 ? block.length : end + 1;
    const bytes = block.subarray(start, stop);
    if (!decodes(bytes, false)) {
      const { column, byte } = locateInLine(bytes);
      return new ImportError([
        {
          file,
          line,
          message: `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at column ${column} is not valid UTF-8 (the file looks like Windows-1252 or Latin-1); save or export it as UTF-8`,
        },
      ]);
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return new ImportError([{ file, line: firstLine, message: 'file is not valid UTF-8; save or export it as UTF-8' }]);
}

/** Decodes a whole file's bytes (a JSON page) as UTF-8, or throws an ImportError naming the line. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  const notText = sniffNotText(bytes);
  if (notText) throw new ImportError([{ file, line: 1, message: notText }]);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidUtf8Error(file, bytes, 1);
  }
}

/**
 * Passes bytes through unchanged once they are known to be UTF-8: each chunk is cut after its last
 * newline, the whole lines are decoded (fatal, streaming) and pushed, the rest waits for the next chunk.
 */
export class Utf8Check extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private carry: Buffer = Buffer.alloc(0);
  private line = 1;
  private first = true;

  constructor(private readonly file: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.first) {
      this.first = false;
      const notText = sniffNotText(chunk);
      if (notText) {
        callback(new ImportError([{ file: this.file, line: 1, message: notText }]));
        return;
      }
    }
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const last = data.lastIndexOf(NEWLINE);
    if (last === -1) {
      if (data.length > MAX_CARRY) {
        this.carry = Buffer.alloc(0);
        callback(this.check(data));
        return;
      }
      this.carry = data;
      callback();
      return;
    }
    this.carry = data.subarray(last + 1);
    callback(this.check(data.subarray(0, last + 1)));
  }

  override _flush(callback: TransformCallback): void {
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    const error = rest.length ? this.check(rest) : undefined;
    if (!error) {
      try {
        this.decoder.decode();
      } catch {
        callback(invalidUtf8Error(this.file, rest, this.line));
        return;
      }
    }
    callback(error);
  }

  private check(block: Buffer): ImportError | undefined {
    try {
      this.decoder.decode(block, { stream: true });
    } catch {
      return invalidUtf8Error(this.file, block, this.line);
    }
    this.line += countNewlines(block);
    this.push(block);
    return undefined;
  }
}
