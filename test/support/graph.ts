import { inject } from 'vitest';
import { connectGraph, type GraphConnection } from '../../server/graph/connect.js';
import { deleteEverything } from '../../server/graph/reset.js';

/** Connects to the run's embedded Neo4j and empties it, so each test file starts from a known graph. */
export async function freshGraph(): Promise<GraphConnection> {
  const connection = await connectGraph({ uri: inject('neo4jUri') });
  await deleteEverything(connection.graph);
  return connection;
}
