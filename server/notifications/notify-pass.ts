import { randomUUID } from 'node:crypto';
import type { Graph } from '../graph/graph.js';
import { CHANNELS, openChannels, type Channel, type Channels } from './channels.js';
import { secretsOf, withoutSecrets, type NotifyConfig } from './notify-config.js';
import { claimForSending, enqueue, loadPlanInput, markFailed, markSent, releaseClaims } from './outbox.js';
import { planMessages } from './planner.js';

/** Attempts per message before it stays failed for good (about 8 hours of backoff in all). */
const MAX_ATTEMPTS = 6;
const FIRST_RETRY_MS = 15 * 60_000;
/** Messages claimed at a time: CLAIM_BATCH sends, each within the channels' timeouts, fit well inside LEASE_MS. */
const CLAIM_BATCH = 10;
/** A claim lapses after this, so a message claimed by a process that died is sent by a later pass. */
export const LEASE_MS = 15 * 60_000;
/** Failures in a row after which a pass leaves a channel be (its server is down: each attempt would wait for its timeout). */
const CHANNEL_GIVE_UP = 3;

export interface PassOutcome {
  /** People with a message planned today (one digest each). */
  planned: number;
  /** Messages queued (one per person and channel). */
  queued: number;
  sent: number;
  failed: number;
  /** Failure messages, secrets cut out, one per failed message. */
  errors: string[];
}

/**
 * One pass: plans today's messages from the campaigns, queues them, then delivers every queued
 * message and every failed one whose backoff has passed. A failure is recorded on its message (and
 * retried after 15 min, 30 min, 1 h… up to MAX_ATTEMPTS), never thrown. After CHANNEL_GIVE_UP failures in a
 * row on one channel, the rest of its messages wait, as they are, for the next pass. Each message is
 * claimed (leased) before it is sent, so two processes passing at once (two `attest serve`, or serve
 * and `attest notify run`) never send the same one twice.
 */
export async function runNotifyPass(graph: Graph, config: NotifyConfig, now: Date, channels?: Channels): Promise<PassOutcome> {
  const open = channels ?? openChannels(config);
  try {
    const enabled = CHANNELS.filter((channel) => open.deliver[channel] !== undefined);
    const planned = planMessages(await loadPlanInput(graph, config.cadence, now));
    const queued = await enqueue(graph, planned, enabled, config.baseUrl, now);
    const outcome: PassOutcome = { planned: planned.length, queued, sent: 0, failed: 0, errors: [] };
    const secrets = secretsOf(config);
    const failuresInARow: Record<Channel, number> = { email: 0, slack: 0 };
    const skip = (): Channel[] => CHANNELS.filter((channel) => failuresInARow[channel] >= CHANNEL_GIVE_UP);
    const claim = { claimant: `${process.pid}:${randomUUID()}`, until: new Date(now.getTime() + LEASE_MS) };
    for (;;) {
      const due = await claimForSending(graph, now, CLAIM_BATCH, skip(), claim);
      if (due === null) break;
      const leftForLater: string[] = [];
      for (const message of due) {
        if (failuresInARow[message.channel] >= CHANNEL_GIVE_UP) {
          leftForLater.push(message.id);
          continue;
        }
        const deliver = open.deliver[message.channel];
        try {
          if (!deliver) throw new Error(`${message.channel} is not configured any more`);
          await deliver(message);
          await markSent(graph, message.id, now);
          failuresInARow[message.channel] = 0;
          outcome.sent++;
        } catch (error) {
          failuresInARow[message.channel]++;
          const reason = withoutSecrets(error instanceof Error ? error.message : String(error), secrets).slice(0, 500);
          const attempts = message.attempts + 1;
          const next = attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1));
          await markFailed(graph, message.id, reason, now, next);
          outcome.failed++;
          outcome.errors.push(`${message.channel} to ${message.to}: ${reason}`);
        }
      }
      await releaseClaims(graph, leftForLater, claim.claimant);
    }
    return outcome;
  } finally {
    if (!channels) open.close();
  }
}
