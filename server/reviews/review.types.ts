import { ADMIN_PRIVILEGES } from '../catalog/privilege.js';

/** The review data model shared with the evidence export (see the task's REVIEW DATA MODEL); property names are the graph's. */

export const SCOPE_KINDS = ['all', 'privileged', 'flagged', 'apps'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** 'closing': signed off, its undecided items getting the default in batches; nobody decides any more. */
export const CAMPAIGN_STATUSES = ['draft', 'active', 'closing', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const DECISIONS = ['keep', 'revoke', 'modify'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_SOURCES = ['reviewer', 'bulk', 'attestation', 'close_default'] as const;
export type DecisionSource = (typeof DECISION_SOURCES)[number];
export const REVIEWER_REASONS = ['manager', 'app_owner', 'campaign_owner', 'reassigned', 'delegated', 'escalated'] as const;
export type ReviewerReason = (typeof REVIEWER_REASONS)[number];
export const RECOMMENDATIONS = ['keep', 'revoke', 'review'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const CLOSE_DEFAULTS = ['no_change', 'revoke'] as const;
export type CloseDefault = (typeof CLOSE_DEFAULTS)[number];
export const REMEDIATION_STATUSES = ['open', 'verified', 'failed'] as const;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

export function isPrivilege(privilege: string | null | undefined): boolean {
  return privilege != null && (ADMIN_PRIVILEGES as readonly string[]).includes(privilege);
}

export interface CampaignRecord {
  id: string;
  name: string;
  period: string;
  scopeKind: ScopeKind;
  scopeAppIds: string[];
  dueAt: string;
  secondStage: boolean;
  remediationDays: number;
  status: CampaignStatus;
  createdAt: string;
  createdById: string;
  createdByName: string;
  launchedAt: string | null;
  launchedById: string | null;
  launchedByName: string | null;
  closedAt: string | null;
  closedById: string | null;
  closedByName: string | null;
  closeDefault: CloseDefault | null;
  populationCount: number | null;
  populationSha256: string | null;
  version: number;
  ownerPersonId: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  ownerStatus: string | null;
  /** Set instead of an HR owner when the owner is a sign-in admin who is not in HR (e.g. admin@demo). */
  ownerUserEmail: string | null;
  ownerUserName: string | null;
}

export interface ReviewItemRecord {
  id: string;
  campaignId: string;
  stage: 1 | 2;
  parentItemId: string | null;
  accountId: string;
  snapshot: string;
  appId: string;
  appName: string;
  accountEmail: string | null;
  ownerPersonId: string | null;
  ownerName: string | null;
  privileged: boolean;
  flagged: boolean;
  monthlyCost: number;
  recommendation: Recommendation;
  recommendationReason: string;
  reviewerPersonId: string | null;
  reviewerName: string | null;
  reviewerReason: ReviewerReason | null;
  originalReviewerPersonId: string | null;
  escalatedAt: string | null;
  decision: Decision | null;
  newRole: string | null;
  justification: string | null;
  decidedAt: string | null;
  decidedById: string | null;
  decidedByName: string | null;
  /** Set when an admin decided an item assigned to someone else: whose item it was. */
  decidedOnBehalfOf: string | null;
  decisionSource: DecisionSource | null;
  remediationStatus: RemediationStatus | null;
  remediationDueAt: string | null;
  remediationCheckedAt: string | null;
  remediationDetail: string | null;
  /** Decisions this one replaced, oldest first, each as JSON (EarlierDecision): a reviewer may change their mind until the close. */
  earlierDecisions: string[] | null;
  /** The stage-2 item this stage-1 decision started, if any. */
  secondStageItemId: string | null;
  createdAt: string;
  updatedAt: string | null;
  updatedByName: string | null;
  version: number;
}

/** A decision later replaced by another, as kept on the item (ReviewItem.earlierDecisions). */
export interface EarlierDecision {
  decision: Decision;
  newRole: string | null;
  justification: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  decidedOnBehalfOf: string | null;
  decisionSource: DecisionSource | null;
  /** When it was replaced, and by whom. */
  replacedAt: string;
  replacedByName: string;
}

/** What was true of an account at launch, as stored (canonical JSON) in ReviewItem.snapshot. */
export interface AccountSnapshot {
  accountId: string;
  appId: string;
  appName: string;
  email: string | null;
  username: string | null;
  status: string;
  kind: string;
  roles: { name: string; privilege: string }[];
  seatType: string | null;
  monthlyCost: number;
  currency: string;
  lastActiveAt: string | null;
  ownerPersonId: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  ownerStatus: string | null;
  findings: SnapshotFinding[];
}

export interface SnapshotFinding {
  type: string;
  severity: string;
  reason: string;
  monthlyCost: number;
}
