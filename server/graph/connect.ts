import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import { resolve } from 'node:path';
import { isAlive, startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/launcher.js';
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
  /**
   * For long-running processes: when this process attached to an embedded Neo4j another process
   * started and that process stops, start a new instance and carry on instead of failing every query.
   */
  takeOverWhenOwnerStops?: boolean;
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
  const graph = new Graph(createDriver(driverUri, auth), process.env.NEO4J_DATABASE || undefined);
  try {
    await graph.verify();
    await applySchema(graph);
  } catch (error) {
    await graph.close();
    await embedded?.stop();
    throw error;
  }
  const connection: GraphConnection = {
    graph,
    embedded,
    close: async () => {
      clearInterval(watchdog);
      await graph.close();
      await connection.embedded?.stop();
    },
  };
  const watchdog = setInterval(() => {
    const current = connection.embedded;
    if (!options.takeOverWhenOwnerStops || !current || current.owned || isAlive(current.pid) || restarting) return;
    restarting = true;
    void takeOver(connection, options)
      .catch((error: unknown) => options.onProgress?.(`Could not restart the embedded Neo4j: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (restarting = false));
  }, 2000);
  watchdog.unref();
  let restarting = false;
  return connection;
}

function createDriver(uri: string, auth: AuthToken | undefined): Driver {
  return neo4j.driver(uri, auth, { userAgent: 'attest/0.1', maxConnectionPoolSize: 50 });
}

async function takeOver(connection: GraphConnection, options: ConnectOptions): Promise<void> {
  options.onProgress?.('The embedded Neo4j this process shared has stopped; starting it again…');
  const next = await startEmbeddedNeo4j({ dataDir: options.dataDir ?? dataDir(), onProgress: options.onProgress });
  const previous = connection.graph.swapDriver(createDriver(next.uri, undefined));
  connection.embedded = next;
  await previous.close().catch(() => undefined);
  options.onProgress?.(`Reconnected to the embedded Neo4j at ${next.uri}`);
}
