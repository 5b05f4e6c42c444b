import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { open } from '../connectors/secret-box.js';
import { decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { signatureOf } from './signature.js';
import * as q from './webhook.queries.js';

/** A delivery is tried this many times, then marked failed (redeliver it from the Webhooks page or the CLI). */
export const MAX_ATTEMPTS = 6;
const TIMEOUT_MS = 10_000;
const BATCH = 100;
/** Deliveries claimed at a time; CLAIM × TIMEOUT_MS stays well inside LEASE_MS. */
const CLAIM = 10;
/** A claim lapses after this, so a delivery claimed by a process that died is sent by the next pass. */
const LEASE_MS = 5 * 60_000;

const dueRow = z.object({
  id: z.string(),
  event: z.string(),
  payload: z.string(),
  attempts: z.number(),
  url: z.string(),
  sealedSecret: z.string(),
});
type DueDelivery = z.output<typeof dueRow>;

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

/**
 * Sends every delivery due at `now`, once each; a failure waits its backoff, the last one is marked
 * failed. Each delivery is claimed (leased) before it is sent, so two processes passing at once
 * (two `attest serve`, or serve and `attest webhook run`) never send the same one twice.
 */
export async function deliverDueWebhooks(graph: Graph, key: Buffer, now: Date, send: typeof fetch = fetch): Promise<DeliveryOutcome[]> {
  const claimant = `${process.pid}:${randomUUID()}`;
  const outcomes: DeliveryOutcome[] = [];
  while (outcomes.length < BATCH) {
    const claimed = await claimDue(graph, now, claimant);
    if (claimed === null) break;
    for (const delivery of claimed) outcomes.push(await attempt(graph, key, delivery, now, send));
  }
  return outcomes;
}

/**
 * Leases up to CLAIM due deliveries to this pass, none that another pass holds or has sent (then
 * possibly none: try again); null when nothing is due.
 */
function claimDue(graph: Graph, now: Date, claimant: string): Promise<DueDelivery[] | null> {
  const params = { now: now.toISOString(), until: new Date(now.getTime() + LEASE_MS).toISOString(), claimant, limit: neo4j.int(CLAIM) };
  return graph.executeWrite(async (tx) => {
    const locked = decodeRows(z.object({ id: z.string() }), rowsOf(await tx.run(q.LOCK_DUE, params)), 'webhook-lock');
    if (locked.length === 0) return null;
    return decodeRows(dueRow, rowsOf(await tx.run(q.CLAIM_LOCKED, { ...params, ids: locked.map((row) => row.id) })), 'webhook-claim');
  }, 'webhook-claim');
}

/** Sends one claimed delivery and records the attempt, which releases the claim. */
async function attempt(graph: Graph, key: Buffer, delivery: DueDelivery, now: Date, send: typeof fetch): Promise<DeliveryOutcome> {
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
  return { id: delivery.id, event: delivery.event, status, error };
}
