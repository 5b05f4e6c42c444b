import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { connectGraph, type GraphConnection } from '../../server/graph/connect.js';
import { EMBEDDED_NEO4J_USER } from '../../server/graph/embedded/launcher.js';
import { deleteEverything } from '../../server/graph/reset.js';

/** Where the run's embedded Neo4j listens, and the password it was started with. */
export function testDatabase(): { uri: string; password: string } {
  return { uri: inject('neo4jUri'), password: inject('neo4jPassword') };
}

/** The environment that points an `attest` process (or in-process CLI code) at the run's database. */
export function testDatabaseEnv(): { NEO4J_URI: string; NEO4J_USER: string; NEO4J_PASSWORD: string } {
  const { uri, password } = testDatabase();
  return { NEO4J_URI: uri, NEO4J_USER: EMBEDDED_NEO4J_USER, NEO4J_PASSWORD: password };
}

/** Connects to the run's embedded Neo4j without emptying it. */
export function connectTestGraph(): Promise<GraphConnection> {
  return connectGraph(testDatabase());
}

/**
 * Connects to the run's embedded Neo4j and empties it, so each test file starts from a known graph.
 * ATTEST_DATA_DIR points at a new folder until the connection closes: the audit log's signing key
 * and checkpoints live there, and an emptied log must not be checked against another file's.
 */
export async function freshGraph(): Promise<GraphConnection> {
  const connection = await connectTestGraph();
  await deleteEverything(connection.graph);
  const previousDataDir = process.env.ATTEST_DATA_DIR;
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-data-'));
  process.env.ATTEST_DATA_DIR = dataDir;
  const close = connection.close;
  connection.close = async () => {
    await close();
    if (previousDataDir === undefined) delete process.env.ATTEST_DATA_DIR;
    else process.env.ATTEST_DATA_DIR = previousDataDir;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return connection;
}
