import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { LinkOwnerInput, MarkAccountKindInput, ReviewQueueArgs, UnlinkOwnerInput } from './ownership.args.js';
import { OwnershipService } from './ownership.service.js';
import { OwnershipChange, ReviewQueue } from './ownership.type.js';

@Resolver()
export class OwnershipResolver {
  @Authorized(ADMINS)
  @Query(() => ReviewQueue, {
    description: 'Accounts and identities that matched several people and wait for someone to say whose they are',
  })
  reviewQueue(@Args(() => ReviewQueueArgs) args: ReviewQueueArgs, @Ctx() ctx: ApiContext): Promise<ReviewQueue> {
    return new OwnershipService(ctx).reviewQueue(args);
  }

  @Authorized(ADMINS)
  @Mutation(() => OwnershipChange, { description: 'Link an account or identity to a person; wins over the rules and survives re-imports' })
  linkOwner(@Arg('input', () => LinkOwnerInput) input: LinkOwnerInput, @Ctx() ctx: ApiContext): Promise<OwnershipChange> {
    return new OwnershipService(ctx).link(input);
  }

  @Authorized(ADMINS)
  @Mutation(() => OwnershipChange, { description: 'Say an account or identity belongs to nobody in HR; the rules will not link it' })
  unlinkOwner(@Arg('input', () => UnlinkOwnerInput) input: UnlinkOwnerInput, @Ctx() ctx: ApiContext): Promise<OwnershipChange> {
    return new OwnershipService(ctx).unlink(input);
  }

  @Authorized(ADMINS)
  @Mutation(() => OwnershipChange, { description: 'Mark an account as a service or shared account with the person who answers for it' })
  markAccountKind(@Arg('input', () => MarkAccountKindInput) input: MarkAccountKindInput, @Ctx() ctx: ApiContext): Promise<OwnershipChange> {
    return new OwnershipService(ctx).markKind(input);
  }

  @Authorized(ADMINS)
  @Mutation(() => OwnershipChange, { description: 'Forget the manual decisions on an account or identity and let the rules link it again' })
  resetOwnership(@Arg('recordId', () => ID) recordId: string, @Ctx() ctx: ApiContext): Promise<OwnershipChange> {
    return new OwnershipService(ctx).reset(recordId);
  }
}
