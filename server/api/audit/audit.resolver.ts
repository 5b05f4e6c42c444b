import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Role } from '../../auth/viewer.js';
import type { ApiContext } from '../context.js';
import { AuditEventsArgs } from './audit.args.js';
import { AuditService } from './audit.service.js';
import { AuditChain, AuditEventConnection } from './audit.type.js';

/** Security reads the audit log; auditors read it as evidence. */
export const AUDIT_READERS: Role[] = ['admin', 'auditor'];

@Resolver()
export class AuditResolver {
  @Authorized(AUDIT_READERS)
  @Query(() => AuditEventConnection, { description: 'Audit events matching the filter, newest first' })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: ApiContext): Promise<AuditEventConnection> {
    return new AuditService(ctx).events(args);
  }

  @Authorized(AUDIT_READERS)
  @Query(() => [String], { description: 'Every action the audit log holds, in order, for filtering by action' })
  auditActions(@Ctx() ctx: ApiContext): Promise<string[]> {
    return new AuditService(ctx).actions();
  }

  @Authorized(AUDIT_READERS)
  @Query(() => AuditChain, {
    description: 'Checks every audit event against its hash and the one before it, and reports the first broken link',
  })
  auditChain(@Ctx() ctx: ApiContext): Promise<AuditChain> {
    return new AuditService(ctx).chain();
  }
}
