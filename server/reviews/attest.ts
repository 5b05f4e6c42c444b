import { decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { lockItems, type Acting } from './acting.js';
import { findCampaign, requireStatus } from './campaign-read.js';
import { cleanJustification } from './decide.js';
import { ReviewError } from './review-error.js';
import { idRowSchema } from './review.schemas.js';
import * as q from './team.queries.js';
import { writeDecisions } from './write-decisions.js';

export interface AttestOutcome {
  itemIds: string[];
  secondStageItemIds: string[];
}

/**
 * A manager attests their team in one action: every undecided, unflagged item assigned to them in
 * the campaign about a report's access is kept (decisionSource 'attestation'). Admin roles are
 * included only when a justification is given; flagged items are decided one by one.
 */
export async function attestTeam(
  graph: Graph,
  campaignRef: string,
  justificationText: string | null,
  acting: Acting,
  now: Date,
): Promise<AttestOutcome> {
  const personId = acting.personId;
  if (!personId) throw new ReviewError('bad_input', 'you are not linked to a person in HR, so you have no team to attest', 'campaignId');
  const justification = cleanJustification(justificationText);
  const campaign = await findCampaign(graph, campaignRef);
  requireStatus(campaign, 'active', 'attest in');
  return graph.executeWrite(async (tx) => {
    const attestable = rowsOf(await tx.run(q.ATTESTABLE, { campaignId: campaign.id, personId, withPrivileged: justification !== null }));
    const ids = decodeRows(idRowSchema, attestable, 'review-attestable').map((r) => r.id);
    if (ids.length === 0) return { itemIds: [], secondStageItemIds: [] };
    const self: Acting = { ...acting, mayActForOthers: false };
    const locked = (await lockItems(tx, ids, self)).filter(
      (row) =>
        row.campaign.status === 'active' &&
        row.item.decision === null &&
        row.item.reviewerPersonId === personId &&
        row.item.ownerPersonId !== personId,
    );
    const secondStageItemIds = await writeDecisions(
      tx,
      locked.map((row) => ({ locked: row, decision: 'keep', newRole: null, justification })),
      self,
      'attestation',
      now,
      'review.attest',
    );
    return { itemIds: locked.map((row) => row.item.id), secondStageItemIds };
  }, 'review-attest');
}
