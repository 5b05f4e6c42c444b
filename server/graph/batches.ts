import type { Graph, Params } from './graph.js';

export const DEFAULT_BATCH_SIZE = 5000;

/** Runs an `UNWIND $rows AS row …` statement over the rows in batches, each its own write transaction. */
export async function writeInBatches<T>(
  graph: Graph,
  cypher: string,
  rows: readonly T[],
  extra: Params = {},
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await graph.executeWrite((tx) => tx.run(cypher, { ...extra, rows: batch }), 'batch-write');
  }
}
