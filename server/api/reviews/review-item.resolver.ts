import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { DecideItemsInput, DelegateReviewsInput, MyReviewsArgs, ReassignItemsInput } from './review.args.js';
import { ITEM_READERS, REVIEWERS } from './review-access.js';
import { ReviewItemService } from './review-item.service.js';
import { AccessReviewItem, DecisionResult, DelegationResult, ReviewItemConnection } from './review-item.type.js';

@Resolver()
export class ReviewItemResolver {
  @Authorized(ITEM_READERS)
  @Query(() => AccessReviewItem, {
    description: 'One review item; a manager sees only items assigned to them or about their reports (anything else is NOT_FOUND)',
  })
  reviewItem(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<AccessReviewItem> {
    return new ReviewItemService(ctx).one(id);
  }

  @Authorized(REVIEWERS)
  @Query(() => ReviewItemConnection, {
    description: 'Review items assigned to you, in launched campaigns; open ones of the soonest due campaign first',
  })
  myReviews(@Args(() => MyReviewsArgs) args: MyReviewsArgs, @Ctx() ctx: ApiContext): Promise<ReviewItemConnection> {
    return new ReviewItemService(ctx).mine(args);
  }

  @Authorized(REVIEWERS)
  @Mutation(() => DecisionResult, {
    description:
      'Keep, revoke or modify one item or many, all or nothing. Each item carries the version you saw: a change in between fails with CONFLICT (saying who decided it and when)',
  })
  decideItems(@Arg('input', () => DecideItemsInput) input: DecideItemsInput, @Ctx() ctx: ApiContext): Promise<DecisionResult> {
    return new ReviewItemService(ctx).decide(input);
  }

  @Authorized(REVIEWERS)
  @Mutation(() => [AccessReviewItem], {
    description: 'Hand undecided items to another reviewer (admins: any item; managers: their own), all or nothing',
  })
  reassignItems(@Arg('input', () => ReassignItemsInput) input: ReassignItemsInput, @Ctx() ctx: ApiContext): Promise<AccessReviewItem[]> {
    return new ReviewItemService(ctx).reassign(input);
  }

  @Authorized(REVIEWERS)
  @Mutation(() => DelegationResult, {
    description: "Hand every undecided item assigned to you in a campaign to someone else (except the delegate's own access)",
  })
  delegateMyReviews(
    @Arg('input', () => DelegateReviewsInput) input: DelegateReviewsInput,
    @Ctx() ctx: ApiContext,
  ): Promise<DelegationResult> {
    return new ReviewItemService(ctx).delegate(input);
  }
}
