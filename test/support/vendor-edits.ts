import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Rng } from '../../seed/random.js';

/**
 * Random edits to a vendor CSV export, as the next export from the same system would differ:
 * changed values taken from other rows of the same column (so every value is one the vendor
 * writes), rows gone, and rows that copy another with a new email. Returns how many rows changed.
 */
export interface CsvEdits {
  changes: number;
  /** Columns whose values are copied together from one other row (a status with the dates that go with it). */
  groups: readonly (readonly string[])[];
  /** Rows may be dropped and added (a copy of another row under this email column's new value). */
  rows?: { emailColumn: string; newEmail: (n: number) => string };
}

export function editCsvExport(path: string, rng: Rng, options: CsvEdits): number {
  const rows = parse<Record<string, string>>(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true });
  const [first] = rows;
  if (!first) return 0;
  let changed = 0;
  for (let i = 0; i < options.changes && rows.length > 2; i += 1) {
    const what = options.rows ? rng.int(0, 3) : 2;
    const index = rng.int(0, rows.length - 1);
    const row = rows[index];
    if (!row) continue;
    if (what === 0) {
      rows.splice(index, 1);
    } else if (what === 1 && options.rows) {
      rows.push({ ...row, [options.rows.emailColumn]: options.rows.newEmail(i) });
    } else {
      const group = rng.pick(options.groups);
      const donor = rng.pick(rows);
      if (group.every((column) => donor[column] === row[column])) continue;
      for (const column of group) row[column] = donor[column] ?? '';
    }
    changed += 1;
  }
  writeFileSync(path, stringify(rows, { header: true, columns: Object.keys(first) }));
  return changed;
}
