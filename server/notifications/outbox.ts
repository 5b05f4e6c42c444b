import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import type { Cadence } from './cadence.js';
import { CHANNELS, type Channel, type Outgoing } from './channels.js';
import { messageText } from './message-text.js';
import * as q from './notification.queries.js';
import { dayOf, NOTIFICATION_KINDS, type PlanInput, type PlannedMessage } from './planner.js';

const RECENT_CLOSE_MS = 7 * 24 * 60 * 60 * 1000;

const openLoadRow = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  dueAt: z.string(),
  personId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  openItems: z.number(),
  escalatedDays: z.array(z.string()),
});
const closedLoadRow = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  closedAt: z.string(),
  personId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  items: z.number(),
});

/** What the planner needs from the graph at `now`. */
export async function loadPlanInput(graph: Graph, cadence: Cadence, now: Date): Promise<PlanInput> {
  const open = await readRows(graph, q.OPEN_LOADS, {}, openLoadRow, 'notify-open-loads');
  const since = new Date(now.getTime() - RECENT_CLOSE_MS).toISOString();
  const closed = await readRows(graph, q.CLOSED_LOADS, { since }, closedLoadRow, 'notify-closed-loads');
  const campaignIds = [...new Set([...open, ...closed].map((load) => load.campaignId))];
  const sent = await readRows(graph, q.SENT_PARTS, { campaignIds }, z.object({ part: z.string() }), 'notify-sent-parts');
  const today = await readRows(graph, q.MESSAGED_ON_DAY, { day: dayOf(now) }, z.object({ personId: z.string() }), 'notify-messaged-today');
  return {
    open,
    closed,
    cadence,
    now,
    sentParts: new Set(sent.map((row) => row.part)),
    messagedToday: new Set(today.map((row) => row.personId)),
  };
}

/** Queues each planned message once per channel; someone without an email address gets a failed one, so it shows. */
export async function enqueue(graph: Graph, planned: PlannedMessage[], channels: Channel[], baseUrl: string, now: Date): Promise<number> {
  const messages = planned.flatMap((message) => {
    const text = messageText(message, baseUrl);
    const campaignIds = [...new Set(message.parts.map((part) => part.campaignId))];
    return channels.map((channel) => {
      const address = channel === 'email' ? message.email : 'slack';
      return {
        campaignIds,
        props: {
          id: randomUUID(),
          key: `${channel}:${message.personId}:${message.day}`,
          channel,
          day: message.day,
          personId: message.personId,
          toName: message.name,
          to: address ?? '',
          kind: message.kind,
          campaignIds,
          parts: message.parts.map((part) => part.key),
          ...text,
          status: address ? 'queued' : 'failed',
          attempts: neo4j.int(0),
          lastError: address ? null : 'no email address in HR for this person',
          createdAt: now.toISOString(),
          sentAt: null,
          nextAttemptAt: address ? now.toISOString() : null,
        },
      };
    });
  });
  if (messages.length === 0) return 0;
  await graph.write(q.ENQUEUE, { messages }, 'notify-enqueue');
  return messages.length;
}

const outgoingRow = z.object({
  message: z.object({
    id: z.string(),
    channel: z.enum(CHANNELS),
    to: z.string(),
    toName: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    link: z.string(),
    attempts: z.number(),
  }),
});
type QueuedMessage = Outgoing & { id: string; channel: Channel; attempts: number };

/**
 * Leases up to `limit` messages to (re)try now to this pass (`claimant`) until `until`, none that
 * another pass holds or has sent (then possibly none: ask again); null when nothing is due.
 */
export async function claimForSending(
  graph: Graph,
  now: Date,
  limit: number,
  skipChannels: Channel[],
  claim: { claimant: string; until: Date },
): Promise<QueuedMessage[] | null> {
  const params = {
    now: now.toISOString(),
    limit: neo4j.int(limit),
    skipChannels,
    claimant: claim.claimant,
    until: claim.until.toISOString(),
  };
  return graph.executeWrite(async (tx) => {
    const locked = decodeRows(z.object({ id: z.string() }), rowsOf(await tx.run(q.LOCK_DUE, params)), 'notify-lock');
    if (locked.length === 0) return null;
    const rows = decodeRows(
      outgoingRow,
      rowsOf(await tx.run(q.CLAIM_LOCKED, { ...params, ids: locked.map((row) => row.id) })),
      'notify-claim',
    );
    return rows.map((row) => row.message);
  }, 'notify-claim');
}

export async function releaseClaims(graph: Graph, ids: string[], claimant: string): Promise<void> {
  if (ids.length > 0) await graph.write(q.RELEASE_CLAIMS, { ids, claimant }, 'notify-release');
}

export async function markSent(graph: Graph, id: string, now: Date): Promise<void> {
  await graph.write(q.MARK_SENT, { id, now: now.toISOString() }, 'notify-sent');
}

export async function markFailed(graph: Graph, id: string, error: string, now: Date, nextAttemptAt: Date | null): Promise<void> {
  await graph.write(
    q.MARK_FAILED,
    { id, error, now: now.toISOString(), nextAttemptAt: nextAttemptAt?.toISOString() ?? null },
    'notify-failed',
  );
}

export const NOTIFICATION_STATUSES = ['queued', 'sent', 'failed'] as const;

const notificationRow = z.object({
  notification: z.object({
    id: z.string(),
    channel: z.enum(CHANNELS),
    to: z.string(),
    toName: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    subject: z.string(),
    status: z.enum(NOTIFICATION_STATUSES),
    attempts: z.number(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
  }),
});
export type NotificationRecord = z.output<typeof notificationRow>['notification'];

/** The messages about a campaign, newest first. */
export async function campaignNotifications(graph: Graph, campaignId: string, limit = 500): Promise<NotificationRecord[]> {
  const rows = await readRows(graph, q.CAMPAIGN_NOTIFICATIONS, { campaignId, limit: neo4j.int(limit) }, notificationRow, 'notify-campaign');
  return rows.map((row) => row.notification);
}
