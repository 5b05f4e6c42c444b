import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { connectGraph, type GraphConnection } from '../../server/graph/connect.js';
import { deleteEverything } from '../../server/graph/reset.js';

/**
 * Connects to the run's embedded Neo4j and empties it, so each test file starts from a known graph.
 * ATTEST_DATA_DIR points at a new folder until the connection closes: the audit log's signing key
 * and checkpoints live there, and an emptied log must not be checked against another file's.
 */
export async function freshGraph(): Promise<GraphConnection> {
  const connection = await connectGraph({ uri: inject('neo4jUri') });
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
