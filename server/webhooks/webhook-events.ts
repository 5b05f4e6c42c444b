import type { ManagedTransaction } from 'neo4j-driver';
import { ENQUEUE } from './webhook.queries.js';

export const WEBHOOK_EVENTS = [
  'campaign.launched',
  'campaign.closed',
  'remediation.created',
  'remediation.verified',
  'remediation.failed',
  'remediation.applied',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Queues the event for every endpoint subscribed to it, in the caller's transaction (it is sent only if the change commits). */
export async function enqueueWebhookEvent(tx: ManagedTransaction, event: WebhookEvent, data: unknown, at: Date): Promise<void> {
  const payload = JSON.stringify({ event, at: at.toISOString(), data });
  await tx.run(ENQUEUE, { event, payload, now: at.toISOString() });
}
