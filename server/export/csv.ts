import { stringify } from 'csv-stringify/sync';

/** CSV with a header row; cells that a spreadsheet would run as a formula (= + - @) are defused. */
export function toCsv(rows: Record<string, string | number | null>[], columns: readonly string[] = Object.keys(rows[0] ?? {})): string {
  if (columns.length === 0) return '';
  return stringify(rows, { header: true, columns: [...columns], escape_formulas: true, record_delimiter: 'windows' });
}
