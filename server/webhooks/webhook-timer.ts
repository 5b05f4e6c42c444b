import { now } from '../config/now.js';
import type { Graph } from '../graph/graph.js';
import { deliverDueWebhooks } from './deliver-webhooks.js';
import { repeatPass } from '../shared/repeating-pass.js';

/** `attest serve` sends due webhook deliveries every minute, one pass at a time; the timer never keeps the process alive. */
export function startWebhookTimer(graph: Graph, key: Buffer, log: (message: string) => void, everyMs = 60_000): () => void {
  return repeatPass(
    async () => {
      const outcomes = await deliverDueWebhooks(graph, key, now());
      const failed = outcomes.filter((o) => o.status !== 'delivered').length;
      if (failed > 0) log(`Webhooks: ${outcomes.length - failed} delivered, ${failed} not delivered (attest webhook deliveries)`);
    },
    everyMs,
    (message) => log(`Webhook delivery stopped: ${message}`),
    false,
  );
}
