import type { Graph } from './graph.js';

const DELETE_BATCH = `MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted`;

/** Deletes every node, in batches small enough for one transaction each. Schema stays. */
export async function deleteEverything(graph: Graph): Promise<void> {
  for (;;) {
    const rows = await graph.write(DELETE_BATCH, {}, 'reset');
    if (Number(rows[0]?.deleted ?? 0) === 0) return;
  }
}
