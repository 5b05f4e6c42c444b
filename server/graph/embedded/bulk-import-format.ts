/**
 * The CSV dialect of the bulk importer's files, in one place: the cell encoder (ingest/write/admin-import-cell.ts)
 * writes it and bulk-import.ts tells BulkImport.java to read it so.
 */

/** Separates the items of a list cell: a control character no vendor text holds (one that does is refused). */
export const ARRAY_DELIMITER = '\u001f';

/** String cells are written as they are, so vendor text with line breaks spans lines inside its quotes. */
export const MULTILINE_FIELDS = true;

/** The importer's options for this dialect (it names a control character as U+XXXX). */
export function dialectOptions(): string[] {
  const code = ARRAY_DELIMITER.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
  return [`--array-delimiter=U+${code}`, `--multiline-fields=${MULTILINE_FIELDS}`];
}
