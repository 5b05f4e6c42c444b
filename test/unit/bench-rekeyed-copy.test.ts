import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRekeyedCopy } from '../../bench/rekeyed-copy.js';

describe('bench:scale all-or-nothing input: every record new', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attest-bench-rekey-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('re-keys ids and every email of an HR export alike, so supervisors still point at their people', async () => {
    const source = join(dir, 'hr.csv');
    await writeFile(
      source,
      [
        'Employee #,First Name,Work Email,Alternate Emails,Supervisor Email,Status',
        'E00001,Ann,ann@acme.com,ann@acme.io;a.b@acme.io,,Active',
        'E00002,Bob,bob@acme.com,,ann@acme.com,Active',
      ].join('\n'),
    );
    const target = join(dir, 'rekeyed.csv');
    expect(writeRekeyedCopy(source, target)).toEqual(['Work Email', 'Alternate Emails', 'Supervisor Email', 'Employee #']);
    const rows: Record<string, string>[] = parse(await readFile(target, 'utf8'), { columns: true });
    expect(rows).toEqual([
      {
        'Employee #': 'K-E00001',
        'First Name': 'Ann',
        'Work Email': 'k.ann@acme.com',
        'Alternate Emails': 'k.ann@acme.io;k.a.b@acme.io',
        'Supervisor Email': '',
        Status: 'Active',
      },
      {
        'Employee #': 'K-E00002',
        'First Name': 'Bob',
        'Work Email': 'k.bob@acme.com',
        'Alternate Emails': '',
        'Supervisor Email': 'k.ann@acme.com',
        Status: 'Active',
      },
    ]);
  });

  it('refuses an export with nothing to re-key', async () => {
    const source = join(dir, 'plain.csv');
    await writeFile(source, 'Name,Status\nAnn,Active\n');
    expect(() => writeRekeyedCopy(source, join(dir, 'out.csv'))).toThrow(/no identifier or email column/);
  });
});
