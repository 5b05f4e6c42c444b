import type { Graph } from '../graph/graph.js';
import type { ActiveCampaignRef } from './team.js';
import * as q from './team.queries.js';

/** The manager's review items about their whole team in one active campaign, and what attestTeam would keep. */
export interface TeamCampaignTally {
  campaign: ActiveCampaignRef;
  assigned: number;
  undecided: number;
  /** Undecided, unflagged, no admin role: kept without a justification. */
  attestable: number;
  /** Undecided, unflagged admin roles: kept only with a justification. */
  attestableWithJustification: number;
  flaggedUndecided: number;
}

export async function readTeamCampaigns(graph: Graph, personId: string): Promise<TeamCampaignTally[]> {
  const rows = await graph.read(q.TEAM_CAMPAIGNS, { personId }, 'team-campaigns');
  return rows.map((row) => ({
    campaign: row.campaign as unknown as ActiveCampaignRef,
    assigned: Number(row.assigned),
    undecided: Number(row.undecided),
    attestable: Number(row.attestable),
    attestableWithJustification: Number(row.attestableWithJustification),
    flaggedUndecided: Number(row.flaggedUndecided),
  }));
}
