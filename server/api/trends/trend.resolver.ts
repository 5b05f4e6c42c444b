import { Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { ORGANIZATION_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { MAX_TREND_POINTS, TrendService } from './trend.service.js';
import { ActivityBucket, KpiSnapshot, QuarterComparison } from './trend.type.js';

@ArgsType()
export class KpiTrendArgs {
  @Field(() => Int, { defaultValue: 30, description: 'How many of the latest snapshots' })
  @Min(1)
  @Max(MAX_TREND_POINTS)
  last: number = 30;
}

@Resolver(() => KpiSnapshot)
export class TrendResolver {
  @Authorized(ORGANIZATION_READERS)
  @Query(() => [KpiSnapshot], { description: 'The headline figures after each of the latest syncs, oldest first' })
  kpiTrend(@Args(() => KpiTrendArgs) args: KpiTrendArgs, @Ctx() ctx: ApiContext): Promise<KpiSnapshot[]> {
    return new TrendService(ctx).kpiTrend(args.last);
  }

  @Authorized(ORGANIZATION_READERS)
  @Query(() => QuarterComparison, {
    description: 'The headline figures by day (the last snapshot of each day), this quarter to date against the last quarter',
  })
  kpiQuarters(@Ctx() ctx: ApiContext): Promise<QuarterComparison> {
    return new TrendService(ctx).kpiQuarters();
  }

  @Authorized(ORGANIZATION_READERS)
  @Query(() => [ActivityBucket], { description: 'Active accounts by days since their last activity, in apps that give activity data' })
  activityHistogram(@Ctx() ctx: ApiContext): Promise<ActivityBucket[]> {
    return new TrendService(ctx).activityHistogram();
  }
}
