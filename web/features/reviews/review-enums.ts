import type { CampaignScope, CampaignStatus, ReviewDecisionFilter } from '../../graphql/graphql.js';
import { everyValue } from '../../shared/enums.js';

/** `enum CampaignScope`, in the order the campaign form offers them. */
export const CAMPAIGN_SCOPES = everyValue<CampaignScope>()(['APPS', 'PRIVILEGED', 'FLAGGED', 'ALL']);

export const CAMPAIGN_STATUSES = everyValue<CampaignStatus>()(['DRAFT', 'ACTIVE', 'CLOSING', 'CLOSED']);

export const REVIEW_DECISION_FILTERS = everyValue<ReviewDecisionFilter>()(['UNDECIDED', 'KEEP', 'REVOKE', 'MODIFY']);

export function isCampaignStatus(value: string): value is CampaignStatus {
  return (CAMPAIGN_STATUSES as readonly string[]).includes(value);
}

export function isReviewDecisionFilter(value: string): value is ReviewDecisionFilter {
  return (REVIEW_DECISION_FILTERS as readonly string[]).includes(value);
}
