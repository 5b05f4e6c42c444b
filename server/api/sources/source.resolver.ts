import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { ORGANIZATION_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { SourceService } from './source.service.js';
import { BatonFile } from './baton-file.type.js';
import { ImportApp, ImportKindInfo, Source, SyncRun } from './source.type.js';

@ArgsType()
class SyncRunsArgs {
  @Field(() => String, { nullable: true, description: 'Only this source scope' }) scope?: string;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  first: number = 50;
}

@Resolver()
export class SourceResolver {
  @Authorized(ORGANIZATION_READERS)
  @Query(() => [Source], { description: 'Every source that has been imported, with its freshness' })
  sources(@Ctx() ctx: ApiContext): Promise<Source[]> {
    return new SourceService(ctx).sources();
  }

  @Authorized(ORGANIZATION_READERS)
  @Query(() => [SyncRun], { description: 'Imports, newest first' })
  syncRuns(@Args(() => SyncRunsArgs) args: SyncRunsArgs, @Ctx() ctx: ApiContext): Promise<SyncRun[]> {
    return new SourceService(ctx).syncRuns(args.scope ?? null, args.first);
  }

  @Authorized(ORGANIZATION_READERS)
  @Query(() => [BatonFile], { description: 'The files of the Baton folder the server watches, by name, with their last import' })
  batonFiles(@Ctx() ctx: ApiContext): Promise<BatonFile[]> {
    return new SourceService(ctx).batonFiles();
  }

  @Authorized(ORGANIZATION_READERS)
  @Query(() => [ImportApp], { description: 'Apps an upload can be for: those Attest has, then the catalog’s others, by name' })
  importApps(@Ctx() ctx: ApiContext): Promise<ImportApp[]> {
    return new SourceService(ctx).importApps();
  }

  @Authorized(ORGANIZATION_READERS)
  @Query(() => [ImportKindInfo], { description: 'What can be imported, for the upload form' })
  importKinds(@Ctx() ctx: ApiContext, @Arg('onlyApps', () => Boolean, { defaultValue: false }) onlyApps: boolean): ImportKindInfo[] {
    return new SourceService(ctx).importKinds().filter((k) => !onlyApps || k.needsApp);
  }
}
