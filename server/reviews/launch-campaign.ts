import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { appendAudit } from '../audit/audit-log.js';
import type { Actor } from '../audit/actor.js';
import { z } from 'zod';
import { decodeRows } from '../graph/decode.js';
import { afterCommit, rowsOf, type Graph } from '../graph/graph.js';
import * as q from './campaign.queries.js';
import { lockCampaign, requireStatus } from './campaign-read.js';
import { CLAIM_LAUNCH, DELETE_UNLAUNCHED_ITEMS, RELEASE_LAUNCH, RENEW_LAUNCH } from './launch.queries.js';
import { CREATE_ITEMS, NEXT_ACCOUNT_IDS, READ_POPULATION } from './population.queries.js';
import { recommend } from './recommendation.js';
import { ReviewError } from './review-error.js';
import { chooseReviewer, type PersonName, type ReviewerChoice } from './reviewer-rule.js';
import { populationRowSchema, type PopulationRow } from './review.schemas.js';
import { canonicalJson, PopulationHash, snapshotOf } from './snapshot.js';
import { dropTallies, resetTallies, tallyCreated } from './tally.js';
import { isPrivilege, type CampaignRecord } from './review.types.js';
import { enqueueWebhookEvent } from '../webhooks/webhook-events.js';

/** Accounts read, and items written, per transaction. */
export const WRITE_BATCH = 2000;
const idRow = z.object({ id: z.string() });
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
 * count and SHA-256. The population is read a page of accounts at a time (by account id) and its
 * items are written a page per transaction while the campaign is still a draft (no reader shows a
 * draft's items), so no transaction grows with the organization; one last small transaction makes
 * it active with its hash and audit event. A failure removes the items written so far and leaves
 * the draft as it was. Later imports never touch the items.
 */
export async function launchCampaign(graph: Graph, campaignRef: string, actor: Actor, now: Date): Promise<LaunchResult> {
  const { campaign, claimedAt } = await claimDraft(graph, campaignRef, now);
  const claim = { campaignId: campaign.id, claimedAt };
  try {
    await deleteUnlaunchedItems(graph, campaign.id);
    await resetTallies(graph, campaign.id);
    const campaignOwner: PersonName | null = campaign.ownerPersonId
      ? { id: campaign.ownerPersonId, displayName: campaign.ownerName ?? campaign.ownerPersonId }
      : null;
    const hash = new PopulationHash();
    let unassigned = 0;
    for (let after = ''; ;) {
      const { accountIds, rows } = await readPopulationPage(graph, campaign, after);
      const items = rows.map((row) => stageOneItem(row, campaign, campaignOwner, now));
      for (const item of items) hash.add(item.accountId, item.snapshot);
      unassigned += items.filter((i) => i.reviewerPersonId === null).length;
      await graph.executeWrite(async (tx) => {
        await renewClaim(tx, claim, campaign);
        if (items.length > 0) await tx.run(CREATE_ITEMS, { campaignId: campaign.id, items });
        await tallyCreated(
          tx,
          items.map((item) => item.id),
        );
      }, 'campaign-launch-items');
      const last = accountIds[accountIds.length - 1];
      if (last === undefined || accountIds.length < WRITE_BATCH) break;
      after = last;
    }
    if (hash.count === 0)
      throw new ReviewError(
        'bad_input',
        `no live account is in the scope of campaign "${campaign.name}" (${campaign.scopeKind}); nothing to review`,
        'scope',
      );
    const populationCount = hash.count;
    const sha256 = hash.digest();
    await graph.executeWrite(async (tx) => {
      await renewClaim(tx, claim, campaign);
      await tx.run(q.MARK_LAUNCHED, {
        campaignId: campaign.id,
        now: now.toISOString(),
        actor,
        populationCount: neo4j.int(populationCount),
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
          after: { status: 'active', populationCount, populationSha256: sha256, unassigned },
        },
        now,
      );
      await enqueueWebhookEvent(
        tx,
        'campaign.launched',
        {
          campaignId: campaign.id,
          name: campaign.name,
          period: campaign.period,
          dueAt: campaign.dueAt,
          populationCount,
          launchedBy: actor.name,
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
      populationCount,
      populationSha256: sha256,
      version: campaign.version + 1,
    };
    return { campaign: launched, populationCount, populationSha256: sha256, unassigned };
  } catch (error) {
    // A launch that took the claim over owns the draft's items now.
    if (error instanceof LaunchTakenOver) throw error;
    await deleteUnlaunchedItems(graph, campaign.id);
    await dropTallies(graph, campaign.id);
    await graph.write(RELEASE_LAUNCH, { campaignId: campaign.id }, 'campaign-launch-release');
    throw error;
  }
}

class LaunchTakenOver extends ReviewError {}

/** Renews this launch's claim (`claim.claimedAt` moves on); throws when another launch has taken it over. */
async function renewClaim(
  tx: ManagedTransaction,
  claim: { campaignId: string; claimedAt: string },
  campaign: CampaignRecord,
): Promise<void> {
  const renewedAt = new Date().toISOString();
  const renewed = await tx.run(RENEW_LAUNCH, { ...claim, renewedAt });
  if (renewed.records.length === 0)
    throw new LaunchTakenOver('bad_input', `the launch of campaign "${campaign.name}" was taken over by another launch`, 'campaignId');
  // Retried transactions run this again: the claim is only moved on once the renewal commits.
  afterCommit(tx, () => {
    claim.claimedAt = renewedAt;
  });
}

/** Checks the draft can be launched and claims it, so two launches never interleave. */
async function claimDraft(graph: Graph, campaignRef: string, now: Date): Promise<{ campaign: CampaignRecord; claimedAt: string }> {
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
    return { campaign, claimedAt: startedAt.toISOString() };
  }, 'campaign-launch-claim');
}

/** The next page of accounts after `after` (by id) and those of them in the campaign's scope, read together. */
export async function readPopulationPage(
  graph: Graph,
  campaign: CampaignRecord,
  after: string,
): Promise<{ accountIds: string[]; rows: PopulationRow[] }> {
  return graph.executeRead(async (tx) => {
    const accountIds = decodeRows(
      idRow,
      rowsOf(await tx.run(NEXT_ACCOUNT_IDS, { after, limit: neo4j.int(WRITE_BATCH) })),
      'campaign-accounts',
    ).map((row) => row.id);
    if (accountIds.length === 0) return { accountIds, rows: [] };
    const params = { accountIds, scopeKind: campaign.scopeKind, scopeAppIds: campaign.scopeAppIds };
    const rows = decodeRows(populationRowSchema, rowsOf(await tx.run(READ_POPULATION, params)), 'campaign-population');
    return { accountIds, rows };
  }, 'campaign-population');
}

async function deleteUnlaunchedItems(graph: Graph, campaignId: string): Promise<void> {
  for (;;) {
    const [row] = await graph.write(DELETE_UNLAUNCHED_ITEMS, { campaignId, batch: neo4j.int(WRITE_BATCH) }, 'campaign-launch-cleanup');
    if (Number(row?.deleted ?? 0) === 0) return;
  }
}

/** Who the reviewer rule gives an account of the population to; null: nobody (an admin must reassign it). */
export function reviewerOf(row: PopulationRow, campaignOwner: PersonName | null): ReviewerChoice | null {
  const orphaned = row.ownerPersonId === null || row.findings.some((f) => f.type === 'orphaned_account');
  return chooseReviewer({ ownerPersonId: row.ownerPersonId, orphaned, manager: row.manager, appOwner: row.appOwner, campaignOwner });
}

function stageOneItem(row: PopulationRow, campaign: CampaignRecord, campaignOwner: PersonName | null, now: Date) {
  const snapshot = snapshotOf(row);
  const { findings } = row;
  const advice = recommend(findings, snapshot.currency);
  const reviewer = reviewerOf(row, campaignOwner);
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
