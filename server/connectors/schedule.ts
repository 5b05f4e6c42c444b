/**
 * `attest serve` syncs each connection on its schedule: at start, then whenever one is due, one run
 * at a time (a run that takes longer than the tick is not started twice, nor one that another process
 * holds the lease of, see sync-lease.ts). Each run's outcome is
 * recorded on the connection; a failing one waits for its next turn like any other.
 */
import { SYSTEM_ACTOR } from '../audit/actor.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';
import { credentialOf, dueConnections, findConnection } from './connection-store.js';
import { runningSync, runTracked, SyncAlreadyRunningError } from './running-syncs.js';
import { syncConnection, type SyncOptions, type SyncOutcome } from './sync-connection.js';
import { repeatPass } from '../shared/repeating-pass.js';

const TICK_MS = 60_000;

/** Syncs every connection due at `now()`; returns their outcomes in order. */
export async function runDueConnections(
  graph: Graph,
  catalog: () => Catalog,
  now: () => Date,
  key: Buffer,
  log: (message: string) => void,
  http?: SyncOptions['http'],
): Promise<SyncOutcome[]> {
  const outcomes: SyncOutcome[] = [];
  for (const name of await dueConnections(graph, now())) {
    const connection = await findConnection(graph, name);
    if (!connection) continue;
    if (runningSync(name)) {
      log(`${name}: a sync started from the dashboard is still running; the schedule leaves it be`);
      continue;
    }
    log(`Syncing ${name} (scheduled)…`);
    const credential = await credentialOf(graph, key, name);
    const outcome: SyncOutcome | null = await runTracked(name, now(), (tracked) =>
      syncConnection(graph, catalog(), now(), connection, credential, {
        actor: SYSTEM_ACTOR,
        http,
        progress: (line) => {
          tracked(line);
          log(`  ${name}: ${line}`);
        },
      }),
    ).catch((error: unknown) => {
      if (!(error instanceof SyncAlreadyRunningError)) throw error;
      log(`${name}: another Attest process is syncing it; the schedule leaves it be`);
      return null;
    });
    if (!outcome) continue;
    log(`${name}: ${outcome.status}: ${outcome.message}`);
    outcomes.push(outcome);
  }
  return outcomes;
}

export function startConnectionSchedule(
  graph: Graph,
  catalog: () => Catalog,
  now: () => Date,
  key: Buffer,
  log: (message: string) => void,
): () => void {
  return repeatPass(
    async () => {
      await runDueConnections(graph, catalog, now, key, log);
    },
    TICK_MS,
    (message) => log(`scheduled sync stopped: ${message}`),
  );
}
