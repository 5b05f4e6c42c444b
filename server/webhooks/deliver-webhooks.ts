import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { open } from '../connectors/secret-box.js';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { signatureOf } from './signature.js';
import * as q from './webhook.queries.js';

/** A delivery is tried this many times, then marked failed (redeliver it from the CLI). */
export const MAX_ATTEMPTS = 6;
const TIMEOUT_MS = 10_000;
const BATCH = 100;

const dueRow = z.object({
  id: z.string(),
  event: z.string(),
  payload: z.string(),
  attempts: z.number(),
  url: z.string(),
  sealedSecret: z.string(),
});

/** Wait before attempt n+1: 1, 5, 25 minutes, 2 h, 10 h. */
export function backoffMs(attempts: number): number {
  return 60_000 * 5 ** Math.max(0, attempts - 1);
}

export interface DeliveryOutcome {
  id: string;
  event: string;
  status: 'delivered' | 'pending' | 'failed';
  error: string | null;
}

/** Sends every delivery due at `now`, once each; a failure waits its backoff, the last one is marked failed. */
export async function deliverDueWebhooks(graph: Graph, key: Buffer, now: Date, send: typeof fetch = fetch): Promise<DeliveryOutcome[]> {
  const due = await readRows(graph, q.DUE_DELIVERIES, { now: now.toISOString(), limit: neo4j.int(BATCH) }, dueRow, 'webhook-due');
  const outcomes: DeliveryOutcome[] = [];
  for (const delivery of due) {
    const timestamp = String(Math.floor(now.getTime() / 1000));
    let error: string | null = null;
    let statusCode: number | null = null;
    try {
      const response = await send(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Attest-Webhooks',
          'x-attest-event': delivery.event,
          'x-attest-delivery': delivery.id,
          'x-attest-timestamp': timestamp,
          'x-attest-signature': signatureOf(open(key, delivery.sealedSecret), timestamp, delivery.payload),
        },
        body: delivery.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      statusCode = response.status;
      if (response.status < 200 || response.status >= 300) error = `the receiver answered HTTP ${response.status}`;
    } catch (failure) {
      // Only the kind of failure: a message could quote the URL, which may carry a token in its path.
      error = failure instanceof Error && failure.name === 'TimeoutError' ? 'no answer within 10 s' : 'the receiver could not be reached';
    }
    const attempts = delivery.attempts + 1;
    const status = error === null ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
    await graph.write(
      q.RECORD_ATTEMPT,
      {
        id: delivery.id,
        status,
        lastError: error,
        statusCode: statusCode === null ? null : neo4j.int(statusCode),
        now: now.toISOString(),
        nextAttemptAt: status === 'pending' ? new Date(now.getTime() + backoffMs(attempts)).toISOString() : null,
      },
      'webhook-attempt',
    );
    outcomes.push({ id: delivery.id, event: delivery.event, status, error });
  }
  return outcomes;
}

const deliveryRow = z.object({
  id: z.string(),
  endpointId: z.string(),
  event: z.string(),
  status: z.string(),
  attempts: z.number(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  payload: z.string(),
});
export type WebhookDelivery = z.output<typeof deliveryRow>;

export function listDeliveries(graph: Graph): Promise<WebhookDelivery[]> {
  return readRows(graph, q.LIST_DELIVERIES, {}, deliveryRow, 'webhook-deliveries');
}

/** Queues a delivery again (after a receiver was fixed); false when there is no such delivery. */
export async function redeliver(graph: Graph, id: string, now: Date): Promise<boolean> {
  const rows = await graph.write(q.REDELIVER, { id, now: now.toISOString() }, 'webhook-redeliver');
  return rows.length > 0;
}
