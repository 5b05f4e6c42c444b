import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { SCOPED_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { FindingsArgs } from './findings.args.js';
import { Finding, FindingConnection } from './finding.type.js';
import { FindingService } from './finding.service.js';

@Resolver(() => Finding)
export class FindingResolver {
  @Authorized(SCOPED_READERS)
  @Query(() => FindingConnection, { description: 'Findings matching the filter, most severe and costly first' })
  findings(@Args(() => FindingsArgs) args: FindingsArgs, @Ctx() ctx: ApiContext): Promise<FindingConnection> {
    return new FindingService(ctx).search(args);
  }

  @Authorized(SCOPED_READERS)
  @Query(() => Finding)
  async finding(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Finding> {
    const finding = await new FindingService(ctx).byId(id);
    if (!finding) throw new NotFoundError('Finding', id);
    return finding;
  }
}
