import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ORGANIZATION_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { App, AppDetail, RoleHolderConnection } from './app.type.js';
import { AppService } from './app.service.js';
import { RoleHoldersArgs } from './role-holders.args.js';
import { roleHolderPage } from './role-holders.service.js';

@Resolver(() => App)
export class AppResolver {
  @Authorized(ORGANIZATION_READERS)
  @Query(() => [App], { description: 'Every app, by monthly waste, highest first' })
  apps(@Ctx() ctx: ApiContext): Promise<App[]> {
    return new AppService(ctx).list();
  }

  @Authorized(ORGANIZATION_READERS)
  @Query(() => AppDetail)
  async app(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<AppDetail> {
    const app = await new AppService(ctx).detail(id);
    if (!app) throw new NotFoundError('App', id);
    return app;
  }

  @Authorized(ORGANIZATION_READERS)
  @Query(() => RoleHolderConnection, { description: "A page of a role's live holders: the app page's first, then each next" })
  async roleHolders(@Args() args: RoleHoldersArgs, @Ctx() ctx: ApiContext): Promise<RoleHolderConnection> {
    const page = await roleHolderPage(ctx.graph, args.roleId, args.first, args.after);
    if (!page) throw new NotFoundError('Role', args.roleId);
    return page;
  }
}
