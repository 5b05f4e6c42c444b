/**
 * Streams the records of one CSV file with csv-parse: UTF-8 checked on the way in, BOM stripped,
 * CRLF / LF / CR line ends, quoted commas and newlines. Each record carries the line it starts on.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';

import { CsvError, parse } from 'csv-parse';

import { ImportError } from '../errors.js';
import type { InputFile } from '../parser.js';
import { Utf8Check } from './utf8.js';

export interface CsvRecord {
  /** The line the record starts on (1-based, physical lines of the file). */
  line: number;
  cells: string[];
}

/** Longest record accepted; a longer one is almost always an unclosed quote swallowing the file. */
export const MAX_RECORD_CHARS = 1_000_000;

interface CsvInfo {
  lines: number;
}

function isParsedRecord(value: unknown): value is { record: string[]; info: CsvInfo } {
  return typeof value === 'object' && value !== null && 'record' in value && 'info' in value;
}

/** Line breaks inside a record's cells, and how many of them csv-parse counted twice (CRLF). */
function breaksIn(cells: readonly string[]): { breaks: number; crlf: number } {
  let breaks = 0;
  let crlf = 0;
  for (const cell of cells) {
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    for (let i = 0; i < cell.length; i += 1) {
      const ch = cell.charCodeAt(i);
      if (ch === 13) {
        breaks += 1;
        if (cell.charCodeAt(i + 1) === 10) {
          crlf += 1;
          i += 1;
        }
      } else if (ch === 10) {
        breaks += 1;
      }
    }
  }
  return { breaks, crlf };
}

function csvErrorMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed: the file is truncated or has a stray double quote';
    case 'INVALID_OPENING_QUOTE':
      return 'a double quote appears inside an unquoted field; quote the whole field and double the inner quote ("")';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted field is followed by other characters before the next comma; double any quote inside a quoted field ("")';
    case 'CSV_MAX_RECORD_SIZE':
      return `a record longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: probably an unclosed double quote`;
    default:
      return `not valid CSV (${error.code})`;
  }
}

/** The first bytes of a file, to tell JSON given in place of CSV. */
async function head(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads the records of `file` in order. Throws ImportError naming the file and line when the bytes or the CSV are malformed. */
export async function* readCsvRecords(file: InputFile): AsyncGenerator<CsvRecord> {
  const start = (await head(file.path, 256))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    throw new ImportError([{ file: file.name, line: 1, message: 'this file is JSON, not a CSV export; check the import kind' }]);
  }
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_CHARS,
  });
  const source = createReadStream(file.path, { highWaterMark: 256 * 1024 });
  pipeline(source, new Utf8Check(file.name), parser, () => undefined);
  let doubleCounted = 0;
  try {
    for await (const item of parser) {
      if (!isParsedRecord(item)) continue;
      const { breaks, crlf } = breaksIn(item.record);
      doubleCounted += crlf;
      const endLine = item.info.lines - doubleCounted;
      yield { line: endLine - breaks, cells: item.record };
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof CsvError) {
      const lines = error.lines;
      const line = typeof lines === 'number' ? Math.max(1, lines - doubleCounted) : undefined;
      throw new ImportError([{ file: file.name, ...(line !== undefined ? { line } : {}), message: csvErrorMessage(error) }]);
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError([{ file: file.name, message: `cannot read the file${code ? ` (${code})` : ''}` }]);
  } finally {
    source.destroy();
  }
}
