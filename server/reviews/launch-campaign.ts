import neo4j from 'neo4j-driver';
import { appendAudit } from '../audit/audit-log.js';
import type { Actor } from '../audit/actor.js';
import { rowsOf, type Graph, type Row } from '../graph/graph.js';
import * as q from './campaign.queries.js';
import { lockCampaign, requireStatus } from './campaign-read.js';
import { READ_POPULATION, CREATE_ITEMS } from './population.queries.js';
import { recommend, type FindingFacts } from './recommendation.js';
import { ReviewError } from './review-error.js';
import { chooseReviewer, type PersonName } from './reviewer-rule.js';
import { canonicalJson, populationSha256, snapshotOf } from './snapshot.js';
import { isPrivilege, type CampaignRecord } from './review.types.js';

const WRITE_BATCH = 2000;

export interface LaunchResult {
  campaign: CampaignRecord;
  populationCount: number;
  populationSha256: string;
  unassigned: number;
}

/**
 * Launches a draft campaign: snapshots every account in scope into a stage-1 review item with its
 * findings as the recommendation and a reviewer by the reviewer rule, records the population's
 * count and SHA-256, all in one transaction. Later imports never touch the items.
 */
export async function launchCampaign(graph: Graph, campaignRef: string, actor: Actor, now: Date): Promise<LaunchResult> {
  return graph.executeWrite(async (tx) => {
    const campaign = await lockCampaign(tx, campaignRef);
    requireStatus(campaign, 'draft', 'launch');
    if (campaign.dueAt <= now.toISOString()) {
      throw new ReviewError('bad_input', `campaign "${campaign.name}" was due ${campaign.dueAt}, which is not after now; it cannot be launched`, 'dueAt');
    }
    const rows = rowsOf(await tx.run(READ_POPULATION, { scopeKind: campaign.scopeKind, scopeAppIds: campaign.scopeAppIds }));
    if (rows.length === 0) throw new ReviewError('bad_input', `no live account is in the scope of campaign "${campaign.name}" (${campaign.scopeKind}); nothing to review`, 'scope');
    const campaignOwner: PersonName | null = campaign.ownerPersonId ? { id: campaign.ownerPersonId, displayName: campaign.ownerName ?? campaign.ownerPersonId } : null;
    const items = rows.map((row) => stageOneItem(row, campaign, campaignOwner, now));
    const sha256 = populationSha256(
      items.map((i) => i.snapshot),
      items.map((i) => i.accountId),
    );
    for (let start = 0; start < items.length; start += WRITE_BATCH) {
      await tx.run(CREATE_ITEMS, { campaignId: campaign.id, items: items.slice(start, start + WRITE_BATCH) });
    }
    await tx.run(q.MARK_LAUNCHED, { campaignId: campaign.id, now: now.toISOString(), actor, populationCount: neo4j.int(items.length), populationSha256: sha256 });
    const unassigned = items.filter((i) => i.reviewerPersonId === null).length;
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
  }, 'campaign-launch');
}

function stageOneItem(row: Row, campaign: CampaignRecord, campaignOwner: PersonName | null, now: Date) {
  const snapshot = snapshotOf(row);
  const findings = (row.findings as unknown as FindingFacts[]) ?? [];
  const advice = recommend(findings, snapshot.currency);
  const orphaned = snapshot.ownerPersonId === null || findings.some((f) => f.type === 'orphaned_account');
  const reviewer = chooseReviewer({
    ownerPersonId: snapshot.ownerPersonId,
    orphaned,
    manager: row.manager as PersonName | null,
    appOwner: row.appOwner as PersonName | null,
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
