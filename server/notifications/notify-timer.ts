import type { Graph } from '../graph/graph.js';
import { notificationsOn, type NotifyConfig } from './notify-config.js';
import { runNotifyPass } from './notify-pass.js';
import { repeatPass } from '../shared/repeating-pass.js';

/**
 * `attest serve` plans and sends review notifications every `config.everyMs` (first pass at start),
 * only when mail or Slack is configured; a pass still running is not started twice, and the timer
 * never keeps the process alive. Returns how to stop it.
 */
export function startNotifyTimer(graph: Graph, config: NotifyConfig, now: () => Date, log: (message: string) => void): () => void {
  if (!notificationsOn(config)) return () => undefined;
  return repeatPass(
    async () => {
      const outcome = await runNotifyPass(graph, config, now());
      if (outcome.sent + outcome.failed > 0) log(`Notifications: ${outcome.sent} sent, ${outcome.failed} failed (retried later)`);
      for (const error of outcome.errors) log(`  ${error}`);
    },
    config.everyMs,
    (message) => log(`Notifications stopped: ${message}`),
  );
}
