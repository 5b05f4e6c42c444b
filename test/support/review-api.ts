import type { Viewer } from '../../server/auth/viewer.js';
import type { Graph } from '../../server/graph/graph.js';
import { apiClient, type GraphQLResult } from './api.js';

export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;

export const ITEM_FIELDS = `id stage accountEmail ownerName reviewerPersonId reviewerName reviewerReason originalReviewerPersonId escalatedAt
  decision newRole justification decidedByName decidedOnBehalfOf decisionSource remediationStatus remediationDueAt remediationDetail
  version privileged flagged recommendation viewerCanDecide campaign { id status }`;

export interface ReviewItemView {
  id: string;
  stage: number;
  accountEmail: string;
  ownerName: string | null;
  reviewerPersonId: string | null;
  reviewerName: string | null;
  reviewerReason: string | null;
  originalReviewerPersonId: string | null;
  escalatedAt: string | null;
  decision: string | null;
  newRole: string | null;
  justification: string | null;
  decidedByName: string | null;
  decidedOnBehalfOf: string | null;
  decisionSource: string | null;
  remediationStatus: string | null;
  remediationDueAt: string | null;
  remediationDetail: string | null;
  version: number;
  privileged: boolean;
  flagged: boolean;
  recommendation: string;
  viewerCanDecide: boolean;
  campaign: { id: string; status: string };
}

export const DECIDE = `mutation($input: DecideItemsInput!) { decideItems(input: $input) { items { ${ITEM_FIELDS} } secondStageItems { ${ITEM_FIELDS} } } }`;

export interface DecideData {
  decideItems: { items: ReviewItemView[]; secondStageItems: ReviewItemView[] };
}

/** Creates and launches a campaign over every account as the admin client; returns its id. */
export async function launchedCampaign(admin: Gql, input: Record<string, unknown> = {}): Promise<string> {
  const created = await admin<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: { name: 'Q4 review', period: '2026-Q4', scope: 'ALL', dueAt: '2026-12-04', owner: 'sam@acme.com', ...input },
    },
  );
  if (!created.data) throw new Error(`createCampaign failed: ${JSON.stringify(created.errors)}`);
  const launched = await admin(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: created.data.createCampaign.id });
  if (launched.errors) throw new Error(`launchCampaign failed: ${JSON.stringify(launched.errors)}`);
  return created.data.createCampaign.id;
}

/** The campaign's items by account email (stage 1 unless told), as the admin sees them. */
export async function itemsByEmail(admin: Gql, campaignId: string, stage = 1): Promise<Record<string, ReviewItemView>> {
  const result = await admin<{ campaign: { items: { nodes: ReviewItemView[] } } }>(
    `query($id: ID!, $stage: Int) { campaign(id: $id) { items(first: 200, stage: $stage) { nodes { ${ITEM_FIELDS} } } } }`,
    { id: campaignId, stage },
  );
  if (!result.data) throw new Error(`campaign items failed: ${JSON.stringify(result.errors)}`);
  return Object.fromEntries(result.data.campaign.items.nodes.map((item) => [item.accountEmail, item]));
}

export function clientFor(graph: Graph, viewer: Viewer): Promise<Gql> {
  return apiClient(graph, viewer);
}
