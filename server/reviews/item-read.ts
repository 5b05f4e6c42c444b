import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph, Params } from '../graph/graph.js';
import { limitParam } from '../graph/values.js';
import * as q from './item-read.queries.js';
import { itemWithCampaignRowSchema } from './review.schemas.js';
import type { Decision, ReviewItemRecord } from './review.types.js';
import type { ActiveCampaignRef } from './team.js';

export type ItemWithCampaign = ReviewItemRecord & { campaign: ActiveCampaignRef };

export interface ItemFilter {
  reviewerPersonId?: string | null;
  appId?: string | null;
  decision?: Decision | 'undecided' | null;
  flagged?: boolean | null;
  stage?: number | null;
  search?: string | null;
}

export interface Page {
  skip: number;
  limit: number;
}

export interface ItemPage {
  items: ItemWithCampaign[];
  total: number;
}

export const MAX_PAGE = 200;

export function withCampaign({ item, campaign }: z.output<typeof itemWithCampaignRowSchema>): ItemWithCampaign {
  return { ...item, campaign };
}

/** Runs a query returning `item` and `campaign` columns. */
export async function readItemRows(graph: Graph, cypher: string, params: Params, purpose: string): Promise<ItemWithCampaign[]> {
  return (await readRows(graph, cypher, params, itemWithCampaignRowSchema, purpose)).map(withCampaign);
}

function paging(page: Page) {
  return { skip: limitParam(page.skip, Number.MAX_SAFE_INTEGER), limit: limitParam(page.limit, MAX_PAGE) };
}

type ItemParams = {
  campaignId: string;
  scopePersonId: string | null;
  reviewerPersonId: string | null;
  appId: string | null;
  decision: Decision | 'undecided' | null;
  flagged: boolean | null;
  stage: number | null;
  search: string | null;
};

/** A campaign's items, filtered; `scopePersonId` limits a manager to their own items and their reports' access. */
export async function listCampaignItems(
  graph: Graph,
  campaignId: string,
  filter: ItemFilter,
  page: Page,
  scopePersonId: string | null,
): Promise<ItemPage> {
  const params: ItemParams = {
    campaignId,
    scopePersonId,
    reviewerPersonId: filter.reviewerPersonId ?? null,
    appId: filter.appId ?? null,
    decision: filter.decision ?? null,
    flagged: filter.flagged ?? null,
    stage: filter.stage ?? null,
    search: filter.search?.trim().toLowerCase() || null,
  };
  const start = q.itemStart(params);
  const [items, total] = await Promise.all([
    readItemRows(graph, q.campaignItems(start), { ...params, ...paging(page) }, 'review-items'),
    countItems(graph, start, params),
  ]);
  return { items, total };
}

const tallyRow = z.object({
  status: z.string(),
  total: z.number().nullable(),
  decided: z.number().nullable(),
  kept: z.number().nullable(),
  revoked: z.number().nullable(),
  modified: z.number().nullable(),
});
const decisionTallyRow = z.object({ status: z.string(), totals: z.array(z.number()) });
const countRow = z.object({ total: z.number() });
const DECIDED_COLUMN = { keep: 'kept', revoke: 'revoked', modify: 'modified' } as const;

/**
 * How many items the filter shows: from the campaign's counters when the filter is one they keep
 * (everything, a decision, an app, a reviewer, as an admin or auditor sees them), else counted.
 */
async function countItems(graph: Graph, start: q.ItemStart, params: ItemParams): Promise<number> {
  const counted = async () => (await readRows(graph, q.campaignItemsCount(start), params, countRow, 'review-items-count'))[0]?.total ?? 0;
  const { campaignId, decision, appId, reviewerPersonId } = params;
  const others = params.scopePersonId ?? params.flagged ?? params.stage ?? params.search;
  if (others !== null || (appId !== null && reviewerPersonId !== null)) return counted();
  if (appId === null && reviewerPersonId === null && decision !== null && decision !== 'undecided') {
    const [row] = await readRows(graph, q.DECISION_TALLY, { campaignId, decision }, decisionTallyRow, 'review-items-tally');
    if (!row || row.status === 'draft') return 0;
    return row.totals.reduce((sum, n) => sum + n, 0);
  }
  const [kind, key] = appId !== null ? ['app', appId] : reviewerPersonId !== null ? ['reviewer', reviewerPersonId] : ['campaign', ''];
  if (kind === 'reviewer' && decision !== null && decision !== 'undecided') return counted();
  const [row] = await readRows(graph, q.ITEM_TALLY, { campaignId, kind, key }, tallyRow, 'review-items-tally');
  if (!row || row.status === 'draft') return 0;
  const total = row.total ?? 0;
  if (decision === null) return total;
  if (decision === 'undecided') return total - (row.decided ?? 0);
  return row[DECIDED_COLUMN[decision]] ?? 0;
}

/** One item, or null when it does not exist or is outside the reader's scope (the two look the same). */
export async function readItem(graph: Graph, itemId: string, scopePersonId: string | null): Promise<ItemWithCampaign | null> {
  const [item] = await readItemRows(graph, q.ONE_ITEM, { itemId, scopePersonId }, 'review-item');
  return item ?? null;
}

export async function readItems(graph: Graph, itemIds: readonly string[], scopePersonId: string | null): Promise<ItemWithCampaign[]> {
  if (itemIds.length === 0) return [];
  return readItemRows(graph, q.MANY_ITEMS, { itemIds, scopePersonId }, 'review-items-by-id');
}

/** Items assigned to a person in launched campaigns, open ones of the soonest due campaign first. */
export async function myItems(
  graph: Graph,
  personId: string,
  options: { campaignId?: string | null; decided?: boolean | null },
  page: Page,
): Promise<ItemPage> {
  const params = { personId, campaignId: options.campaignId ?? null, decided: options.decided ?? null };
  const [items, [count]] = await Promise.all([
    readItemRows(graph, q.MY_ITEMS, { ...params, ...paging(page) }, 'my-reviews'),
    graph.read(q.MY_ITEMS_COUNT, params, 'my-reviews-count'),
  ]);
  return { items, total: Number(count?.total ?? 0) };
}
