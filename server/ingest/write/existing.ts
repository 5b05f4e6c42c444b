import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import { readExisting } from './diff.queries.js';
import type { WriteContext } from './write-context.js';
import type { WrittenLabel } from './written-label.js';

const existingRow = z.object({ id: z.string(), hash: z.string().nullable(), live: z.boolean() });

interface Existing {
  hash: string | null;
  live: boolean;
}

/** What an import's row is to the graph: a record it does not have, one it would change, or one it has as the row says. */
export type Change = 'new' | 'changed' | 'unchanged';

/** What is stored of the records with these ids (a page of them: the caller pages). */
export async function existingRecords(ctx: WriteContext, label: WrittenLabel, ids: string[]): Promise<Map<string, Existing>> {
  const rows = await readRows(ctx.graph, readExisting(label), { ids }, existingRow, `import-existing:${label}`);
  return new Map(rows.map((row) => [row.id, row]));
}

/** A record marked removed is changed by a row that lists it again, whatever its hash. */
export function changeOf(existing: Existing | undefined, hash: string): Change {
  if (existing === undefined) return 'new';
  return existing.hash === hash && existing.live ? 'unchanged' : 'changed';
}
