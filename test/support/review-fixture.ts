import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { ADMIN_PRIVILEGES } from '../../server/catalog/privilege.js';
import type { Graph } from '../../server/graph/graph.js';
import { CREATE_CAMPAIGN, CREATE_ITEMS } from './review-fixture.queries.js';

/**
 * Builds a launched access-review campaign directly in the graph, exactly as the review data model
 * defines it (Campaign, ReviewItem with canonical launch snapshots, the population SHA-256), for
 * tests of code that reads campaigns without launching one through server/reviews/.
 */

export interface FixturePerson {
  id: string;
  name: string;
  email: string;
  status?: string;
}

export interface FixtureAccount {
  id: string;
  appId: string;
  appName: string;
  email: string;
  username?: string;
  status?: string;
  kind?: string;
  roles: { name: string; privilege: string }[];
  seatType?: string;
  monthlyCost?: number;
  lastActiveAt?: string | null;
  owner: FixturePerson | null;
  findings?: { type: string; severity: string; reason: string; monthlyCost: number }[];
}

export interface FixtureItem {
  id: string;
  account: FixtureAccount;
  stage?: 1 | 2;
  parentItemId?: string;
  reviewer: FixturePerson;
  reviewerReason?: string;
  recommendation: 'keep' | 'revoke' | 'review';
  recommendationReason: string;
  escalatedAt?: string;
  decision?: {
    decision: 'keep' | 'revoke' | 'modify';
    justification?: string;
    newRole?: string;
    decidedAt: string;
    decidedBy: FixturePerson;
    source: 'reviewer' | 'bulk' | 'attestation' | 'close_default';
  };
  remediation?: { status: 'open' | 'verified' | 'failed'; dueAt: string; checkedAt?: string; detail?: string };
}

export interface FixtureCampaign {
  id: string;
  name: string;
  period: string;
  status: 'draft' | 'active' | 'closed';
  dueAt: string;
  owner: FixturePerson;
  createdAt: string;
  launchedAt: string | null;
  closedAt?: string;
  closeDefault?: 'no_change' | 'revoke';
  by: FixturePerson;
  items: FixtureItem[];
}

/** The canonical launch snapshot of an account, as a launch writes it on its review item. */
export function snapshotOf(account: FixtureAccount): string {
  const snapshot: Record<string, unknown> = {
    accountId: account.id,
    appId: account.appId,
    appName: account.appName,
    email: account.email,
    username: account.username ?? account.email,
    status: account.status ?? 'active',
    kind: account.kind ?? 'human',
    roles: account.roles,
    seatType: account.seatType ?? null,
    monthlyCost: account.monthlyCost ?? 0,
    currency: 'USD',
    lastActiveAt: account.lastActiveAt ?? null,
    ownerPersonId: account.owner?.id ?? null,
    ownerName: account.owner?.name ?? null,
    ownerEmail: account.owner?.email ?? null,
    ownerStatus: account.owner?.status ?? null,
    findings: account.findings ?? [],
  };
  return stringify(snapshot);
}

/** SHA-256 of the canonical JSON of the stage-1 snapshots sorted by account id, as recorded at launch. */
export function populationHashOf(items: FixtureItem[]): string {
  const snapshots = items
    .filter((item) => (item.stage ?? 1) === 1)
    .map((item) => item.account)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((account) => JSON.parse(snapshotOf(account)) as unknown);
  return createHash('sha256').update(stringify(snapshots)).digest('hex');
}

/** Creates the campaign and its items in one transaction; returns the population SHA-256 recorded on it. */
export async function createReviewFixture(graph: Graph, campaign: FixtureCampaign): Promise<{ populationSha256: string }> {
  const launched = campaign.launchedAt !== null;
  const populationSha256 = populationHashOf(campaign.items);
  const items = campaign.items.map((item) => ({
    id: item.id,
    stage: item.stage ?? 1,
    parentItemId: item.parentItemId ?? null,
    account: { ...item.account, owner: item.account.owner ?? { id: null, name: null, email: null } },
    snapshot: snapshotOf(item.account),
    privileged: item.account.roles.some((r) => (ADMIN_PRIVILEGES as readonly string[]).includes(r.privilege)),
    flagged: (item.account.findings ?? []).length > 0,
    reviewer: item.reviewer,
    reviewerReason: item.reviewerReason ?? 'manager',
    recommendation: item.recommendation,
    recommendationReason: item.recommendationReason,
    escalatedAt: item.escalatedAt ?? null,
    decision: item.decision
      ? { ...item.decision, newRole: item.decision.newRole ?? null, justification: item.decision.justification ?? null }
      : { decision: null, newRole: null, justification: null, decidedAt: null, decidedBy: { id: null, name: null }, source: null },
    remediation: item.remediation
      ? { ...item.remediation, checkedAt: item.remediation.checkedAt ?? null, detail: item.remediation.detail ?? null }
      : { status: null, dueAt: null, checkedAt: null, detail: null },
  }));
  await graph.executeWrite(async (tx) => {
    await tx.run(CREATE_CAMPAIGN, {
      owner: campaign.owner,
      c: { ...campaign, closedAt: campaign.closedAt ?? null, closeDefault: campaign.closeDefault ?? null, items: null },
      populationCount: launched ? campaign.items.filter((item) => (item.stage ?? 1) === 1).length : null,
      populationSha256: launched ? populationSha256 : null,
    });
    await tx.run(CREATE_ITEMS, { campaignId: campaign.id, items });
  });
  return { populationSha256 };
}
