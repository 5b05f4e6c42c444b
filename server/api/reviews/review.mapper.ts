import type { Viewer } from '../../auth/viewer.js';
import type { ItemWithCampaign } from '../../reviews/item-read.js';
import type { AccountSnapshot as StoredSnapshot, CampaignRecord, EarlierDecision } from '../../reviews/review.types.js';
import type { PersonStatus } from '../shared/enums.js';
import type { Campaign } from './campaign.type.js';
import type { AccessReviewItem, EarlierReviewDecision } from './review-item.type.js';
import type {
  CampaignScope,
  CampaignStatus,
  CloseDefault,
  DecisionSource,
  Recommendation,
  RemediationStatus,
  ReviewDecision,
  ReviewerReason,
} from './review.enums.js';

export function toCampaign(record: CampaignRecord): Campaign {
  return {
    id: record.id,
    name: record.name,
    period: record.period,
    scope: record.scopeKind as CampaignScope,
    scopeAppIds: record.scopeAppIds ?? [],
    dueAt: record.dueAt,
    secondStage: record.secondStage === true,
    remediationDays: Number(record.remediationDays),
    status: record.status as CampaignStatus,
    owner: record.ownerPersonId
      ? {
          id: record.ownerPersonId,
          displayName: record.ownerName ?? record.ownerPersonId,
          email: record.ownerEmail ?? '',
          status: (record.ownerStatus ?? 'active') as PersonStatus,
        }
      : null,
    ownerUser: record.ownerUserEmail ? { email: record.ownerUserEmail, displayName: record.ownerUserName ?? record.ownerUserEmail } : null,
    createdAt: record.createdAt,
    createdByName: record.createdByName,
    launchedAt: record.launchedAt ?? null,
    launchedByName: record.launchedByName ?? null,
    closedAt: record.closedAt ?? null,
    closedByName: record.closedByName ?? null,
    closeDefault: (record.closeDefault ?? null) as CloseDefault | null,
    populationCount: record.populationCount === null || record.populationCount === undefined ? null : Number(record.populationCount),
    populationSha256: record.populationSha256 ?? null,
    version: Number(record.version),
  };
}

export function toItem(item: ItemWithCampaign, viewer: Viewer | null, now: Date): AccessReviewItem {
  const snapshot = JSON.parse(item.snapshot) as StoredSnapshot;
  const active = item.campaign.status === 'active';
  const undecided = item.decision === null;
  const isOwn = viewer?.personId != null && viewer.personId === item.ownerPersonId;
  const mayDecide = viewer?.role === 'admin' || (viewer?.role === 'manager' && viewer.personId === item.reviewerPersonId);
  return {
    id: item.id,
    campaign: { ...item.campaign, status: item.campaign.status as CampaignStatus },
    stage: Number(item.stage),
    parentItemId: item.parentItemId,
    accountId: item.accountId,
    accountEmail: item.accountEmail,
    appId: item.appId,
    appName: item.appName,
    ownerPersonId: item.ownerPersonId,
    ownerName: item.ownerName,
    privileged: item.privileged,
    flagged: item.flagged,
    monthlyCost: Number(item.monthlyCost),
    recommendation: item.recommendation as Recommendation,
    recommendationReason: item.recommendationReason,
    reviewerPersonId: item.reviewerPersonId,
    reviewerName: item.reviewerName,
    reviewerReason: item.reviewerReason as ReviewerReason | null,
    originalReviewerPersonId: item.originalReviewerPersonId,
    escalatedAt: item.escalatedAt,
    decision: item.decision as ReviewDecision | null,
    newRole: item.newRole,
    justification: item.justification,
    decidedAt: item.decidedAt,
    decidedByName: item.decidedByName,
    decidedOnBehalfOf: item.decidedOnBehalfOf,
    decisionSource: item.decisionSource as DecisionSource | null,
    remediationStatus: item.remediationStatus as RemediationStatus | null,
    remediationDueAt: item.remediationDueAt,
    remediationCheckedAt: item.remediationCheckedAt,
    remediationDetail: item.remediationDetail,
    version: Number(item.version),
    snapshot: {
      email: snapshot.email,
      username: snapshot.username,
      status: snapshot.status,
      kind: snapshot.kind,
      roles: snapshot.roles,
      seatType: snapshot.seatType,
      monthlyCost: snapshot.monthlyCost,
      currency: snapshot.currency,
      lastActiveAt: snapshot.lastActiveAt,
      ownerEmail: snapshot.ownerEmail,
      ownerStatus: snapshot.ownerStatus,
      findings: snapshot.findings,
    },
    overdue: active && undecided && item.campaign.dueAt < now.toISOString(),
    keepNeedsJustification: item.flagged || item.privileged,
    viewerCanDecide: active && (undecided || changeable(item)) && !isOwn && mayDecide,
    earlierDecisions: (item.earlierDecisions ?? []).map(toEarlierDecision),
  };
}

/** A decision may change until the close, unless a stage-2 review or an import's check followed it (requireDecidable). */
function changeable(item: ItemWithCampaign): boolean {
  return item.secondStageItemId === null && item.remediationStatus !== 'verified' && item.remediationStatus !== 'failed';
}

function toEarlierDecision(stored: string): EarlierReviewDecision {
  const earlier = JSON.parse(stored) as EarlierDecision;
  return {
    decision: earlier.decision as ReviewDecision,
    newRole: earlier.newRole,
    justification: earlier.justification,
    decidedAt: earlier.decidedAt,
    decidedByName: earlier.decidedByName,
    decisionSource: earlier.decisionSource as DecisionSource | null,
    replacedAt: earlier.replacedAt,
    replacedByName: earlier.replacedByName,
  };
}
