import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { appRolesOf } from '../../reviews/app-roles.js';
import type { ApiContext } from '../context.js';
import { ITEM_READERS } from './review-access.js';
import { AccessReviewItem, HeldRole } from './review-item.type.js';

/** What a review item's decision form needs besides the item itself. */
@Resolver(() => AccessReviewItem)
export class ReviewItemFieldsResolver {
  @Authorized(ITEM_READERS)
  @FieldResolver(() => [HeldRole], {
    description:
      "The roles the item's app has now, by name: what a MODIFY decision may change the account to (one read per item: ask for one item)",
  })
  appRoles(@Root() item: AccessReviewItem, @Ctx() ctx: ApiContext): Promise<HeldRole[]> {
    return appRolesOf(ctx.graph, item.appId);
  }
}
