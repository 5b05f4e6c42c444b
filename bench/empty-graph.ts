import type { Graph } from '../server/graph/graph.js';
import { DELETE_NODES, DELETE_RELATIONSHIPS } from './empty-graph.queries.js';

/**
 * Empties the database in bounded transactions, relationships first. (deleteEverything detaches
 * 10,000 nodes per transaction, which a reconciled graph of 10,000 people already takes past the
 * transaction memory limit: its apps and people carry tens of thousands of relationships.)
 */
export async function emptyGraph(graph: Graph): Promise<void> {
  await graph.writeInTransactions(DELETE_RELATIONSHIPS, {}, 'bench-empty-relationships');
  await graph.writeInTransactions(DELETE_NODES, {}, 'bench-empty-nodes');
}
