import { now } from '../../config/now.js';
import type { Graph } from '../../graph/graph.js';
import { runDueSchedules } from './run-schedules.js';
import { repeatPass } from '../../shared/repeating-pass.js';

const TICK_MS = 15 * 60_000;

/** `attest serve` launches recurring campaigns: at start, then every 15 minutes, one pass at a time; the timer never keeps the process alive. */
export function startCampaignScheduleTimer(graph: Graph, log: (message: string) => void, everyMs = TICK_MS): () => void {
  return repeatPass(
    async () => {
      await runDueSchedules(graph, now(), log);
    },
    everyMs,
    (message) => log(`Recurring campaigns stopped: ${message}`),
  );
}
