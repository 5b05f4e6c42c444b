import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import type { RecordLabel } from '../model.js';
import { readLiveInScope } from './diff.queries.js';
import type { WriteContext } from './write-context.js';

const idRow = z.object({ id: z.string() });

/**
 * The live records of the import's scope and this label that its complete listing does not name:
 * read by scope and compared here, since unchanged records are no longer written and so keep an
 * earlier run's lastSyncRunId.
 */
export async function unlistedIds(ctx: WriteContext, label: RecordLabel, listed: ReadonlySet<string>): Promise<string[]> {
  const live = await readRows(ctx.graph, readLiveInScope(label), { scope: ctx.params.scope }, idRow, `import-live:${label}`);
  return live.map((row) => row.id).filter((id) => !listed.has(id));
}
