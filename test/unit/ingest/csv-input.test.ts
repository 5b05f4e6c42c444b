import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ImportError } from '../../../server/ingest/errors.js';
import { readCsvRecords, type CsvRecord } from '../../../server/ingest/input/csv-rows.js';
import { normalizeHeader } from '../../../server/ingest/input/headers.js';
import { importError } from './helpers.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attest-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function records(name: string, bytes: string | Buffer): Promise<CsvRecord[]> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const out: CsvRecord[] = [];
  for await (const record of readCsvRecords({ path, name })) out.push(record);
  return out;
}

describe('readCsvRecords', () => {
  it('gives each record the line it starts on, across quoted CRLF and LF line breaks and blank lines', async () => {
    const text = 'a,b\r\n1,"x\r\ny\r\nz"\r\n\r\n2,"p,q"\r\n3,"r\ns"\n4,t\n';
    const rows = await records('lines.csv', text);
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x\r\ny\r\nz'] },
      { line: 6, cells: ['2', 'p,q'] },
      { line: 7, cells: ['3', 'r\ns'] },
      { line: 9, cells: ['4', 't'] },
    ]);
  });

  it('strips a UTF-8 byte order mark', async () => {
    const rows = await records(
      'bom.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Email,Name\nx@acme.example,Zoë\n')]),
    );
    expect(rows[0]?.cells).toEqual(['Email', 'Name']);
    expect(rows[1]?.cells).toEqual(['x@acme.example', 'Zoë']);
  });

  it('rejects a non-UTF-8 byte far into a large file with its line', async () => {
    const lines = ['id,name'];
    for (let i = 1; i < 60_000; i += 1) lines.push(`${i},Person ${i}`);
    const good = Buffer.from(`${lines.join('\n')}\n`);
    const bad = Buffer.concat([good, Buffer.from('60000,Ren'), Buffer.from([0xe9]), Buffer.from('e\n60001,Last\n')]);
    const error = await importError(records('late-latin1.csv', bad));
    expect(error.problems).toEqual([
      { file: 'late-latin1.csv', line: 60_001, message: expect.stringContaining('byte 0xE9 at column 10 is not valid UTF-8') as string },
    ]);
  });

  it('rejects UTF-16 and Excel workbooks up front', async () => {
    const utf16 = await importError(records('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')])));
    expect(utf16.message).toContain('UTF-16');
    const xlsx = await importError(records('book.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])));
    expect(xlsx.message).toContain('Excel workbook');
  });

  it('reports a stray quote with its line', async () => {
    const error = await importError(records('stray.csv', 'a,b\n1,2\n3,4 "inch"\n'));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.problems[0]).toMatchObject({ file: 'stray.csv', line: 3 });
  });
});

describe('normalizeHeader', () => {
  it('ignores case, spaces, underscores and punctuation, keeping #', () => {
    expect(normalizeHeader('Legal_Name_-_First_Name')).toBe('legalnamefirstname');
    expect(normalizeHeader(' Email_-_Work ')).toBe('emailwork');
    expect(normalizeHeader('Employee #')).toBe('employee#');
    expect(normalizeHeader('Worker_s_Manager')).toBe(normalizeHeader("Worker's Manager"));
  });
});
