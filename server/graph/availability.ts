import type { Graph } from './graph.js';

/** up: queries run. restarting: the embedded JVM died and is being started again. down: the driver lost the server. */
export type DatabaseState = 'up' | 'restarting' | 'down';

export interface AvailabilityReport {
  state: DatabaseState;
  since: string;
  /** Why it is not up; null when it is. */
  reason: string | null;
  /** Restarts of the embedded Neo4j that failed in a row. */
  failedRestarts: number;
}

/** Restarts that may fail in a row before the process itself is no longer live (`/healthz` answers 503). */
export const MAX_FAILED_RESTARTS = 3;

const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 3000;

/**
 * Whether the database answers, as far as this process knows. The embedded supervisor sets it when
 * the JVM dies and comes back; the graph reports a lost connection, after which it is probed until
 * it answers again. The HTTP layer refuses database work with a 503 while it is not up, instead of
 * letting requests wait out the driver's retries.
 */
export class DatabaseAvailability {
  private current: DatabaseState = 'up';
  private since = new Date();
  private reason: string | null = null;
  private failures = 0;

  get state(): DatabaseState {
    return this.current;
  }

  get isUp(): boolean {
    return this.current === 'up';
  }

  get failedRestarts(): number {
    return this.failures;
  }

  markUp(): void {
    this.failures = 0;
    this.set('up', null);
  }

  markRestarting(reason: string): void {
    this.set('restarting', reason);
  }

  markRestartFailed(reason: string): void {
    this.failures += 1;
    this.set('restarting', reason);
  }

  /** Returns false when it was not up (a restart or a probe is already under way). */
  markDown(reason: string): boolean {
    if (this.current !== 'up') return false;
    this.set('down', reason);
    return true;
  }

  report(): AvailabilityReport {
    return { state: this.current, since: this.since.toISOString(), reason: this.reason, failedRestarts: this.failures };
  }

  private set(state: DatabaseState, reason: string | null): void {
    if (state !== this.current) this.since = new Date();
    this.current = state;
    this.reason = reason;
  }
}

/** Whether the database answers a connectivity check within a few seconds. */
export async function databaseAnswers(graph: Graph, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      graph.verify().then(
        () => true,
        () => false,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * When a query fails because the server is unreachable, the database is down until a probe gets
 * through again. Returns a function that stops probing (for close()).
 */
export function watchConnection(graph: Graph, availability: DatabaseAvailability): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // Only while down: a restart of the embedded Neo4j marks it up itself.
  const probe = async (): Promise<void> => {
    if (stopped || availability.state !== 'down') return;
    if (await databaseAnswers(graph)) {
      if (!stopped && availability.state === 'down') availability.markUp();
      return;
    }
    timer = setTimeout(() => void probe(), PROBE_INTERVAL_MS);
    timer.unref();
  };
  graph.onConnectionLost((error) => {
    if (stopped || !availability.markDown(error.message)) return;
    void probe();
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
