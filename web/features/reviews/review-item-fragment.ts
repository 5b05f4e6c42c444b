import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CampaignStatus,
  DecisionSource,
  Recommendation,
  RemediationStatus,
  ReviewDecision,
  ReviewerReason,
} from './review-schema.js';

/**
 * What every review view shows of an item (the queue, the campaign's decisions, My team) and
 * what every review mutation reads back, so a decision updates each view from the cache.
 */
export interface ReviewItem_item {
  __typename: 'AccessReviewItem';
  id: string;
  version: number;
  stage: number;
  accountId: string;
  accountEmail: string | null;
  appId: string;
  appName: string;
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
  escalatedAt: string | null;
  decision: ReviewDecision | null;
  newRole: string | null;
  justification: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  decidedOnBehalfOf: string | null;
  decisionSource: DecisionSource | null;
  remediationStatus: RemediationStatus | null;
  remediationDueAt: string | null;
  remediationDetail: string | null;
  overdue: boolean;
  keepNeedsJustification: boolean;
  viewerCanDecide: boolean;
  campaign: { __typename: 'CampaignRef'; id: string; name: string; period: string; status: CampaignStatus; dueAt: string };
  snapshot: {
    __typename: 'AccountSnapshot';
    status: string;
    kind: string;
    currency: string;
    roles: { __typename: 'HeldRole'; name: string; privilege: string }[];
    findings: { __typename: 'FindingBrief'; type: string; severity: string; reason: string }[];
  };
}

export const REVIEW_ITEM_FIELDS: TypedDocumentNode<ReviewItem_item> = gql`
  fragment ReviewItem_item on AccessReviewItem {
    id
    version
    stage
    accountId
    accountEmail
    appId
    appName
    ownerPersonId
    ownerName
    privileged
    flagged
    monthlyCost
    recommendation
    recommendationReason
    reviewerPersonId
    reviewerName
    reviewerReason
    escalatedAt
    decision
    newRole
    justification
    decidedAt
    decidedByName
    decidedOnBehalfOf
    decisionSource
    remediationStatus
    remediationDueAt
    remediationDetail
    overdue
    keepNeedsJustification
    viewerCanDecide
    campaign {
      id
      name
      period
      status
      dueAt
    }
    snapshot {
      status
      kind
      currency
      roles {
        name
        privilege
      }
      findings {
        type
        severity
        reason
      }
    }
  }
`;

/** Why keeping the item needs a justification, for the form's wording. */
export function justificationReason(item: Pick<ReviewItem_item, 'flagged' | 'privileged'>): string {
  if (item.flagged && item.privileged) return 'it is flagged and holds an admin role';
  if (item.flagged) return 'it is flagged';
  return 'it holds an admin role';
}

/** The item's account in words: its email or user name, else its id. */
export function accountLabel(item: Pick<ReviewItem_item, 'accountEmail' | 'accountId'>): string {
  return item.accountEmail ?? item.accountId;
}
