import { CampaignFieldsResolver } from './campaign-fields.resolver.js';
import { CampaignNotificationsResolver } from './campaign-notifications.resolver.js';
import { CampaignResolver } from './campaign.resolver.js';
import { ReviewItemFieldsResolver } from './review-item-fields.resolver.js';
import { RemediationApplyResolver } from './remediation-apply.resolver.js';
import { ReviewItemResolver } from './review-item.resolver.js';
import { TeamResolver } from './team.resolver.js';
import { CampaignScheduleResolver } from './schedules/campaign-schedule.resolver.js';

/** Access reviews: campaigns, review items, My team. */
export const REVIEW_RESOLVERS = [
  CampaignResolver,
  CampaignFieldsResolver,
  CampaignNotificationsResolver,
  ReviewItemResolver,
  ReviewItemFieldsResolver,
  RemediationApplyResolver,
  TeamResolver,
  CampaignScheduleResolver,
] as const;
