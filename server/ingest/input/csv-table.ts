/**
 * Reads a CSV export as a table: the first row is the header, matched to the kind's columns; each
 * later row is handed over with its line number. Blank rows are skipped; a row with a different
 * number of cells than the header is a problem (blank trailing cells, as spreadsheets write, are not).
 */
import type { InputFile } from '../parser.js';
import { readCsvRecords } from './csv-rows.js';
import { resolveColumns, type ColumnSpec, type ResolvedColumns } from './headers.js';
import { collecting, type Problems } from './problems.js';

export interface CsvRow {
  file: string;
  line: number;
  /** The trimmed cell of a field's column; null when the column is absent or the cell is blank. */
  get: (field: string) => string | null;
  /** The trimmed cell at a column index; null when blank. */
  at(index: number): string | null;
  /** The file has a column for this field (to tell a blank cell from a missing column). */
  hasColumn(field: string): boolean;
}

export interface CsvTableHandlers {
  /** Checks the header (missing columns, wrong kind); return false to skip the rows of this file. */
  onHeader(columns: ResolvedColumns, where: { file: string; line: number }): boolean;
  onRow(row: CsvRow): void;
}

function cell(cells: readonly string[], index: number | undefined): string | null {
  if (index === undefined) return null;
  const value = cells[index]?.trim();
  return value ? value : null;
}

/** Reads one file; returns the number of data rows read. Problems go to `problems`. */
export async function readCsvTable(
  file: InputFile,
  specs: readonly ColumnSpec[],
  mapping: Record<string, string> | undefined,
  problems: Problems,
  handlers: CsvTableHandlers,
): Promise<number> {
  let rows = 0;
  let sawHeader = false;
  let headerAccepted = false;
  const done = await collecting(problems, async () => {
    let columns: ResolvedColumns | undefined;
    for await (const record of readCsvRecords(file)) {
      if (record.cells.every((value) => value.trim() === '')) continue;
      if (!columns) {
        sawHeader = true;
        columns = resolveColumns(record.cells, specs, mapping, { file: file.name, line: record.line }, problems);
        headerAccepted = handlers.onHeader(columns, { file: file.name, line: record.line });
        if (!headerAccepted) return true;
        continue;
      }
      rows += 1;
      const width = columns.header.length;
      const extraBlank = record.cells.length > width && record.cells.slice(width).every((value) => value.trim() === '');
      if (record.cells.length !== width && !extraBlank) {
        problems.add(
          { file: file.name, line: record.line },
          `expected ${width} cells as in the header, found ${record.cells.length}; a cell with a comma or line break must be in double quotes`,
        );
        continue;
      }
      const { index } = columns;
      const cells = record.cells;
      handlers.onRow({
        file: file.name,
        line: record.line,
        get: (field) => cell(cells, index.get(field)),
        at: (i) => cell(cells, i),
        hasColumn: (field) => index.has(field),
      });
    }
    return true;
  });
  if (done && !sawHeader) problems.add({ file: file.name }, 'file is empty (no header row, only blank lines)');
  else if (done && headerAccepted && rows === 0) problems.add({ file: file.name, line: 2 }, 'file has a header row but no data rows');
  return rows;
}
