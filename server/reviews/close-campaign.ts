import { appendAudit } from '../audit/audit-log.js';
import type { Actor } from '../audit/actor.js';
import { decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { lockItems, type Acting } from './acting.js';
import * as q from './campaign.queries.js';
import { lockCampaign, requireStatus } from './campaign-read.js';
import { ReviewError } from './review-error.js';
import { idRowSchema } from './review.schemas.js';
import type { CampaignRecord, CloseDefault } from './review.types.js';
import { writeDecisions } from './write-decisions.js';

export interface CloseOutcome {
  campaign: CampaignRecord;
  /** Items that had no decision and got the default. */
  defaultedItemIds: string[];
}

/**
 * Signs a campaign off: every undecided item gets the chosen default (no change = keep, or revoke
 * with a remediation task), recorded as decisionSource 'close_default'. The campaign is read-only afterwards.
 */
export async function closeCampaign(
  graph: Graph,
  campaignRef: string,
  closeDefault: CloseDefault,
  actor: Actor,
  now: Date,
): Promise<CloseOutcome> {
  if (closeDefault !== 'no_change' && closeDefault !== 'revoke') {
    throw new ReviewError(
      'bad_input',
      `the default for undecided items must be no_change or revoke, got "${String(closeDefault)}"`,
      'default',
    );
  }
  const acting: Acting = { actor, personId: null, mayActForOthers: true };
  return graph.executeWrite(async (tx) => {
    const campaign = await lockCampaign(tx, campaignRef);
    requireStatus(campaign, 'active', 'close');
    const ids = decodeRows(idRowSchema, rowsOf(await tx.run(q.UNDECIDED_ITEMS, { campaignId: campaign.id })), 'campaign-undecided').map(
      (r) => r.id,
    );
    const undecided = (await lockItems(tx, ids, acting)).filter((row) => row.item.decision === null);
    const decision = closeDefault === 'revoke' ? 'revoke' : 'keep';
    const justification = `Closed without a decision; default applied: ${closeDefault}`;
    await writeDecisions(
      tx,
      undecided.map((locked) => ({ locked, decision, newRole: null, justification })),
      acting,
      'close_default',
      now,
      null,
    );
    await tx.run(q.MARK_CLOSED, { campaignId: campaign.id, now: now.toISOString(), actor, closeDefault });
    await appendAudit(
      tx,
      actor,
      {
        action: 'campaign.close',
        targetType: 'Campaign',
        targetId: campaign.id,
        before: { status: campaign.status, undecided: undecided.length },
        after: { status: 'closed', closeDefault, defaultDecision: decision, defaulted: undecided.length },
      },
      now,
    );
    const closed: CampaignRecord = {
      ...campaign,
      status: 'closed',
      closedAt: now.toISOString(),
      closedById: actor.id,
      closedByName: actor.name,
      closeDefault,
      version: campaign.version + 1,
    };
    return { campaign: closed, defaultedItemIds: undecided.map((row) => row.item.id) };
  }, 'campaign-close');
}
