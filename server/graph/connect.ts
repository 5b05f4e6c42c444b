import neo4j, { type AuthToken } from 'neo4j-driver';
import { resolve } from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/launcher.js';
import { Graph } from './graph.js';
import { applySchema } from './migrate.js';

export interface GraphConnection {
  graph: Graph;
  /** Set when Attest runs (or attached to) its own embedded Neo4j. */
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

export interface ConnectOptions {
  onProgress?: (message: string) => void;
  /** Overrides NEO4J_URI (tests). */
  uri?: string;
  dataDir?: string;
}

export function dataDir(): string {
  return resolve(process.env.ATTEST_DATA_DIR ?? '.attest');
}

/**
 * NEO4J_URI set: use that server (bolt://, neo4j://, neo4j+s:// clusters and Aura).
 * Otherwise start or attach to the embedded Neo4j for ATTEST_DATA_DIR. The schema is applied either way.
 */
export async function connectGraph(options: ConnectOptions = {}): Promise<GraphConnection> {
  const uri = options.uri ?? process.env.NEO4J_URI;
  let embedded: EmbeddedNeo4j | null = null;
  let driverUri: string;
  let auth: AuthToken | undefined;
  if (uri) {
    driverUri = uri;
    auth = neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  } else {
    // The embedded instance listens on 127.0.0.1 only, with authentication off.
    embedded = await startEmbeddedNeo4j({ dataDir: options.dataDir ?? dataDir(), onProgress: options.onProgress });
    driverUri = embedded.uri;
  }
  const driver = neo4j.driver(driverUri, auth, { userAgent: 'attest/0.1', maxConnectionPoolSize: 50 });
  const graph = new Graph(driver, process.env.NEO4J_DATABASE || undefined);
  try {
    await graph.verify();
    await applySchema(graph);
  } catch (error) {
    await graph.close();
    await embedded?.stop();
    throw error;
  }
  return {
    graph,
    embedded,
    close: async () => {
      await graph.close();
      await embedded?.stop();
    },
  };
}
