import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import { enqueueWebhookEvent } from '../webhooks/webhook-events.js';
import type { Actor } from '../audit/actor.js';
import { decodeRow, decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { lockItems, type Acting } from './acting.js';
import * as q from './campaign.queries.js';
import { lockCampaign, requireStatus } from './campaign-read.js';
import { ReviewError } from './review-error.js';
import { idRowSchema } from './review.schemas.js';
import { CLOSE_DEFAULTS, type CampaignRecord, type CloseDefault } from './review.types.js';
import { writeDecisions } from './write-decisions.js';

/** Undecided items given the default per transaction: a campaign over everything has a million. */
const ITEMS_PER_TRANSACTION = 5_000;

export interface CloseOutcome {
  campaign: CampaignRecord;
  /** Items that had no decision and got the default. */
  defaulted: number;
}

/**
 * Signs a campaign off: every undecided item gets the chosen default (no change = keep, or revoke
 * with a remediation task), recorded as decisionSource 'close_default'. The campaign is 'closing'
 * from the first step, so nobody decides any more, while the defaults are written in bounded
 * transactions; the last one marks it closed (read-only) and audits the sign-off. A close that
 * stopped half-way (the process died) is finished by closing again, or at the next start
 * (finishInterruptedCloses).
 */
export async function closeCampaign(
  graph: Graph,
  campaignRef: string,
  closeDefault: CloseDefault,
  actor: Actor,
  now: Date,
): Promise<CloseOutcome> {
  if (!(CLOSE_DEFAULTS as readonly string[]).includes(closeDefault)) {
    throw new ReviewError(
      'bad_input',
      `the default for undecided items must be no_change or revoke, got "${String(closeDefault)}"`,
      'default',
    );
  }
  const campaign = await graph.executeWrite(async (tx) => {
    const found = await lockCampaign(tx, campaignRef);
    if (found.status === 'closing') {
      if (found.closeDefault !== closeDefault) {
        throw new ReviewError(
          'bad_input',
          `campaign "${found.name}" is being closed with the default ${String(found.closeDefault)}; close it again with that default to finish`,
          'default',
        );
      }
      return found;
    }
    requireStatus(found, 'active', 'close');
    await tx.run(q.MARK_CLOSING, { campaignId: found.id, now: now.toISOString(), actor, closeDefault });
    return found;
  }, 'campaign-close-start');

  const acting: Acting = { actor, personId: null, mayActForOthers: true };
  const decision = closeDefault === 'revoke' ? 'revoke' : 'keep';
  const justification = `Closed without a decision; default applied: ${closeDefault}`;
  const undecided = (await readRows(graph, q.UNDECIDED_ITEMS, { campaignId: campaign.id }, idRowSchema, 'campaign-undecided')).map(
    (row) => row.id,
  );
  for (let start = 0; start < undecided.length; start += ITEMS_PER_TRANSACTION) {
    const ids = undecided.slice(start, start + ITEMS_PER_TRANSACTION);
    await graph.executeWrite(async (tx) => {
      const locked = (await lockItems(tx, ids, acting)).filter((row) => row.item.decision === null);
      await writeDecisions(
        tx,
        locked.map((row) => ({ locked: row, decision, newRole: null, justification })),
        acting,
        'close_default',
        now,
        null,
      );
    }, 'campaign-close-defaults');
  }

  return graph.executeWrite(async (tx) => {
    const closing = await lockCampaign(tx, campaign.id);
    requireStatus(closing, 'closing', 'finish closing');
    const [counted] = rowsOf(await tx.run(q.COUNT_CLOSE_DEFAULTS, { campaignId: campaign.id }));
    const { defaulted } = decodeRow(z.object({ defaulted: z.number() }), counted, 'campaign-close-count');
    await tx.run(q.MARK_CLOSED, { campaignId: campaign.id, now: now.toISOString(), actor, closeDefault });
    await appendAudit(
      tx,
      actor,
      {
        action: 'campaign.close',
        targetType: 'Campaign',
        targetId: campaign.id,
        before: { status: 'active', undecided: defaulted },
        after: { status: 'closed', closeDefault, defaultDecision: decision, defaulted },
      },
      now,
    );
    await enqueueWebhookEvent(
      tx,
      'campaign.closed',
      { campaignId: campaign.id, name: closing.name, period: closing.period, closeDefault, defaulted, closedBy: actor.name },
      now,
    );
    const closed: CampaignRecord = {
      ...closing,
      status: 'closed',
      closedAt: now.toISOString(),
      closedById: actor.id,
      closedByName: actor.name,
      closeDefault,
      version: closing.version + 1,
    };
    return { campaign: closed, defaulted };
  }, 'campaign-close');
}

const closingRow = z.object({
  id: z.string(),
  closeDefault: z.enum(CLOSE_DEFAULTS),
  actor: z.object({ id: z.string(), name: z.string(), role: z.string() }),
});

/**
 * Finishes closes whose process stopped before the campaign was closed, as the person who began
 * them. A close another process finishes meanwhile is left to it. Returns how many it finished.
 */
export async function finishInterruptedCloses(graph: Graph, now: Date, log: (message: string) => void): Promise<number> {
  const closing = decodeRows(closingRow, await graph.read(q.CLOSING_CAMPAIGNS, {}, 'campaign-closing'), 'campaign-closing');
  let finished = 0;
  for (const row of closing) {
    log(`Finishing the close of campaign ${row.id}, begun by ${row.actor.name} and stopped before it ended…`);
    try {
      await closeCampaign(graph, row.id, row.closeDefault, row.actor, now);
      finished += 1;
    } catch (error) {
      if (!(error instanceof ReviewError)) throw error;
      log(`Campaign ${row.id}: ${error.message}`);
    }
  }
  return finished;
}
