import { isCampaignStatus, isReviewDecisionFilter } from './review-enums.js';
import type { CampaignStatus, ReviewDecisionFilter } from '../../graphql/graphql.js';

/** `/reviews?status=ACTIVE`: the campaigns list. */
export function parseCampaignsUrl(params: URLSearchParams): { status: CampaignStatus | null } {
  const status = params.get('status')?.toUpperCase() ?? '';
  return { status: isCampaignStatus(status) ? status : null };
}

export function campaignsHref(status: CampaignStatus | null = null): string {
  return status ? `/reviews?status=${status}` : '/reviews';
}

/** The item filters of a campaign page: `/reviews/:id?reviewer=…&app=…&decision=…&flagged=…&stage=…&q=…`. */
export interface CampaignItemsUrlFilter {
  reviewerPersonId: string | null;
  appId: string | null;
  decision: ReviewDecisionFilter | null;
  flagged: boolean | null;
  stage: 1 | 2 | null;
  search: string | null;
}

export function parseCampaignItemsUrl(params: URLSearchParams): CampaignItemsUrlFilter {
  const decision = params.get('decision')?.toUpperCase() ?? '';
  const flagged = params.get('flagged');
  const stage = params.get('stage');
  return {
    reviewerPersonId: params.get('reviewer') || null,
    appId: params.get('app') || null,
    decision: isReviewDecisionFilter(decision) ? decision : null,
    flagged: flagged === 'true' ? true : flagged === 'false' ? false : null,
    stage: stage === '1' ? 1 : stage === '2' ? 2 : null,
    search: params.get('q')?.trim() || null,
  };
}

/** The `items(...)` arguments for a filter: only what is set, so equal filters make equal variables. */
export function campaignItemsArgs(filter: CampaignItemsUrlFilter): {
  reviewerPersonId?: string;
  appId?: string;
  decision?: ReviewDecisionFilter;
  flagged?: boolean;
  stage?: number;
  search?: string;
} {
  return {
    ...(filter.reviewerPersonId ? { reviewerPersonId: filter.reviewerPersonId } : {}),
    ...(filter.appId ? { appId: filter.appId } : {}),
    ...(filter.decision ? { decision: filter.decision } : {}),
    ...(filter.flagged !== null ? { flagged: filter.flagged } : {}),
    ...(filter.stage !== null ? { stage: filter.stage } : {}),
    ...(filter.search ? { search: filter.search } : {}),
  };
}

export function isItemFilterEmpty(filter: CampaignItemsUrlFilter): boolean {
  return Object.keys(campaignItemsArgs(filter)).length === 0;
}

export function campaignHref(id: string, filter: Partial<CampaignItemsUrlFilter> = {}): string {
  const params = new URLSearchParams();
  if (filter.reviewerPersonId) params.set('reviewer', filter.reviewerPersonId);
  if (filter.appId) params.set('app', filter.appId);
  if (filter.decision) params.set('decision', filter.decision);
  if (filter.flagged !== null && filter.flagged !== undefined) params.set('flagged', String(filter.flagged));
  if (filter.stage) params.set('stage', String(filter.stage));
  if (filter.search) params.set('q', filter.search);
  const query = params.toString();
  const path = `/reviews/${encodeURIComponent(id)}`;
  return query ? `${path}?${query}` : path;
}

export type MyReviewsShow = 'open' | 'decided' | 'all';

/** `/my-reviews?campaign=…&show=decided|all` (open items by default). */
export interface MyReviewsUrlFilter {
  campaignId: string | null;
  show: MyReviewsShow;
}

export function parseMyReviewsUrl(params: URLSearchParams): MyReviewsUrlFilter {
  const show = params.get('show');
  return { campaignId: params.get('campaign') || null, show: show === 'decided' || show === 'all' ? show : 'open' };
}

/** `myReviews(decided:)` for what is shown: false for open items, true for decided ones, nothing for all. */
export function decidedArg(show: MyReviewsShow): { decided?: boolean } {
  return show === 'all' ? {} : { decided: show === 'decided' };
}

export function myReviewsHref(filter: Partial<MyReviewsUrlFilter> = {}): string {
  const params = new URLSearchParams();
  if (filter.campaignId) params.set('campaign', filter.campaignId);
  if (filter.show && filter.show !== 'open') params.set('show', filter.show);
  const query = params.toString();
  return query ? `/my-reviews?${query}` : '/my-reviews';
}

/** `/team?campaign=…&q=…&flagged=true`: whose access and which campaign's items My team shows. */
export interface TeamUrlFilter {
  campaignId: string | null;
  search: string | null;
  flaggedOnly: boolean;
}

export function parseTeamUrl(params: URLSearchParams): TeamUrlFilter {
  return {
    campaignId: params.get('campaign') || null,
    search: params.get('q')?.trim() || null,
    flaggedOnly: params.get('flagged') === 'true',
  };
}

export function teamHref(filter: Partial<TeamUrlFilter> = {}): string {
  const params = new URLSearchParams();
  if (filter.campaignId) params.set('campaign', filter.campaignId);
  if (filter.search) params.set('q', filter.search);
  if (filter.flaggedOnly) params.set('flagged', 'true');
  const query = params.toString();
  return query ? `/team?${query}` : '/team';
}

export function evidenceHref(campaignId: string, file: 'evidence.csv' | 'population.json' | 'report.html' | 'report.pdf'): string {
  return `/api/campaigns/${encodeURIComponent(campaignId)}/${file}`;
}
