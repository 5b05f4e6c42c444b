import { SYSTEM_ACTOR } from '../audit/actor.js';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { CAMPAIGN_NAME_TAKEN } from './campaign.queries.js';
import { createCampaign } from './create-campaign.js';
import { DEMO_OWNER } from './demo-campaign.queries.js';
import { launchCampaign } from './launch-campaign.js';
import { idRowSchema } from './review.schemas.js';

export const DEMO_CAMPAIGN_NAME = '2026-Q4 access review';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Creates and launches the demo's campaign (scope all, due in 14 days) so a manager can attest right away. Does nothing if it exists. */
export async function launchDemoCampaign(graph: Graph, now: Date, log?: (message: string) => void): Promise<void> {
  if ((await graph.read(CAMPAIGN_NAME_TAKEN, { name: DEMO_CAMPAIGN_NAME }, 'demo-campaign')).length > 0) return;
  const [owner] = await readRows(graph, DEMO_OWNER, {}, idRowSchema, 'demo-campaign-owner');
  if (!owner) {
    log?.('No active person to own a review campaign: the demo has none');
    return;
  }
  const campaign = await createCampaign(
    graph,
    {
      name: DEMO_CAMPAIGN_NAME,
      period: '2026-Q4',
      scopeKind: 'all',
      dueAt: new Date(now.getTime() + 14 * DAY_MS),
      owner: owner.id,
      secondStage: true,
    },
    SYSTEM_ACTOR,
    now,
  );
  const launched = await launchCampaign(graph, campaign.id, SYSTEM_ACTOR, now);
  log?.(
    `Launched the "${DEMO_CAMPAIGN_NAME}" review campaign: ${launched.populationCount} accounts, owned by ${campaign.ownerName ?? owner.id}`,
  );
}
