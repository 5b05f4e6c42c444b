import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { activeCampaignRefSchema } from './review.schemas.js';
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

const tallyRow: z.ZodType<TeamCampaignTally> = z.object({
  campaign: activeCampaignRefSchema,
  assigned: z.number(),
  undecided: z.number(),
  attestable: z.number(),
  attestableWithJustification: z.number(),
  flaggedUndecided: z.number(),
});

export async function readTeamCampaigns(graph: Graph, personId: string): Promise<TeamCampaignTally[]> {
  return readRows(graph, q.TEAM_CAMPAIGNS, { personId }, tallyRow, 'team-campaigns');
}
