import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { campaignNotifications, type NotificationRecord } from '../../notifications/outbox.js';
import type { ApiContext } from '../context.js';
import { Campaign } from './campaign.type.js';
import { CampaignNotification, NotificationChannel, NotificationKind, NotificationStatus } from './notification.type.js';
import { CAMPAIGN_READERS } from './review-access.js';

const KINDS: Record<NotificationRecord['kind'], NotificationKind> = {
  assigned: NotificationKind.ASSIGNED,
  reminder: NotificationKind.REMINDER,
  escalation: NotificationKind.ESCALATION,
  closed: NotificationKind.CLOSED,
  digest: NotificationKind.DIGEST,
};
const STATUSES: Record<NotificationRecord['status'], NotificationStatus> = {
  queued: NotificationStatus.QUEUED,
  sent: NotificationStatus.SENT,
  failed: NotificationStatus.FAILED,
};
const CHANNELS: Record<NotificationRecord['channel'], NotificationChannel> = {
  email: NotificationChannel.EMAIL,
  slack: NotificationChannel.SLACK,
};

/** The messages sent (or failing) about a campaign, for its page. */
@Resolver(() => Campaign)
export class CampaignNotificationsResolver {
  @Authorized(CAMPAIGN_READERS)
  @FieldResolver(() => [CampaignNotification], { description: 'Messages to reviewers about this campaign, newest first (at most 500)' })
  async notifications(@Root() campaign: Campaign, @Ctx() ctx: ApiContext): Promise<CampaignNotification[]> {
    const records = await campaignNotifications(ctx.graph, campaign.id);
    return records.map((record) => ({
      ...record,
      kind: KINDS[record.kind],
      status: STATUSES[record.status],
      channel: CHANNELS[record.channel],
    }));
  }
}
