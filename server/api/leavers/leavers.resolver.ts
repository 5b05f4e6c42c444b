import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Role } from '../../auth/viewer.js';
import type { ApiContext } from '../context.js';
import { LeaverReport } from './leaver.type.js';
import { LeaversArgs } from './leavers.args.js';
import { LeaversService } from './leavers.service.js';

/** The former-personnel test is audit evidence: security (admins) and auditors read it. */
export const LEAVER_READERS: Role[] = ['admin', 'auditor'];

@Resolver()
export class LeaversResolver {
  @Authorized(LEAVER_READERS)
  @Query(() => LeaverReport, {
    description: 'Every account and identity of each person terminated in the period, timed against the deprovisioning SLA, with the KPI',
  })
  leavers(@Args(() => LeaversArgs) args: LeaversArgs, @Ctx() ctx: ApiContext): Promise<LeaverReport> {
    return new LeaversService(ctx).report(args);
  }
}
