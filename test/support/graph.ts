import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { connectGraph, type GraphConnection } from '../../server/graph/connect.js';
import { EMBEDDED_NEO4J_USER } from '../../server/graph/embedded/launcher.js';
import { deleteEverything } from '../../server/graph/reset.js';
import type { TestNeo4j } from './neo4j-global-setup.js';

/**
 * Where this worker's embedded Neo4j listens, and the password it was started with. Files running at
 * the same time have different VITEST_POOL_IDs, so each owns its database while it runs.
 */
export function testDatabase(): TestNeo4j {
  const instances = inject('neo4jInstances');
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  const instance = instances[(worker - 1) % instances.length];
  if (!instance) throw new Error('no test Neo4j was started: run this file in the integration project');
  return instance;
}

/** The environment that points an `attest` process (or in-process CLI code) at the run's database. */
export function testDatabaseEnv(): { NEO4J_URI: string; NEO4J_USER: string; NEO4J_PASSWORD: string } {
  const { uri, password } = testDatabase();
  return { NEO4J_URI: uri, NEO4J_USER: EMBEDDED_NEO4J_USER, NEO4J_PASSWORD: password };
}

/** Empties this worker's database for a process that loads its own data into it (`attest serve` loads the demo into an empty one). */
export async function emptyTestDatabaseEnv(): Promise<ReturnType<typeof testDatabaseEnv>> {
  const connection = await connectTestGraph();
  try {
    await deleteEverything(connection.graph);
  } finally {
    await connection.close();
  }
  return testDatabaseEnv();
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
