/**
 * Hand-written TypeScript mirrors of the access-review part of the GraphQL schema
 * (server/api/reviews/*.type.ts, review.args.ts, review.enums.ts). Keep them in step.
 */

export const CAMPAIGN_SCOPES = ['APPS', 'PRIVILEGED', 'FLAGGED', 'ALL'] as const;
export type CampaignScope = (typeof CAMPAIGN_SCOPES)[number];

export const CAMPAIGN_STATUSES = ['DRAFT', 'ACTIVE', 'CLOSED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export type ReviewDecision = 'KEEP' | 'REVOKE' | 'MODIFY';

export const REVIEW_DECISION_FILTERS = ['UNDECIDED', 'KEEP', 'REVOKE', 'MODIFY'] as const;
export type ReviewDecisionFilter = (typeof REVIEW_DECISION_FILTERS)[number];

export type DecisionSource = 'REVIEWER' | 'BULK' | 'ATTESTATION' | 'CLOSE_DEFAULT';
export type ReviewerReason = 'MANAGER' | 'APP_OWNER' | 'CAMPAIGN_OWNER' | 'REASSIGNED' | 'DELEGATED' | 'ESCALATED';
export type Recommendation = 'KEEP' | 'REVOKE' | 'REVIEW';
export type CloseDefault = 'NO_CHANGE' | 'REVOKE';
export type RemediationStatus = 'OPEN' | 'VERIFIED' | 'FAILED';
export type UserRole = 'ADMIN' | 'FINANCE' | 'AUDITOR' | 'MANAGER';

export function isCampaignStatus(value: string): value is CampaignStatus {
  return (CAMPAIGN_STATUSES as readonly string[]).includes(value);
}

export function isReviewDecisionFilter(value: string): value is ReviewDecisionFilter {
  return (REVIEW_DECISION_FILTERS as readonly string[]).includes(value);
}

/** `input CreateCampaignInput` */
export interface CreateCampaignInput {
  name: string;
  period: string;
  scope: CampaignScope;
  apps?: string[] | null;
  dueAt: string;
  owner: string;
  secondStage?: boolean;
  remediationDays?: number;
}

/** `input ItemVersionInput` */
export interface ItemVersionInput {
  itemId: string;
  expectedVersion: number;
}

/** `input DecideItemsInput` */
export interface DecideItemsInput {
  items: ItemVersionInput[];
  decision: ReviewDecision;
  justification?: string | null;
  newRole?: string | null;
}

/** `input ReassignItemsInput` */
export interface ReassignItemsInput {
  items: ItemVersionInput[];
  toPersonId: string;
  note?: string | null;
}

/** `input DelegateReviewsInput` */
export interface DelegateReviewsInput {
  campaignId: string;
  toPersonId: string;
  note?: string | null;
}

/** The signed-in user, as the review pages need it (`type Me`). */
export interface ReviewViewer {
  __typename: 'Me';
  id: string;
  role: UserRole;
  personId: string | null;
}
