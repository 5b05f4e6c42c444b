import neo4j from 'neo4j-driver';
import { appendAudit } from '../audit/audit-log.js';
import type { Actor } from '../audit/actor.js';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import * as q from './campaign.queries.js';
import { lockCampaign, requireStatus } from './campaign-read.js';
import { CLAIM_LAUNCH, DELETE_UNLAUNCHED_ITEMS, RELEASE_LAUNCH } from './launch.queries.js';
import { READ_POPULATION, CREATE_ITEMS } from './population.queries.js';
import { recommend } from './recommendation.js';
import { ReviewError } from './review-error.js';
import { chooseReviewer, type PersonName } from './reviewer-rule.js';
import { populationRowSchema, type PopulationRow } from './review.schemas.js';
import { canonicalJson, populationSha256, snapshotOf } from './snapshot.js';
import { isPrivilege, type CampaignRecord } from './review.types.js';

const WRITE_BATCH = 2000;
/** A launch claim older than this belongs to a launch that crashed; another may take over. */
const STALE_LAUNCH_MS = 10 * 60_000;

export interface LaunchResult {
  campaign: CampaignRecord;
  populationCount: number;
  populationSha256: string;
  unassigned: number;
}

/**
 * Launches a draft campaign: snapshots every account in scope into a stage-1 review item with its
 * findings as the recommendation and a reviewer by the reviewer rule, and records the population's
 * count and SHA-256. The population is read once; its items are written in batches while the
 * campaign is still a draft (no reviewer sees them), and one last transaction makes it active with
 * its hash and audit event. A failure removes the items written so far and leaves the draft as it was.
 * Later imports never touch the items.
 */
export async function launchCampaign(graph: Graph, campaignRef: string, actor: Actor, now: Date): Promise<LaunchResult> {
  const campaign = await claimDraft(graph, campaignRef, now);
  try {
    await deleteUnlaunchedItems(graph, campaign.id);
    const rows = await readRows(
      graph,
      READ_POPULATION,
      { scopeKind: campaign.scopeKind, scopeAppIds: campaign.scopeAppIds },
      populationRowSchema,
      'campaign-population',
    );
    if (rows.length === 0)
      throw new ReviewError(
        'bad_input',
        `no live account is in the scope of campaign "${campaign.name}" (${campaign.scopeKind}); nothing to review`,
        'scope',
      );
    const campaignOwner: PersonName | null = campaign.ownerPersonId
      ? { id: campaign.ownerPersonId, displayName: campaign.ownerName ?? campaign.ownerPersonId }
      : null;
    const items = rows.map((row) => stageOneItem(row, campaign, campaignOwner, now));
    const sha256 = populationSha256(
      items.map((i) => i.snapshot),
      items.map((i) => i.accountId),
    );
    for (let start = 0; start < items.length; start += WRITE_BATCH) {
      const batch = items.slice(start, start + WRITE_BATCH);
      await graph.executeWrite((tx) => tx.run(CREATE_ITEMS, { campaignId: campaign.id, items: batch }), 'campaign-launch-items');
    }
    const unassigned = items.filter((i) => i.reviewerPersonId === null).length;
    await graph.executeWrite(async (tx) => {
      await tx.run(q.MARK_LAUNCHED, {
        campaignId: campaign.id,
        now: now.toISOString(),
        actor,
        populationCount: neo4j.int(items.length),
        populationSha256: sha256,
      });
      await tx.run(RELEASE_LAUNCH, { campaignId: campaign.id });
      await appendAudit(
        tx,
        actor,
        {
          action: 'campaign.launch',
          targetType: 'Campaign',
          targetId: campaign.id,
          before: { status: campaign.status },
          after: { status: 'active', populationCount: items.length, populationSha256: sha256, unassigned },
        },
        now,
      );
    }, 'campaign-launch');
    const launched: CampaignRecord = {
      ...campaign,
      status: 'active',
      launchedAt: now.toISOString(),
      launchedById: actor.id,
      launchedByName: actor.name,
      populationCount: items.length,
      populationSha256: sha256,
      version: campaign.version + 1,
    };
    return { campaign: launched, populationCount: items.length, populationSha256: sha256, unassigned };
  } catch (error) {
    await deleteUnlaunchedItems(graph, campaign.id);
    await graph.write(RELEASE_LAUNCH, { campaignId: campaign.id }, 'campaign-launch-release');
    throw error;
  }
}

/** Checks the draft can be launched and claims it, so two launches never interleave. */
async function claimDraft(graph: Graph, campaignRef: string, now: Date): Promise<CampaignRecord> {
  return graph.executeWrite(async (tx) => {
    const campaign = await lockCampaign(tx, campaignRef);
    requireStatus(campaign, 'draft', 'launch');
    if (campaign.dueAt <= now.toISOString()) {
      throw new ReviewError(
        'bad_input',
        `campaign "${campaign.name}" was due ${campaign.dueAt}, which is not after now; it cannot be launched`,
        'dueAt',
      );
    }
    // Wall-clock time: "now" may be pinned (ATTEST_NOW), but a crashed launch goes stale in real time.
    const startedAt = new Date();
    const claimed = await tx.run(CLAIM_LAUNCH, {
      campaignId: campaign.id,
      startedAt: startedAt.toISOString(),
      staleBefore: new Date(startedAt.getTime() - STALE_LAUNCH_MS).toISOString(),
    });
    if (claimed.records.length === 0) {
      throw new ReviewError('bad_input', `campaign "${campaign.name}" is being launched already; try again in a few minutes`, 'campaignId');
    }
    return campaign;
  }, 'campaign-launch-claim');
}

async function deleteUnlaunchedItems(graph: Graph, campaignId: string): Promise<void> {
  for (;;) {
    const [row] = await graph.write(DELETE_UNLAUNCHED_ITEMS, { campaignId, batch: neo4j.int(WRITE_BATCH) }, 'campaign-launch-cleanup');
    if (Number(row?.deleted ?? 0) === 0) return;
  }
}

function stageOneItem(row: PopulationRow, campaign: CampaignRecord, campaignOwner: PersonName | null, now: Date) {
  const snapshot = snapshotOf(row);
  const { findings } = row;
  const advice = recommend(findings, snapshot.currency);
  const orphaned = snapshot.ownerPersonId === null || findings.some((f) => f.type === 'orphaned_account');
  const reviewer = chooseReviewer({
    ownerPersonId: snapshot.ownerPersonId,
    orphaned,
    manager: row.manager,
    appOwner: row.appOwner,
    campaignOwner,
  });
  return {
    id: `${campaign.id}:1:${snapshot.accountId}`,
    campaignId: campaign.id,
    stage: neo4j.int(1),
    accountId: snapshot.accountId,
    snapshot: canonicalJson(snapshot),
    appId: snapshot.appId,
    appName: snapshot.appName,
    accountEmail: snapshot.email ?? snapshot.username,
    ownerPersonId: snapshot.ownerPersonId,
    ownerName: snapshot.ownerName,
    privileged: snapshot.roles.some((r) => isPrivilege(r.privilege)),
    flagged: snapshot.findings.length > 0,
    monthlyCost: snapshot.monthlyCost,
    recommendation: advice.recommendation,
    recommendationReason: advice.reason,
    reviewerPersonId: reviewer?.personId ?? null,
    reviewerName: reviewer?.name ?? null,
    reviewerReason: reviewer?.reason ?? null,
    createdAt: now.toISOString(),
    version: neo4j.int(1),
  };
}
