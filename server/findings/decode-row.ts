import { z } from 'zod';

/** Decodes one row of a query; a renamed or missing column fails here, naming the query and the column. */
export function decodeRow<T>(schema: z.ZodType<T>, row: unknown, query: string): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  throw new Error(`${query}: a row of its query does not have the columns expected:\n${z.prettifyError(parsed.error)}`);
}
