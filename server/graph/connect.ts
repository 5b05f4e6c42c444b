import neo4j, { type Driver } from 'neo4j-driver';
import { resolve } from 'node:path';
import { DatabaseAvailability, watchConnection } from './availability.js';
import { EMBEDDED_NEO4J_USER, startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/launcher.js';
import { superviseEmbedded } from './embedded-supervisor.js';
import { Graph } from './graph.js';
import { applySchema } from './migrate.js';

export interface GraphConnection {
  graph: Graph;
  /** Set when Attest runs (or attached to) its own embedded Neo4j; the restarted one after a restart. */
  readonly embedded: EmbeddedNeo4j | null;
  /** Whether the database answers; the HTTP layer refuses database work while it does not. */
  availability: DatabaseAvailability;
  close: () => Promise<void>;
}

export interface ConnectOptions {
  onProgress?: (message: string) => void;
  /** Overrides NEO4J_URI (tests). */
  uri?: string;
  /** With `uri`: overrides NEO4J_PASSWORD (tests). */
  password?: string;
  dataDir?: string;
  /**
   * For long-running processes: when the embedded Neo4j stops (the JVM this process started died,
   * or the process whose JVM this one shared stopped), start it again and carry on instead of
   * failing every query.
   */
  restartEmbedded?: boolean;
}

export function dataDir(): string {
  return resolve(process.env.ATTEST_DATA_DIR ?? '.attest');
}

/**
 * NEO4J_URI set: use that server (bolt://, neo4j://, neo4j+s:// clusters and Aura).
 * Otherwise start or attach to the embedded Neo4j for ATTEST_DATA_DIR, signing in with the password
 * kept in its data directory. The schema is applied either way.
 */
export async function connectGraph(options: ConnectOptions = {}): Promise<GraphConnection> {
  const uri = options.uri ?? process.env.NEO4J_URI;
  let embedded: EmbeddedNeo4j | null = null;
  let driver: Driver;
  if (uri) {
    driver = createDriver(uri, process.env.NEO4J_USER ?? 'neo4j', options.password ?? process.env.NEO4J_PASSWORD ?? '');
  } else {
    embedded = await startEmbeddedNeo4j({ dataDir: options.dataDir ?? dataDir(), onProgress: options.onProgress });
    driver = embeddedDriver(embedded);
  }
  const graph = new Graph(driver, process.env.NEO4J_DATABASE || undefined);
  try {
    await graph.verify();
    await applySchema(graph);
  } catch (error) {
    await graph.close();
    await embedded?.stop();
    throw error;
  }
  const availability = new DatabaseAvailability();
  const stopWatching = watchConnection(graph, availability);
  const supervisor =
    embedded && options.restartEmbedded
      ? superviseEmbedded({
          graph,
          availability,
          first: embedded,
          dataDir: options.dataDir ?? dataDir(),
          createDriver: embeddedDriver,
          onProgress: options.onProgress,
        })
      : null;
  return {
    graph,
    get embedded() {
      return supervisor?.current ?? embedded;
    },
    availability,
    close: async () => {
      stopWatching();
      const current = supervisor ? await supervisor.stop() : embedded;
      await graph.close();
      await current?.stop();
    },
  };
}

export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { userAgent: 'attest/0.1', maxConnectionPoolSize: 50 });
}

function embeddedDriver(embedded: EmbeddedNeo4j): Driver {
  return createDriver(embedded.uri, EMBEDDED_NEO4J_USER, embedded.password);
}
