import type { Graph } from '../graph/graph.js';
import { notificationsOn, type NotifyConfig } from './notify-config.js';
import { runNotifyPass } from './notify-pass.js';

/**
 * `attest serve` plans and sends review notifications every `config.everyMs` (first pass at start),
 * only when mail or Slack is configured; a pass still running is not started twice, and the timer
 * never keeps the process alive. Returns how to stop it.
 */
export function startNotifyTimer(graph: Graph, config: NotifyConfig, now: () => Date, log: (message: string) => void): () => void {
  if (!notificationsOn(config)) return () => undefined;
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    runNotifyPass(graph, config, now())
      .then((outcome) => {
        if (outcome.sent + outcome.failed > 0) log(`Notifications: ${outcome.sent} sent, ${outcome.failed} failed (retried later)`);
        for (const error of outcome.errors) log(`  ${error}`);
      })
      .catch((error: unknown) => log(`Notifications stopped: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, config.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
