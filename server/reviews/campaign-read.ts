import type { ManagedTransaction } from 'neo4j-driver';
import { rowsOf, type Graph, type Row } from '../graph/graph.js';
import * as q from './campaign.queries.js';
import { ReviewError } from './review-error.js';
import type { CampaignRecord, CampaignStatus } from './review.types.js';

export function toCampaign(row: Row): CampaignRecord {
  return row.campaign as unknown as CampaignRecord;
}

/** A campaign by id or name; refuses a name two campaigns share. */
export async function findCampaign(graph: Graph, ref: string): Promise<CampaignRecord> {
  const rows = await graph.read(q.FIND_CAMPAIGN, { ref: ref.trim() }, 'campaign-find');
  return pickCampaign(rows, ref);
}

export async function findCampaignIn(tx: ManagedTransaction, ref: string): Promise<CampaignRecord> {
  return pickCampaign(rowsOf(await tx.run(q.FIND_CAMPAIGN, { ref: ref.trim() })), ref);
}

export async function listCampaigns(graph: Graph, status: CampaignStatus | null = null): Promise<CampaignRecord[]> {
  return (await graph.read(q.LIST_CAMPAIGNS, { status }, 'campaign-list')).map(toCampaign);
}

function pickCampaign(rows: Row[], ref: string): CampaignRecord {
  const byId = rows.map(toCampaign).filter((c) => c.id === ref.trim());
  if (byId[0]) return byId[0];
  if (rows.length === 0) throw new ReviewError('not_found', `no campaign has the id or name "${ref}"`, 'campaignId');
  if (rows.length > 1) throw new ReviewError('bad_input', `"${ref}" names ${rows.length} campaigns; give the campaign id`, 'campaignId');
  return toCampaign(rows[0]!);
}

/** Locks the campaign for this transaction, then reads it (so its status cannot change underneath). */
export async function lockCampaign(tx: ManagedTransaction, ref: string): Promise<CampaignRecord> {
  const campaign = await findCampaignIn(tx, ref);
  await tx.run(q.LOCK_CAMPAIGN, { campaignId: campaign.id });
  return findCampaignIn(tx, campaign.id);
}

export function requireStatus(campaign: CampaignRecord, status: CampaignStatus, doing: string): void {
  if (campaign.status === status) return;
  const why = campaign.status === 'closed' ? 'it is closed and read-only' : campaign.status === 'draft' ? 'it has not been launched' : 'it is already active';
  throw new ReviewError('bad_input', `cannot ${doing} campaign "${campaign.name}": ${why}`, 'campaignId');
}
