/**
 * The syncs running in this server process, by connection name, with the latest progress line of
 * each: the dashboard polls it while a sync it started runs, and a second start of the same
 * connection (from the dashboard or the schedule) is refused while one runs.
 */
export interface RunningSync {
  startedAt: string;
  /** The latest progress line ("okta users: page 3"); null until the first. */
  progress: string | null;
}

export class SyncAlreadyRunningError extends Error {
  constructor(readonly connection: string) {
    super(`a sync of "${connection}" is already running; wait for it to finish`);
  }
}

const running = new Map<string, RunningSync>();

export function runningSync(connection: string): RunningSync | null {
  const found = running.get(connection);
  return found ? { ...found } : null;
}

/**
 * Runs `work` as the one sync of `connection`, telling it where to report progress. The check and
 * the claim happen before anything is awaited, so two starts in the same tick cannot both run.
 */
export function runTracked<T>(connection: string, startedAt: Date, work: (progress: (line: string) => void) => Promise<T>): Promise<T> {
  if (running.has(connection)) return Promise.reject(new SyncAlreadyRunningError(connection));
  const entry: RunningSync = { startedAt: startedAt.toISOString(), progress: null };
  running.set(connection, entry);
  const progress = (line: string): void => {
    entry.progress = line;
  };
  let started: Promise<T>;
  try {
    started = work(progress);
  } catch (error) {
    running.delete(connection);
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return started.finally(() => {
    if (running.get(connection) === entry) running.delete(connection);
  });
}
