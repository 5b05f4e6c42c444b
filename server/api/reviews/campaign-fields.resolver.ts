import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { HEAVY_FIELD_COST } from '../query-cost.js';
import { CampaignService } from './campaign.service.js';
import { AppProgress, BurndownDay, Campaign, CampaignProgress, LaunchPreview, OverdueReviewer, ReviewerProgress } from './campaign.type.js';
import { CampaignItemsArgs, ReviewerProgressArgs } from './review.args.js';
import { CAMPAIGN_READERS, REVIEW_ADMINS } from './review-access.js';
import { CampaignStatus } from './review.enums.js';
import { previewLaunch } from '../../reviews/launch-preview.js';
import { AccessReviewItem, ReviewItemConnection } from './review-item.type.js';

/** What the campaign page shows besides the campaign itself. */
@Resolver(() => Campaign)
export class CampaignFieldsResolver {
  @Authorized(CAMPAIGN_READERS)
  @FieldResolver(() => CampaignProgress, { complexity: HEAVY_FIELD_COST })
  progress(@Root() campaign: Campaign, @Ctx() ctx: ApiContext): Promise<CampaignProgress> {
    return new CampaignService(ctx).progress(campaign.id);
  }

  @Authorized(CAMPAIGN_READERS)
  @FieldResolver(() => [ReviewerProgress], {
    description: 'Items and decisions per reviewer, most left to do first; reviewerCount says how many there are',
    complexity: HEAVY_FIELD_COST,
  })
  progressByReviewer(
    @Root() campaign: Campaign,
    @Args(() => ReviewerProgressArgs) args: ReviewerProgressArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ReviewerProgress[]> {
    return new CampaignService(ctx).byReviewer(campaign.id, args.first);
  }

  @Authorized(CAMPAIGN_READERS)
  @FieldResolver(() => Int, { description: 'Reviewers with items, the unassigned counted as one: all progressByReviewer could list' })
  reviewerCount(@Root() campaign: Campaign, @Ctx() ctx: ApiContext): Promise<number> {
    return new CampaignService(ctx).reviewerCount(campaign.id);
  }

  @Authorized(CAMPAIGN_READERS)
  @FieldResolver(() => [AppProgress], { description: 'Items and decisions per app', complexity: HEAVY_FIELD_COST })
  progressByApp(@Root() campaign: Campaign, @Ctx() ctx: ApiContext): Promise<AppProgress[]> {
    return new CampaignService(ctx).byApp(campaign.id);
  }

  @Authorized(CAMPAIGN_READERS)
  @FieldResolver(() => [BurndownDay], {
    description: 'Undecided items at the end of each day from launch to today (or the close)',
    complexity: HEAVY_FIELD_COST,
  })
  burndown(@Root() campaign: Campaign, @Ctx() ctx: ApiContext): Promise<BurndownDay[]> {
    return new CampaignService(ctx).burndown(campaign.id);
  }

  @Authorized(CAMPAIGN_READERS)
  @FieldResolver(() => [OverdueReviewer], { description: 'Reviewers with undecided items past the due date', complexity: HEAVY_FIELD_COST })
  overdueReviewers(@Root() campaign: Campaign, @Ctx() ctx: ApiContext): Promise<OverdueReviewer[]> {
    return new CampaignService(ctx).overdueReviewers(campaign.id);
  }

  @Authorized(CAMPAIGN_READERS)
  @FieldResolver(() => [AccessReviewItem], { description: 'The latest decisions, newest first' })
  recentDecisions(
    @Root() campaign: Campaign,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: ApiContext,
  ): Promise<AccessReviewItem[]> {
    return new CampaignService(ctx).recentDecisions(campaign.id, Math.max(1, Math.min(first, 200)));
  }

  @Authorized(CAMPAIGN_READERS)
  @FieldResolver(() => ReviewItemConnection, { description: 'The review items, filtered, by app and account' })
  items(
    @Root() campaign: Campaign,
    @Args(() => CampaignItemsArgs) args: CampaignItemsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ReviewItemConnection> {
    return new CampaignService(ctx).items(campaign.id, args);
  }

  @Authorized(REVIEW_ADMINS)
  @FieldResolver(() => LaunchPreview, {
    nullable: true,
    description: 'What launching would do if it ran now (reads the whole population, writes nothing); null once launched',
    complexity: HEAVY_FIELD_COST,
  })
  async launchPreview(@Root() campaign: Campaign, @Ctx() ctx: ApiContext): Promise<LaunchPreview | null> {
    if (campaign.status !== CampaignStatus.DRAFT) return null;
    return previewLaunch(ctx.graph, campaign.id);
  }
}
