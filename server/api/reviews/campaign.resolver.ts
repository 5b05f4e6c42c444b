import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { HEAVY_FIELD_COST } from '../query-cost.js';
import { CampaignService } from './campaign.service.js';
import { Campaign, OverdueReviewer } from './campaign.type.js';
import { CampaignsArgs, CreateCampaignInput } from './review.args.js';
import { CAMPAIGN_READERS, REVIEW_ADMINS } from './review-access.js';
import { EscalationResult } from './review-item.type.js';
import { CloseDefault } from './review.enums.js';

@Resolver()
export class CampaignResolver {
  @Authorized(CAMPAIGN_READERS)
  @Query(() => [Campaign], { description: 'Access-review campaigns, newest first' })
  campaigns(@Args(() => CampaignsArgs) args: CampaignsArgs, @Ctx() ctx: ApiContext): Promise<Campaign[]> {
    return new CampaignService(ctx).list(args);
  }

  @Authorized(CAMPAIGN_READERS)
  @Query(() => Campaign, {
    nullable: true,
    description: 'One campaign with its progress, burndown, overdue reviewers and items; null when there is none',
  })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Campaign | null> {
    return new CampaignService(ctx).one(id);
  }

  @Authorized(CAMPAIGN_READERS)
  @Query(() => [OverdueReviewer], {
    description: 'Reviewers with undecided items past due, in one active campaign or all of them, most overdue first',
    complexity: HEAVY_FIELD_COST,
  })
  overdueReviewers(
    @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<OverdueReviewer[]> {
    return new CampaignService(ctx).overdueReviewers(campaignId ?? null);
  }

  @Authorized(REVIEW_ADMINS)
  @Mutation(() => Campaign, { description: 'Create a draft campaign: name, period, scope, due date, owner, optional second stage' })
  createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: ApiContext): Promise<Campaign> {
    return new CampaignService(ctx).create(input);
  }

  @Authorized(REVIEW_ADMINS)
  @Mutation(() => Campaign, {
    description: 'Snapshot every account in scope into review items with recommendations and reviewers; later imports do not change them',
  })
  launchCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Campaign> {
    return new CampaignService(ctx).launch(id);
  }

  @Authorized(REVIEW_ADMINS)
  @Mutation(() => Campaign, {
    description: 'Sign the campaign off: undecided items get the default (recorded as such); it is read-only afterwards',
  })
  closeCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('default', () => CloseDefault) closeDefault: CloseDefault,
    @Ctx() ctx: ApiContext,
  ): Promise<Campaign> {
    return new CampaignService(ctx).close(id, closeDefault);
  }

  @Authorized(REVIEW_ADMINS)
  @Mutation(() => EscalationResult, {
    description: "Move undecided items past due to the reviewer's manager (once per item); also runs after every import and hourly",
  })
  escalateOverdue(@Ctx() ctx: ApiContext): Promise<EscalationResult> {
    return new CampaignService(ctx).escalate();
  }
}
