import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import type { Actor } from '../audit/actor.js';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import * as q from './webhook.queries.js';

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

/** Every delivery, oldest first (the CLI's list). */
export function listDeliveries(graph: Graph): Promise<WebhookDelivery[]> {
  return readRows(graph, q.LIST_DELIVERIES, {}, deliveryRow, 'webhook-deliveries');
}

const recentRow = z.object({
  id: z.string(),
  endpointId: z.string(),
  url: z.string().nullable(),
  event: z.string(),
  status: z.string(),
  attempts: z.number(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  statusCode: z.number().nullable(),
});
type RecentDelivery = z.output<typeof recentRow>;

/** One page of deliveries, newest first, with how many there are in all. */
export async function recentDeliveries(
  graph: Graph,
  offset: number,
  limit: number,
): Promise<{ total: number; deliveries: RecentDelivery[] }> {
  return graph.executeRead(async (tx) => {
    const [count] = decodeRows(z.object({ total: z.number() }), rowsOf(await tx.run(q.COUNT_DELIVERIES)), 'webhook-delivery-count');
    const page = { offset: neo4j.int(offset), limit: neo4j.int(limit) };
    const deliveries = decodeRows(recentRow, rowsOf(await tx.run(q.RECENT_DELIVERIES, page)), 'webhook-recent-deliveries');
    return { total: count?.total ?? 0, deliveries };
  }, 'webhook-recent-deliveries');
}

/** Queues a delivery again, due now (after a receiver was fixed), and audits it; false when there is no such delivery. */
export async function redeliver(graph: Graph, id: string, actor: Actor, now: Date): Promise<boolean> {
  return graph.executeWrite(async (tx) => {
    const rows = decodeRows(
      z.object({ id: z.string(), event: z.string(), endpointId: z.string() }),
      rowsOf(await tx.run(q.REDELIVER, { id, now: now.toISOString() })),
      'webhook-redeliver',
    );
    const [delivery] = rows;
    if (!delivery) return false;
    await appendAudit(
      tx,
      actor,
      { action: 'webhook.redeliver', targetType: 'WebhookDelivery', targetId: id, before: null, after: delivery },
      now,
    );
    return true;
  }, 'webhook-redeliver');
}
