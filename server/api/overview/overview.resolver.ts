import { Authorized, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { ORGANIZATION_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { LeaverSla } from '../leavers/leaver.type.js';
import { Overview } from './overview.type.js';
import { OverviewService } from './overview.service.js';

@Resolver(() => Overview)
export class OverviewResolver {
  @Authorized(ORGANIZATION_READERS)
  @Query(() => Overview, { description: 'Headline counts, seats and money across the organization' })
  overview(@Ctx() ctx: ApiContext): Promise<Overview> {
    return new OverviewService(ctx).overview();
  }

  /**
   * The overview's leaver tile, as a query of its own: the dashboard draws it beside the headline,
   * which need not wait for it (at 100,000 people it is the overview's slowest part).
   */
  @Authorized(ORGANIZATION_READERS)
  @Query(() => LeaverSla, { description: 'Leavers terminated in the last 90 days deprovisioned within the SLA' })
  recentLeaverSla(@Ctx() ctx: ApiContext): Promise<LeaverSla> {
    return new OverviewService(ctx).leaverSla();
  }

  /** Kept for API clients that read it with the overview; computed only when asked for. */
  @FieldResolver(() => LeaverSla, {
    description: 'Leavers terminated in the last 90 days deprovisioned within the SLA (also the query recentLeaverSla)',
  })
  leaverSla(@Ctx() ctx: ApiContext): Promise<LeaverSla> {
    return new OverviewService(ctx).leaverSla();
  }
}
