import { ARRAY_DELIMITER } from '../../graph/embedded/bulk-import-format.js';
import type { PropertyType, PropertyValue } from './fields.queries.js';

/**
 * Cells of the CSV files `neo4j-admin database import full` reads, for the values first-write
 * properties give. The importer must be run with its defaults for quoting (`--quote='"'`,
 * `--legacy-style-quoting=false`: a quote inside a value is doubled), `--ignore-empty-strings=false`
 * (a quoted empty cell is the empty string, an unquoted one no property) and `--trim-strings=false`,
 * and the dialect of bulk-import-format.ts (BulkImport.java is told it): strings are written as they
 * are, and vendor text (names, titles) may hold line breaks, which are kept inside quotes.
 */

const LONG = /^-?\d{1,19}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** As Cypher's datetime() and the importer parse alike; the zone must be explicit, or each would take its own default. */
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The CSV header cell of a property (`startDate:date`). */
export function headerCell(property: string, type: PropertyType): string {
  return `${property}:${type}`;
}

/** The cell for a value of `type`; null (no property) is an empty unquoted cell. */
export function csvCell(type: PropertyType, value: PropertyValue | null): string {
  if (value === null) return '';
  switch (type) {
    case 'string':
      return quoted(text(value, type));
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error(`${JSON.stringify(value)} is not a ${type}`);
      return String(value);
    case 'double':
      return double(number(value, type));
    case 'long':
      return matching(text(value, type), LONG, type);
    case 'date':
      return matching(text(value, type), DATE, type);
    case 'datetime':
      return matching(text(value, type), DATETIME, type);
    case 'string[]':
      return quoted(
        list(value, type)
          .map((item) => listItem(text(item, type)))
          .join(ARRAY_DELIMITER),
      );
    case 'double[]':
      return quoted(
        list(value, type)
          .map((item) => double(number(item, type)))
          .join(ARRAY_DELIMITER),
      );
  }
}

function quoted(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** Java's Double.parseDouble reads JS's shortest round-trip form back to the same double. */
function double(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} cannot be stored as a double property`);
  return Object.is(value, -0) ? '-0.0' : String(value);
}

function matching(value: string, pattern: RegExp, type: PropertyType): string {
  if (!pattern.test(value)) throw new Error(`${JSON.stringify(value)} is not a ${type} the importer reads as Cypher does`);
  return value;
}

/**
 * The importer reads a list cell with no text as no property (an empty list is "empty"), so it
 * cannot store an empty list, nor a list of one empty string: those are refused for the caller to
 * write some other way.
 */
function list(value: PropertyValue, type: PropertyType): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`${JSON.stringify(value)} is not a ${type}`);
  if (value.length === 0 || (value.length === 1 && value[0] === '')) {
    throw new Error(`${JSON.stringify(value)}: neo4j-admin import stores no property for an empty ${type} cell`);
  }
  return value;
}

function listItem(item: string): string {
  if (item.includes(ARRAY_DELIMITER)) throw new Error(`${JSON.stringify(item)} holds the array delimiter U+001F`);
  return item;
}

function text(value: unknown, type: PropertyType): string {
  if (typeof value !== 'string') throw new Error(`${JSON.stringify(value)} is not a ${type}`);
  return value;
}

function number(value: unknown, type: PropertyType): number {
  if (typeof value !== 'number') throw new Error(`${JSON.stringify(value)} is not a ${type}`);
  return value;
}
