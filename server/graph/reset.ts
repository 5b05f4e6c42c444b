import type { Graph } from './graph.js';
import { DELETE_BATCH } from './graph.queries.js';

/** Deletes every node, in batches small enough for one transaction each. Schema stays. */
export async function deleteEverything(graph: Graph): Promise<void> {
  for (;;) {
    const rows = await graph.write(DELETE_BATCH, {}, 'reset');
    if (Number(rows[0]?.deleted ?? 0) === 0) return;
  }
}
