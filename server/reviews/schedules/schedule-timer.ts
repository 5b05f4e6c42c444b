import { now } from '../../config/now.js';
import type { Graph } from '../../graph/graph.js';
import { runDueSchedules } from './run-schedules.js';

const TICK_MS = 15 * 60_000;

/** `attest serve` launches recurring campaigns: at start, then every 15 minutes, one pass at a time; the timer never keeps the process alive. */
export function startCampaignScheduleTimer(graph: Graph, log: (message: string) => void, everyMs = TICK_MS): () => void {
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    runDueSchedules(graph, now(), log)
      .catch((error: unknown) => log(`Recurring campaigns stopped: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
