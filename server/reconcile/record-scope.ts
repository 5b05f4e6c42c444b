import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { appsScope, EVERYTHING, type ChangeScope } from '../shared/change-scope.js';
import { APP_OF_ACCOUNT } from './record-scope.queries.js';

const appRow = z.object({ appId: z.string() });

/**
 * What an ownership decision on one record touches: an account's owner matters to its own app's
 * findings only; an identity's owner decides, through sign-in, accounts in any app.
 */
export async function scopeOfRecord(graph: Graph, recordId: string): Promise<ChangeScope> {
  const [row] = await readRows(graph, APP_OF_ACCOUNT, { recordId }, appRow, 'record-scope');
  return row ? appsScope([row.appId]) : EVERYTHING;
}
