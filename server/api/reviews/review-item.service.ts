import { decideItems } from '../../reviews/decide.js';
import { myItems, readItem, readItems } from '../../reviews/item-read.js';
import { delegateReviews, reassignItems } from '../../reviews/reassign.js';
import type { Decision } from '../../reviews/review.types.js';
import type { ApiContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import type { DecideItemsInput, DelegateReviewsInput, MyReviewsArgs, ReassignItemsInput } from './review.args.js';
import { actingOf, readScopeOf, requirePerson } from './review-access.js';
import { asApiErrors } from './review-errors.js';
import type { AccessReviewItem, DecisionResult, DelegationResult, ReviewItemConnection } from './review-item.type.js';
import { toItem } from './review.mapper.js';

/** Review items: read (scoped for managers), decided, reassigned and delegated. */
export class ReviewItemService {
  constructor(private readonly ctx: ApiContext) {}

  async one(id: string): Promise<AccessReviewItem> {
    const item = await readItem(this.ctx.graph, id, readScopeOf(this.ctx.viewer));
    if (!item) throw new NotFoundError('Review item', id);
    return toItem(item, this.ctx.viewer, this.ctx.now);
  }

  async mine(args: MyReviewsArgs): Promise<ReviewItemConnection> {
    const personId = requirePerson(this.ctx.viewer);
    const skip = decodeCursor(args.after);
    const page = await myItems(
      this.ctx.graph,
      personId,
      { campaignId: args.campaignId ?? null, decided: args.decided ?? null },
      { skip, limit: args.first },
    );
    const end = skip + page.items.length;
    return {
      nodes: page.items.map((item) => toItem(item, this.ctx.viewer, this.ctx.now)),
      totalCount: page.total,
      pageInfo: { endCursor: end < page.total ? encodeCursor(end) : null, hasNextPage: end < page.total },
    };
  }

  decide(input: DecideItemsInput): Promise<DecisionResult> {
    const acting = actingOf(this.ctx.viewer);
    return asApiErrors(async () => {
      const request = {
        items: input.items,
        decision: input.decision as string as Decision,
        justification: input.justification ?? null,
        newRole: input.newRole ?? null,
      };
      const outcome = await decideItems(this.ctx.graph, request, acting, this.ctx.now);
      return { items: await this.read(outcome.itemIds), secondStageItems: await this.read(outcome.secondStageItemIds) };
    });
  }

  reassign(input: ReassignItemsInput): Promise<AccessReviewItem[]> {
    const acting = actingOf(this.ctx.viewer);
    return asApiErrors(async () =>
      this.read(await reassignItems(this.ctx.graph, input.items, input.toPersonId, input.note ?? null, acting, this.ctx.now)),
    );
  }

  delegate(input: DelegateReviewsInput): Promise<DelegationResult> {
    const acting = actingOf(this.ctx.viewer);
    return asApiErrors(async () => {
      const outcome = await delegateReviews(this.ctx.graph, input.campaignId, input.toPersonId, input.note ?? null, acting, this.ctx.now);
      return { moved: await this.read(outcome.movedItemIds), keptCount: outcome.keptItemIds.length };
    });
  }

  /** Items after a change, as the system sees them (the viewer just acted on them). */
  private async read(ids: readonly string[]): Promise<AccessReviewItem[]> {
    const items = await readItems(this.ctx.graph, ids, null);
    return items.map((item) => toItem(item, this.ctx.viewer, this.ctx.now));
  }
}
