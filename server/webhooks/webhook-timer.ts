import { now } from '../config/now.js';
import type { Graph } from '../graph/graph.js';
import { deliverDueWebhooks } from './deliver-webhooks.js';

/** `attest serve` sends due webhook deliveries every minute, one pass at a time; the timer never keeps the process alive. */
export function startWebhookTimer(graph: Graph, key: Buffer, log: (message: string) => void, everyMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueWebhooks(graph, key, now())
      .then((outcomes) => {
        const failed = outcomes.filter((o) => o.status !== 'delivered').length;
        if (failed > 0) log(`Webhooks: ${outcomes.length - failed} delivered, ${failed} not delivered (attest webhook deliveries)`);
      })
      .catch((error: unknown) => log(`Webhook delivery stopped: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
