import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { ITEM_READERS, REVIEW_ADMINS } from './review-access.js';
import { ReviewDecision } from './review.enums.js';
import { AccessReviewItem } from './review-item.type.js';
import { RemediationApplyService } from './remediation-apply.service.js';
import { RemediationApply } from './remediation-apply.type.js';

@Resolver(() => AccessReviewItem)
export class RemediationApplyResolver {
  @Authorized(ITEM_READERS)
  @FieldResolver(() => RemediationApply, {
    nullable: true,
    description:
      "For an admin, on a revoke with a remediation task: whether it can be applied through a connection, and the vendor's last answer (one read per item); null otherwise",
  })
  remediationApply(@Root() item: AccessReviewItem, @Ctx() ctx: ApiContext): Promise<RemediationApply | null> {
    if (item.decision !== ReviewDecision.REVOKE || item.remediationStatus === null) return Promise.resolve(null);
    return new RemediationApplyService(ctx).of(item.id);
  }

  @Authorized(REVIEW_ADMINS)
  @Mutation(() => RemediationApply, {
    description:
      "Deprovision a revoked account through the vendor's API with the connection that may (remediationApply.offeredVia), and record the answer; the task stays open until the next import verifies it",
  })
  applyRemediation(@Arg('itemId', () => ID) itemId: string, @Ctx() ctx: ApiContext): Promise<RemediationApply> {
    return new RemediationApplyService(ctx).apply(itemId);
  }
}
