import { loadCatalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import { connectGraph, type ConnectOptions } from '../graph/connect.js';
import type { Graph } from '../graph/graph.js';
import { finishInterruptedImports } from '../ingest/import-source.js';
import { finishInterruptedCloses } from '../reviews/close-campaign.js';
import { ensureTallies } from '../reviews/tally.js';

/**
 * How a command reaches the data: connects (NEO4J_URI, else the embedded Neo4j for ATTEST_DATA_DIR,
 * started or attached to), finishes an import a crash left unreconciled (saying so on stderr, so
 * JSON on stdout stays clean), runs the work, and closes the connection whether the work succeeded or
 * not, so the process can exit and an embedded Neo4j this command started stops with it.
 * A failure propagates unchanged; `runProgram` turns it into a message and an exit code.
 */
export async function withGraph<T>(work: (graph: Graph) => Promise<T>, options: ConnectOptions = {}): Promise<T> {
  const connection = await connectGraph(options);
  try {
    await finishInterruptedImports(connection.graph, loadCatalog, now(), (message) => console.error(message));
    await finishInterruptedCloses(connection.graph, now(), (message) => console.error(message));
    await ensureTallies(connection.graph);
    return await work(connection.graph);
  } finally {
    await connection.close();
  }
}
