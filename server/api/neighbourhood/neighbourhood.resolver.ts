import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SCOPED_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { HEAVY_FIELD_COST } from '../query-cost.js';
import { Finding } from '../findings/finding.type.js';
import { NeighbourhoodService } from './neighbourhood.service.js';
import { Neighbourhood } from './neighbourhood.type.js';

@Resolver(() => Finding)
export class FindingNeighbourhoodResolver {
  @Authorized(SCOPED_READERS)
  @FieldResolver(() => Neighbourhood, {
    description: 'The small graph of facts around the finding, for drawing it',
    complexity: HEAVY_FIELD_COST,
  })
  async neighbourhood(@Root() finding: Finding, @Ctx() ctx: ApiContext): Promise<Neighbourhood> {
    return (await new NeighbourhoodService(ctx).aroundFinding(finding.id)) ?? { nodes: [], edges: [] };
  }
}
