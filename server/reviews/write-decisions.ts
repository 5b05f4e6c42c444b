import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { appendAudit } from '../audit/audit-log.js';
import type { Acting, LockedItem } from './acting.js';
import * as q from './item.queries.js';
import { chooseSecondStageReviewer } from './reviewer-rule.js';
import { tallied } from './tally.js';
import { enqueueWebhookEvent } from '../webhooks/webhook-events.js';
import { isPrivilege, type AccountSnapshot, type Decision, type DecisionSource, type EarlierDecision } from './review.types.js';

export interface DecisionWrite {
  locked: LockedItem;
  decision: Decision;
  newRole: string | null;
  justification: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Writes decisions already checked by the caller, inside its transaction: the decision, who made it
 * (and on whose behalf), a remediation task for a revoke or a role change (due `remediationDays`
 * after the decision: work can start as soon as it is decided), a stage-2 item when stage 1 kept
 * an admin role in a two-stage campaign, and one audit event per item (unless `auditAction` is null).
 * Returns the ids of the stage-2 items created.
 */
export async function writeDecisions(
  tx: ManagedTransaction,
  writes: readonly DecisionWrite[],
  acting: Acting,
  source: DecisionSource,
  now: Date,
  auditAction: string | null,
): Promise<string[]> {
  const changes = writes.map(({ locked, decision, newRole, justification }) => ({
    itemId: locked.item.id,
    decision,
    newRole,
    justification,
    source,
    onBehalfOf: source !== 'close_default' && locked.item.reviewerPersonId !== acting.personId ? locked.item.reviewerName : null,
    remediationStatus: decision === 'keep' ? null : 'open',
    remediationDueAt: decision === 'keep' ? null : new Date(now.getTime() + locked.campaign.remediationDays * DAY_MS).toISOString(),
    earlier: earlierDecision(locked, acting, now),
  }));
  await tallied(
    tx,
    changes.map((c) => c.itemId),
    () => tx.run(q.WRITE_DECISIONS, { changes, now: now.toISOString(), actor: acting.actor, deciderPersonId: acting.personId }),
  );

  const remediations = changes.flatMap((c, index) =>
    c.remediationStatus === 'open'
      ? [
          {
            itemId: c.itemId,
            campaignId: writes[index]?.locked.item.campaignId ?? null,
            decision: c.decision,
            newRole: c.newRole,
            dueAt: c.remediationDueAt,
          },
        ]
      : [],
  );
  if (remediations.length > 0) await enqueueWebhookEvent(tx, 'remediation.created', { items: remediations }, now);

  // Closing decides by default: nothing is left to review afterwards, so no second stage.
  const secondStage = source === 'close_default' ? [] : writes.filter(needsSecondStage).map((write) => secondStageItem(write, acting, now));
  await tallied(
    tx,
    secondStage.map((s) => s.id),
    () => tx.run(q.CREATE_SECOND_STAGE, { items: secondStage }),
  );

  if (auditAction !== null) {
    for (const [index, { locked }] of writes.entries()) {
      const change = changes[index]!;
      const { item } = locked;
      await appendAudit(
        tx,
        acting.actor,
        {
          action: auditAction,
          targetType: 'ReviewItem',
          targetId: item.id,
          before: {
            version: item.version,
            decision: item.decision,
            reviewerPersonId: item.reviewerPersonId,
            ...(item.decision === null
              ? {}
              : {
                  newRole: item.newRole,
                  justification: item.justification,
                  decidedAt: item.decidedAt,
                  decidedByName: item.decidedByName,
                  decisionSource: item.decisionSource,
                  remediationStatus: item.remediationStatus,
                }),
          },
          after: {
            version: item.version + 1,
            campaignId: item.campaignId,
            accountId: item.accountId,
            decision: change.decision,
            newRole: change.newRole,
            justification: change.justification,
            decisionSource: source,
            onBehalfOf: change.onBehalfOf,
            remediationStatus: change.remediationStatus,
            remediationDueAt: change.remediationDueAt,
            secondStageItemId: secondStage.find((s) => s.parentItemId === item.id)?.id ?? null,
          },
        },
        now,
      );
    }
  }
  return secondStage.map((s) => s.id);
}

/** The decision being replaced, as JSON for ReviewItem.earlierDecisions; null when the item was undecided. */
function earlierDecision({ item }: LockedItem, acting: Acting, now: Date): string | null {
  if (item.decision === null) return null;
  const earlier: EarlierDecision = {
    decision: item.decision,
    newRole: item.newRole,
    justification: item.justification,
    decidedAt: item.decidedAt,
    decidedByName: item.decidedByName,
    decidedOnBehalfOf: item.decidedOnBehalfOf,
    decisionSource: item.decisionSource,
    replacedAt: now.toISOString(),
    replacedByName: acting.actor.name,
  };
  return JSON.stringify(earlier);
}

function needsSecondStage({ locked, decision }: DecisionWrite): boolean {
  if (!locked.campaign.secondStage || Number(locked.item.stage) !== 1) return false;
  if (decision === 'keep') return locked.item.privileged;
  return decision === 'modify' && isPrivilege(locked.newRolePrivilege);
}

function secondStageItem({ locked, decision, newRole }: DecisionWrite, acting: Acting, now: Date) {
  const { item, campaign } = locked;
  const reviewer = chooseSecondStageReviewer({
    ownerPersonId: item.ownerPersonId,
    appOwner: locked.appOwner,
    campaignOwner: locked.campaignOwner,
  });
  const snapshot = JSON.parse(item.snapshot) as AccountSnapshot;
  const roles = decision === 'modify' && newRole ? [newRole] : snapshot.roles.filter((r) => isPrivilege(r.privilege)).map((r) => r.name);
  const verb = decision === 'modify' ? 'given' : 'kept';
  return {
    id: `${campaign.id}:2:${item.accountId}`,
    campaignId: campaign.id,
    stage: neo4j.int(2),
    parentItemId: item.id,
    accountId: item.accountId,
    snapshot: item.snapshot,
    appId: item.appId,
    appName: item.appName,
    accountEmail: item.accountEmail,
    ownerPersonId: item.ownerPersonId,
    ownerName: item.ownerName,
    privileged: true,
    flagged: item.flagged,
    monthlyCost: item.monthlyCost,
    recommendation: 'review',
    recommendationReason: `review: second stage for the ${roles.join(', ')} role ${verb} by ${acting.actor.name}`,
    reviewerPersonId: reviewer?.personId ?? null,
    reviewerName: reviewer?.name ?? null,
    reviewerReason: reviewer?.reason ?? null,
    createdAt: now.toISOString(),
    version: neo4j.int(1),
  };
}
