import { stringify } from 'csv-stringify/sync';

/** CSV with a header row; cells that a spreadsheet would run as a formula (= + - @) are defused. */
export function toCsv(rows: Record<string, string | number | null>[]): string {
  const first = rows[0];
  if (!first) return '';
  return stringify(rows, { header: true, columns: Object.keys(first), escape_formulas: true, record_delimiter: 'windows' });
}
