import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph, type Row } from '../graph/graph.js';
import * as q from './campaign.queries.js';
import { ReviewError } from './review-error.js';
import { campaignRecordSchema } from './review.schemas.js';
import type { CampaignRecord, CampaignStatus } from './review.types.js';

const campaignRow = z.object({ campaign: campaignRecordSchema });

/** The campaigns of rows with a `campaign` column (CAMPAIGN_COLUMNS). */
export function campaignsOf(rows: readonly Row[], query: string): CampaignRecord[] {
  return decodeRows(campaignRow, rows, query).map((row) => row.campaign);
}

/** A campaign by id or name; refuses a name two campaigns share. */
export async function findCampaign(graph: Graph, ref: string): Promise<CampaignRecord> {
  const rows = await graph.read(q.FIND_CAMPAIGN, { ref: ref.trim() }, 'campaign-find');
  return pickCampaign(campaignsOf(rows, 'campaign-find'), ref);
}

export async function findCampaignIn(tx: ManagedTransaction, ref: string): Promise<CampaignRecord> {
  return pickCampaign(campaignsOf(rowsOf(await tx.run(q.FIND_CAMPAIGN, { ref: ref.trim() })), 'campaign-find'), ref);
}

export async function listCampaigns(graph: Graph, status: CampaignStatus | null = null): Promise<CampaignRecord[]> {
  return campaignsOf(await graph.read(q.LIST_CAMPAIGNS, { status }, 'campaign-list'), 'campaign-list');
}

function pickCampaign(campaigns: CampaignRecord[], ref: string): CampaignRecord {
  const byId = campaigns.find((c) => c.id === ref.trim());
  if (byId) return byId;
  const [only, ...others] = campaigns;
  if (!only) throw new ReviewError('not_found', `no campaign has the id or name "${ref}"`, 'campaignId');
  if (others.length > 0)
    throw new ReviewError('bad_input', `"${ref}" names ${campaigns.length} campaigns; give the campaign id`, 'campaignId');
  return only;
}

/** Locks the campaign for this transaction, then reads it (so its status cannot change underneath). */
export async function lockCampaign(tx: ManagedTransaction, ref: string): Promise<CampaignRecord> {
  const campaign = await findCampaignIn(tx, ref);
  await tx.run(q.LOCK_CAMPAIGN, { campaignId: campaign.id });
  return findCampaignIn(tx, campaign.id);
}

export function requireStatus(campaign: CampaignRecord, status: CampaignStatus, doing: string): void {
  if (campaign.status === status) return;
  const why =
    campaign.status === 'closed'
      ? 'it is closed and read-only'
      : campaign.status === 'closing'
        ? 'it is being closed'
        : campaign.status === 'draft'
          ? 'it has not been launched'
          : 'it is already active';
  throw new ReviewError('bad_input', `cannot ${doing} campaign "${campaign.name}": ${why}`, 'campaignId');
}
