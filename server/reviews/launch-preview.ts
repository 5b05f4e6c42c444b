import type { Graph } from '../graph/graph.js';
import { findCampaign, requireStatus } from './campaign-read.js';
import { readPopulationPage, reviewerOf, WRITE_BATCH } from './launch-campaign.js';
import type { PersonName } from './reviewer-rule.js';

export interface LaunchPreview {
  /** Accounts in scope now: the review items a launch would create. */
  items: number;
  /** Different people the reviewer rule would assign them to. */
  reviewers: number;
  /** Items the rule gives nobody (an admin must reassign them). */
  unassigned: number;
}

/**
 * What launching a draft would do if it ran now, for the confirmation before it: the population is
 * read the way the launch reads it (a page of accounts at a time) and nothing is written.
 */
export async function previewLaunch(graph: Graph, campaignRef: string): Promise<LaunchPreview> {
  const campaign = await findCampaign(graph, campaignRef);
  requireStatus(campaign, 'draft', 'launch');
  const campaignOwner: PersonName | null = campaign.ownerPersonId
    ? { id: campaign.ownerPersonId, displayName: campaign.ownerName ?? campaign.ownerPersonId }
    : null;
  const reviewers = new Set<string>();
  let items = 0;
  let unassigned = 0;
  for (let after = ''; ;) {
    const { accountIds, rows } = await readPopulationPage(graph, campaign, after);
    for (const row of rows) {
      items += 1;
      const reviewer = reviewerOf(row, campaignOwner);
      if (reviewer) reviewers.add(reviewer.personId);
      else unassigned += 1;
    }
    const last = accountIds[accountIds.length - 1];
    if (last === undefined || accountIds.length < WRITE_BATCH) break;
    after = last;
  }
  return { items, reviewers: reviewers.size, unassigned };
}
