import { actorOf } from '../../audit/actor.js';
import { findCampaign, listCampaigns } from '../../reviews/campaign-read.js';
import { closeCampaign } from '../../reviews/close-campaign.js';
import { createCampaign } from '../../reviews/create-campaign.js';
import { parseDueDate } from '../../reviews/due-date.js';
import { escalateOverdue } from '../../reviews/escalate.js';
import { listCampaignItems, type ItemFilter } from '../../reviews/item-read.js';
import { launchCampaign } from '../../reviews/launch-campaign.js';
import * as progress from '../../reviews/progress.js';
import { ReviewError } from '../../reviews/review-error.js';
import type { CloseDefault as CloseDefaultValue, Decision, ScopeKind } from '../../reviews/review.types.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import type { AppProgress, BurndownDay, Campaign, CampaignProgress, OverdueReviewer, ReviewerProgress } from './campaign.type.js';
import type { CampaignItemsArgs, CampaignsArgs, CreateCampaignInput } from './review.args.js';
import { readScopeOf, requireAdmin } from './review-access.js';
import { asApiErrors } from './review-errors.js';
import type { AccessReviewItem, EscalationResult, ReviewItemConnection } from './review-item.type.js';
import { toCampaign, toItem } from './review.mapper.js';
import type { CloseDefault } from './review.enums.js';

/** Campaigns for admins (create, launch, close) and auditors (read). */
export class CampaignService {
  constructor(private readonly ctx: ApiContext) {}

  async list(args: CampaignsArgs): Promise<Campaign[]> {
    return (await listCampaigns(this.ctx.graph, args.status ?? null)).map(toCampaign);
  }

  /** Null when there is no such campaign. */
  async one(id: string): Promise<Campaign | null> {
    try {
      return toCampaign(await findCampaign(this.ctx.graph, id));
    } catch (error) {
      if (error instanceof ReviewError) return null;
      throw error;
    }
  }

  create(input: CreateCampaignInput): Promise<Campaign> {
    const actor = actorOf(requireAdmin(this.ctx.viewer));
    return asApiErrors(async () => {
      const draft = {
        name: input.name,
        period: input.period,
        scopeKind: input.scope as string as ScopeKind,
        scopeApps: input.apps ?? [],
        dueAt: parseDueDate(input.dueAt),
        owner: input.owner,
        secondStage: input.secondStage,
        remediationDays: input.remediationDays,
      };
      return toCampaign(await createCampaign(this.ctx.graph, draft, actor, this.ctx.now));
    });
  }

  launch(id: string): Promise<Campaign> {
    const actor = actorOf(requireAdmin(this.ctx.viewer));
    return asApiErrors(async () => toCampaign((await launchCampaign(this.ctx.graph, id, actor, this.ctx.now)).campaign));
  }

  close(id: string, closeDefault: CloseDefault): Promise<Campaign> {
    const actor = actorOf(requireAdmin(this.ctx.viewer));
    return asApiErrors(async () =>
      toCampaign((await closeCampaign(this.ctx.graph, id, closeDefault as string as CloseDefaultValue, actor, this.ctx.now)).campaign),
    );
  }

  escalate(): Promise<EscalationResult> {
    const actor = actorOf(requireAdmin(this.ctx.viewer));
    return asApiErrors(async () => {
      const outcome = await escalateOverdue(this.ctx.graph, this.ctx.now, actor);
      return { escalated: outcome.escalatedItemIds.length, stuck: outcome.stuckItemIds.length };
    });
  }

  progress(campaignId: string): Promise<CampaignProgress> {
    return progress.campaignProgress(this.ctx.graph, campaignId, this.ctx.now);
  }

  async byReviewer(campaignId: string, first: number): Promise<ReviewerProgress[]> {
    return progress.progressByReviewer(this.ctx.graph, campaignId, this.ctx.now, first);
  }

  reviewerCount(campaignId: string): Promise<number> {
    return progress.reviewerCount(this.ctx.graph, campaignId);
  }

  async byApp(campaignId: string): Promise<AppProgress[]> {
    return progress.progressByApp(this.ctx.graph, campaignId);
  }

  burndown(campaignId: string): Promise<BurndownDay[]> {
    return progress.burndown(this.ctx.graph, campaignId, this.ctx.now);
  }

  overdueReviewers(campaignId: string | null): Promise<OverdueReviewer[]> {
    return progress.overdueReviewers(this.ctx.graph, campaignId, this.ctx.now);
  }

  async recentDecisions(campaignId: string, first: number): Promise<AccessReviewItem[]> {
    return (await progress.recentDecisions(this.ctx.graph, campaignId, first)).map((item) => toItem(item, this.ctx.viewer, this.ctx.now));
  }

  async items(campaignId: string, args: CampaignItemsArgs): Promise<ReviewItemConnection> {
    const scope = readScopeOf(this.ctx.viewer);
    const skip = decodeCursor(args.after);
    const filter: ItemFilter = {
      reviewerPersonId: args.reviewerPersonId ?? null,
      appId: args.appId ?? null,
      decision: (args.decision as string | undefined as Decision | 'undecided' | undefined) ?? null,
      flagged: args.flagged ?? null,
      stage: args.stage ?? null,
      search: args.search ?? null,
    };
    const page = await listCampaignItems(this.ctx.graph, campaignId, filter, { skip, limit: args.first }, scope);
    const end = skip + page.items.length;
    return {
      nodes: page.items.map((item) => toItem(item, this.ctx.viewer, this.ctx.now)),
      totalCount: page.total,
      pageInfo: { endCursor: end < page.total ? encodeCursor(end) : null, hasNextPage: end < page.total },
    };
  }
}
