import type { Driver } from 'neo4j-driver';
import type { DatabaseAvailability } from './availability.js';
import { isAlive, startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/launcher.js';
import type { Graph } from './graph.js';

export interface SuperviseOptions {
  graph: Graph;
  availability: DatabaseAvailability;
  /** The instance the graph is connected to now. */
  first: EmbeddedNeo4j;
  dataDir: string;
  createDriver: (embedded: EmbeddedNeo4j) => Driver;
  onProgress?: (message: string) => void;
}

export interface EmbeddedSupervisor {
  /** The instance the graph is connected to now. */
  readonly current: EmbeddedNeo4j;
  /** Stops restarting; resolves to the instance to stop, once a restart under way has finished. */
  stop(): Promise<EmbeddedNeo4j>;
}

/** How often an instance another process started is checked; a JVM this process started reports its own exit. */
const SHARED_CHECK_MS = 2000;
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 30_000;

/**
 * Keeps the embedded Neo4j running for a long-lived process: when the JVM dies (killed, out of
 * memory) or the process whose JVM this one shared stops, the database is marked restarting, a new
 * JVM is started on the same store (the same port when it is still free, so the driver's pool
 * reconnects by itself) and the graph is pointed at it. Failed starts are retried with a growing pause.
 */
export function superviseEmbedded(options: SuperviseOptions): EmbeddedSupervisor {
  const { graph, availability } = options;
  let current = options.first;
  let stopped = false;
  let restarting: Promise<void> = Promise.resolve();
  let sharedCheck: NodeJS.Timeout | undefined;
  let wake: (() => void) | null = null;
  const pauseFor = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = (reason: string): void => {
    if (stopped || availability.state === 'restarting') return;
    availability.markRestarting(reason);
    options.onProgress?.(`${reason}; starting it again…`);
    restarting = startAgain();
  };

  const startAgain = async (): Promise<void> => {
    let pause = FIRST_RETRY_MS;
    for (let attempt = 1; !stopped; attempt += 1) {
      try {
        // The old port first; if something else took it meanwhile, any free one.
        const next = await startEmbeddedNeo4j({
          dataDir: options.dataDir,
          port: attempt === 1 ? current.port : undefined,
          onProgress: options.onProgress,
        });
        if (next.uri !== current.uri || next.password !== current.password) {
          await graph
            .swapDriver(options.createDriver(next))
            .close()
            .catch(() => undefined);
        }
        current = next;
        if (stopped) return;
        watch(next);
        await graph.verify();
        availability.markUp();
        options.onProgress?.(`The embedded Neo4j is back at ${next.uri} (pid ${next.pid})`);
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        availability.markRestartFailed(`Restarting the embedded Neo4j failed: ${message}`);
        options.onProgress?.(`Could not restart the embedded Neo4j (attempt ${attempt}): ${message}`);
        await pauseFor(pause);
        pause = Math.min(pause * 2, MAX_RETRY_MS);
      }
    }
  };

  const watch = (embedded: EmbeddedNeo4j): void => {
    clearInterval(sharedCheck);
    if (embedded.owned) {
      embedded.onUnexpectedExit(() => restart(`The embedded Neo4j (pid ${embedded.pid}) exited`));
      return;
    }
    sharedCheck = setInterval(() => {
      if (!isAlive(embedded.pid)) restart(`The embedded Neo4j this process shared (pid ${embedded.pid}) has stopped`);
    }, SHARED_CHECK_MS);
    sharedCheck.unref();
  };

  watch(current);
  return {
    get current() {
      return current;
    },
    stop: async () => {
      stopped = true;
      clearInterval(sharedCheck);
      wake?.();
      await restarting;
      return current;
    },
  };
}
