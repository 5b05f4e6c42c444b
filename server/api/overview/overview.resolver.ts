import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ORGANIZATION_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { Overview } from './overview.type.js';
import { OverviewService } from './overview.service.js';

@Resolver(() => Overview)
export class OverviewResolver {
  @Authorized(ORGANIZATION_READERS)
  @Query(() => Overview, { description: 'Headline counts, seats and money across the organization' })
  overview(@Ctx() ctx: ApiContext): Promise<Overview> {
    return new OverviewService(ctx).overview();
  }
}
