import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeChangedCopy } from '../../bench/incremental-change.js';

const NOW = new Date('2026-11-20T00:00:00Z');

function exportOf(rows: number, header: string[]): string {
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i++) {
    const cells: Record<string, string> = {
      Email: `user${i}@acme.com`,
      Name: `User ${i}`,
      Role: 'Member',
      Status: i % 10 === 0 ? 'Deactivated' : 'Active',
      'Last active': '2026-11-01T00:00:00.000Z',
      'User ID': `U${i}`,
    };
    lines.push(header.map((column) => cells[column] ?? '').join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function rowsOf(path: string): Promise<Record<string, string>[]> {
  return parse(await readFile(path, 'utf8'), { columns: true });
}

describe('bench:scale incremental change: the next export of one app', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attest-bench-change-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('changes 200 rows, leaves out 150 and adds 150 new accounts with their own email and id', async () => {
    const source = join(dir, 'app.csv');
    const target = join(dir, 'changed.csv');
    await writeFile(source, exportOf(2000, ['Email', 'Name', 'Role', 'Status', 'Last active', 'User ID']));
    const copy = writeChangedCopy(source, target, NOW, 42);
    expect(copy).toMatchObject({ changed: 200, removed: 150, added: 150, rowsBefore: 2000, rowsAfter: 2000 });

    const before = new Map((await rowsOf(source)).map((row) => [row.Email, row]));
    const after = await rowsOf(target);
    const kept = after.filter((row) => before.has(row.Email));
    const added = after.filter((row) => !before.has(row.Email));
    expect(kept).toHaveLength(1850);
    expect(added).toHaveLength(150);
    expect(new Set(added.map((row) => row['User ID'])).size).toBe(150);
    expect(added.some((row) => [...before.values()].some((old) => old['User ID'] === row['User ID']))).toBe(false);
    const changed = kept.filter((row) => JSON.stringify(row) !== JSON.stringify(before.get(row.Email)));
    expect(changed).toHaveLength(200);
    expect(changed.filter((row) => row.Status !== before.get(row.Email)?.Status)).toHaveLength(100);
    expect(changed.filter((row) => row['Last active'] !== before.get(row.Email)?.['Last active'])).toHaveLength(100);
  });

  it('flips the status when the export has no last-active column, and is the same for the same seed', async () => {
    const source = join(dir, 'app.csv');
    await writeFile(source, exportOf(1000, ['Email', 'Name', 'Status']));
    const first = writeChangedCopy(source, join(dir, 'a.csv'), NOW, 7);
    writeChangedCopy(source, join(dir, 'b.csv'), NOW, 7);
    expect(first.columns).toEqual(['Status']);
    expect(await readFile(join(dir, 'a.csv'), 'utf8')).toBe(await readFile(join(dir, 'b.csv'), 'utf8'));
  });

  it('scales the changes down for an export too small for 500', async () => {
    const source = join(dir, 'app.csv');
    await writeFile(source, exportOf(200, ['Email', 'Status']));
    const copy = writeChangedCopy(source, join(dir, 'changed.csv'), NOW, 1);
    expect(copy.changed + copy.removed + copy.added).toBeLessThanOrEqual(100);
    expect(copy.rowsAfter).toBe(200 - copy.removed + copy.added);
  });
});
