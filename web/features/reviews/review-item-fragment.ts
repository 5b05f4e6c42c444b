import { graphql } from '../../graphql/index.js';
import type { ReviewItem_ItemFragment } from '../../graphql/graphql.js';

// The item fields the review pages read; codegen adds them to every query that spreads the fragment.
graphql(`
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
    earlierDecisions {
      decision
      decidedByName
      decidedAt
    }
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
`);

/** Why keeping the item needs a justification, for the form's wording. */
export function justificationReason(item: Pick<ReviewItem_ItemFragment, 'flagged' | 'privileged'>): string {
  if (item.flagged && item.privileged) return 'it is flagged and holds an admin role';
  if (item.flagged) return 'it is flagged';
  return 'it holds an admin role';
}

/** The item's account in words: its email or user name, else its id. */
export function accountLabel(item: Pick<ReviewItem_ItemFragment, 'accountEmail' | 'accountId'>): string {
  return item.accountEmail ?? item.accountId;
}
