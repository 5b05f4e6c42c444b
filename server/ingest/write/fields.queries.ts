import type { WriteContext } from './write-context.js';

/**
 * The one definition of what an import writes to a node, property by property: the Cypher the
 * import's SET fragments are made of (record-fields.queries.ts, app-fields.queries.ts), and the
 * value the same expression gives when the node is new, for the bulk first load that writes CSV
 * files for `neo4j-admin database import` instead (first-write-properties.ts). Both come from the same entry,
 * so the two paths cannot drift apart; test/integration/first-write-properties.test.ts checks that
 * each entry's two sides agree.
 */

/** The import's statement parameters ($kind, $scope, $runId, $now). */
export type ImportParams = WriteContext['params'];

/**
 * The stored type of a property, named as a neo4j-admin CSV header names it (`startDate:date`).
 * The driver sends every JS number as a Float, so numbers are doubles; dates go through date() and
 * datetime(), so they are DATE and ZONED DATETIME. Only Cypher arithmetic makes integers (`long`,
 * as decimal text): no import field is one, but the bulk load carries some (bulk/carried-graph.ts).
 */
export type PropertyType = 'string' | 'boolean' | 'double' | 'long' | 'date' | 'datetime' | 'string[]' | 'double[]';

/** The name Neo4j's valueType() gives a stored property of each type. */
export const STORED_TYPE: Readonly<Record<PropertyType, string>> = {
  string: 'STRING NOT NULL',
  boolean: 'BOOLEAN NOT NULL',
  double: 'FLOAT NOT NULL',
  long: 'INTEGER NOT NULL',
  date: 'DATE NOT NULL',
  datetime: 'ZONED DATETIME NOT NULL',
  'string[]': 'LIST<STRING NOT NULL> NOT NULL',
  'double[]': 'LIST<FLOAT NOT NULL> NOT NULL',
};

/** A property's value: dates as `YYYY-MM-DD`, datetimes as the ISO-8601 string datetime() was given. */
export type PropertyValue = string | boolean | number | readonly string[] | readonly number[];

/** A row as the UNWIND statements take it. */
export type FieldRow = Readonly<Record<string, unknown>>;

export interface Field {
  property: string;
  type: PropertyType;
  /** The SET expression, for the node variable `node` and the row variable `row`. */
  set: (node: string, row: string) => string;
  /**
   * What `set` gives for a node that has no properties yet (the import's first write of it); null:
   * the property is absent.
   */
  firstWrite: (row: FieldRow, params: ImportParams) => PropertyValue | null;
  /** Says when and by which run the node was written, not what it holds (left out when asking whether a node holds a row). */
  bookkeeping?: true;
}

/** The SET fragment that writes `fields` to `node` from `row`. */
export function setFragment(fields: readonly Field[], node: string, row = 'row'): string {
  return `\n  ${fields.map((field) => `${node}.${field.property} = ${field.set(node, row)}`).join(',\n  ')}`;
}

/** The row's own value, unchanged. */
export function fromRow(property: string, type: PropertyType, column = property): Field {
  return { property, type, set: (_node, row) => `${row}.${column}`, firstWrite: (row) => rowValue(row, column, type) };
}

/**
 * A row's list, stored only when it has items: neo4j-admin's importer cannot store an empty list
 * (an empty cell is no property), so both paths leave the property out and readers coalesce it to [].
 */
export function listFromRow(property: string, type: 'string[]' | 'double[]', column = property): Field {
  return {
    property,
    type,
    set: (_node, row) => nonEmpty(`${row}.${column}`),
    firstWrite: (row) => {
      const value = rowValue(row, column, type);
      return Array.isArray(value) && value.length === 0 ? null : value;
    },
  };
}

/** The list expression, or null when it is empty. */
export function nonEmpty(list: string): string {
  return `CASE WHEN size(${list}) = 0 THEN null ELSE ${list} END`;
}

/** A row's `YYYY-MM-DD` as a DATE. */
export function dateFromRow(property: string, column = property): Field {
  return {
    property,
    type: 'date',
    set: (_node, row) => `CASE WHEN ${row}.${column} IS NULL THEN null ELSE date(${row}.${column}) END`,
    firstWrite: (row) => rowValue(row, column, 'date'),
  };
}

/** A row's ISO-8601 instant as a ZONED DATETIME. */
export function datetimeFromRow(property: string, column = property): Field {
  return {
    property,
    type: 'datetime',
    set: (_node, row) => `CASE WHEN ${row}.${column} IS NULL THEN null ELSE datetime(${row}.${column}) END`,
    firstWrite: (row) => rowValue(row, column, 'datetime'),
  };
}

/** The import's "now", on every write. */
export function importNow(property: string): Field {
  return { property, type: 'datetime', set: () => 'datetime($now)', firstWrite: (_row, params) => params.now };
}

/** One of the import's parameters, as a string. */
export function importParam(property: string, param: 'kind' | 'scope' | 'runId'): Field {
  return { property, type: 'string', set: () => `$${param}`, firstWrite: (_row, params) => params[param] };
}

/** The first write's value, kept by every later one. */
export function keptFromFirstWrite(field: Field): Field {
  return { ...field, set: (node, row) => `coalesce(${node}.${field.property}, ${field.set(node, row)})` };
}

const ARRAY_ELEMENT: Partial<Record<PropertyType, 'string' | 'number'>> = { 'string[]': 'string', 'double[]': 'number' };
const SCALAR: Partial<Record<PropertyType, 'string' | 'number' | 'boolean'>> = {
  string: 'string',
  boolean: 'boolean',
  double: 'number',
  date: 'string',
  datetime: 'string',
};

/** A column of the row, checked to be of `type` (missing or null: null, as Cypher reads it). */
export function rowValue(row: FieldRow, column: string, type: PropertyType): PropertyValue | null {
  const value = row[column];
  if (value === undefined || value === null) return null;
  const element = ARRAY_ELEMENT[type];
  if (element !== undefined) {
    if (Array.isArray(value) && value.every((item) => typeof item === element)) return value as readonly string[] | readonly number[];
  } else if (typeof value === SCALAR[type]) {
    return value as string | number | boolean;
  }
  throw new Error(`row ${String(row.id)}: ${column} is ${JSON.stringify(value)}, not a ${type}`);
}

/** A string column of the row (missing or null: null). */
export function rowString(row: FieldRow, column: string): string | null {
  const value = rowValue(row, column, 'string');
  return typeof value === 'string' ? value : null;
}
