import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf } from '../../../audit/actor.js';
import type { ScopeKind } from '../../../reviews/review.types.js';
import {
  addSchedule,
  listSchedules,
  nextRunOf,
  removeSchedule,
  scheduleOwnerNames,
  type CampaignSchedule as Stored,
} from '../../../reviews/schedules/schedule-store.js';
import type { ApiContext } from '../../context.js';
import { CAMPAIGN_READERS, REVIEW_ADMINS, requireAdmin } from '../review-access.js';
import { asApiErrors } from '../review-errors.js';
import type { CampaignScope } from '../review.enums.js';
import { AddCampaignScheduleInput, CampaignSchedule, ScheduleCadence } from './campaign-schedule.type.js';

function toSchedule(stored: Stored, now: Date, ownerName: string | null = null): CampaignSchedule {
  return {
    ...stored,
    ownerName,
    cadence: stored.cadence as ScheduleCadence,
    scope: stored.scopeKind as CampaignScope,
    apps: stored.scopeApps,
    nextRunOn: nextRunOf(stored, now),
  };
}

/** Recurring campaigns: admins add and remove them, auditors read them (as campaigns). */
@Resolver()
export class CampaignScheduleResolver {
  @Authorized(CAMPAIGN_READERS)
  @Query(() => [CampaignSchedule], { description: 'Recurring campaigns, by name, with their last and next run' })
  async campaignSchedules(@Ctx() ctx: ApiContext): Promise<CampaignSchedule[]> {
    const [schedules, owners] = await Promise.all([listSchedules(ctx.graph), scheduleOwnerNames(ctx.graph)]);
    return schedules.map((s) => toSchedule(s, ctx.now, owners.get(s.id) ?? null));
  }

  @Authorized(REVIEW_ADMINS)
  @Mutation(() => CampaignSchedule, {
    description: 'Save a campaign as a schedule; attest serve creates and launches one on each run date',
  })
  addCampaignSchedule(
    @Arg('input', () => AddCampaignScheduleInput) input: AddCampaignScheduleInput,
    @Ctx() ctx: ApiContext,
  ): Promise<CampaignSchedule> {
    const actor = actorOf(requireAdmin(ctx.viewer));
    return asApiErrors(async () => {
      const draft = {
        name: input.name,
        nameTemplate: input.nameTemplate,
        cadence: input.cadence as string as 'quarterly' | 'monthly' | 'everyDays',
        everyDays: input.everyDays ?? null,
        firstRunOn: input.firstRunOn,
        scopeKind: input.scope as string as ScopeKind,
        scopeApps: input.apps ?? [],
        secondStage: input.secondStage,
        dueInDays: input.dueInDays,
        remediationDays: input.remediationDays,
        owner: input.owner,
      };
      const added = await addSchedule(ctx.graph, draft, actor, ctx.now);
      return toSchedule(added, ctx.now, (await scheduleOwnerNames(ctx.graph)).get(added.id) ?? null);
    });
  }

  @Authorized(REVIEW_ADMINS)
  @Mutation(() => CampaignSchedule, { description: 'Remove a schedule; the campaigns it created stay' })
  removeCampaignSchedule(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<CampaignSchedule> {
    const actor = actorOf(requireAdmin(ctx.viewer));
    return asApiErrors(async () => toSchedule(await removeSchedule(ctx.graph, id, actor, ctx.now), ctx.now));
  }
}
