import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { appsScope, EVERYTHING, identitiesScope, type ChangeScope } from '../shared/change-scope.js';
import { RECORD_KIND } from './record-scope.queries.js';

const kindRow = z.object({ account: z.boolean(), identity: z.boolean(), appId: z.string().nullable() });

/**
 * What an ownership decision on one record touches: an account's owner matters to its own app's
 * findings only; an identity's owner decides, through sign-in, accounts in the apps it reaches.
 * An account in no app, or an id that names nothing, is reconciled with everything.
 */
export async function scopeOfRecord(graph: Graph, recordId: string): Promise<ChangeScope> {
  const [row] = await readRows(graph, RECORD_KIND, { recordId }, kindRow, 'record-scope');
  if (row?.account && row.appId !== null) return appsScope([row.appId]);
  if (row?.identity && !row.account) return identitiesScope([recordId]);
  return EVERYTHING;
}
