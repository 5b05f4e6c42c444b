import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import * as q from './reconcile-pending.queries.js';

/**
 * An import writes its SyncRun with `reconcilePending: true` in the same transaction as its records,
 * and the flag is cleared only once reconciliation, findings, snapshot and reviews have followed. A
 * process that dies in between leaves the flag, so the next start or command knows to finish the job
 * and the Sources page says the source is still reconciling.
 */
export async function pendingSyncRunIds(graph: Graph): Promise<string[]> {
  const rows = await readRows(graph, q.PENDING_SYNC_RUN_IDS, {}, z.object({ id: z.string() }), 'reconcile-pending');
  return rows.map((row) => row.id);
}

/** Clears the flag of the runs that were pending when a settle began; runs written since keep theirs. */
export async function markReconciled(graph: Graph, ids: string[]): Promise<void> {
  if (ids.length > 0) await graph.write(q.MARK_RECONCILED, { ids }, 'reconcile-pending-done');
}
