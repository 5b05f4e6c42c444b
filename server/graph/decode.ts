import type { z } from 'zod';
import type { Graph, Params, Row } from './graph.js';

/** A row that does not have the shape its query promises, e.g. after a column was renamed on one side only. */
export class RowShapeError extends Error {
  constructor(
    readonly query: string,
    readonly column: string,
    problem: string,
  ) {
    super(`query "${query}" returned a row whose column "${column}" does not fit: ${problem}`);
    this.name = 'RowShapeError';
  }
}

/**
 * Parses each row (already plain values: numbers, ISO strings) with the schema of what the query
 * returns. `query` names the query in the error, as its purpose does in the transaction metadata.
 */
export function decodeRows<S extends z.ZodType>(schema: S, rows: readonly Row[], query: string): z.output<S>[] {
  return rows.map((row) => decodeRow(schema, row, query));
}

export function decodeRow<S extends z.ZodType>(schema: S, row: unknown, query: string): z.output<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const column = issue?.path.map(String).join('.') || '(row)';
  throw new RowShapeError(query, column, issue?.message ?? parsed.error.message);
}

/** Runs one read query and decodes its rows; `purpose` names the query in the transaction metadata and in errors. */
export async function readRows<S extends z.ZodType>(
  graph: Graph,
  cypher: string,
  params: Params,
  schema: S,
  purpose: string,
): Promise<z.output<S>[]> {
  return decodeRows(schema, await graph.read(cypher, params, purpose), purpose);
}
