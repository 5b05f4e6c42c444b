import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../server/graph/connect.js';
import { ensureTallies } from '../../server/reviews/tally.js';
import { apiClient } from '../support/api.js';
import { FORGET_TALLIES } from '../support/campaign-page.queries.js';
import { freshGraph } from '../support/graph.js';
import { clientFor, DECIDE, launchedCampaign, type Gql } from '../support/review-api.js';
import { GRACE, JASPER, loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

const PAGE = `query($id: ID!) { campaign(id: $id) {
  progress { total decided overdue secondStage unassigned remediationOpen remediationVerified remediationFailed
             byDecision { decision source count } }
  reviewerCount
  progressByReviewer { personId total decided }
  progressByApp { appId total decided kept revoked modified monthlyCostRevoked }
  burndown { date remaining decided }
  revoked: items(decision: REVOKE, first: 50) { totalCount }
  undecided: items(decision: UNDECIDED, first: 50) { totalCount }
  everything: items(first: 200) { totalCount nodes { id stage appId appName accountEmail monthlyCost reviewerPersonId decision
    decisionSource remediationStatus version } }
} }`;

interface Item {
  id: string;
  stage: number;
  appId: string;
  appName: string;
  accountEmail: string;
  monthlyCost: number;
  reviewerPersonId: string | null;
  decision: string | null;
  decisionSource: string | null;
  remediationStatus: string | null;
  version: number;
}

interface Page {
  reviewerCount: number;
  progress: Record<string, unknown> & { byDecision: { decision: string; source: string; count: number }[] };
  progressByReviewer: { personId: string | null; total: number; decided: number }[];
  progressByApp: Record<string, unknown>[];
  burndown: { date: string; remaining: number; decided: number }[];
  revoked: { totalCount: number };
  undecided: { totalCount: number };
  everything: { totalCount: number; nodes: Item[] };
}

const REVIEWERS = `query($id: ID!, $first: Int!) { campaign(id: $id) {
  reviewerCount progressByReviewer(first: $first) { personId total decided } } }`;
interface Reviewers {
  campaign: { reviewerCount: number; progressByReviewer: { personId: string | null; total: number; decided: number }[] };
}

const REASSIGN = `mutation($input: ReassignItemsInput!) { reassignItems(input: $input) { id } }`;
const CLOSE = `mutation($id: ID!) { closeCampaign(id: $id, default: REVOKE) { status } }`;
const APP_ITEMS = `query($id: ID!, $appId: ID, $decision: ReviewDecisionFilter) {
  campaign(id: $id) { items(appId: $appId, decision: $decision, first: 50) { totalCount } } }`;

const count = (items: Item[], keep: (item: Item) => boolean) => items.filter(keep).length;

/** The figures the page must show, counted here from every item it lists. */
function figuresOf(items: Item[]) {
  const decided = items.filter((i) => i.decision !== null);
  const groups = <K>(key: (item: Item) => K) => [...new Set(items.map(key))];
  return {
    progress: {
      total: items.length,
      decided: decided.length,
      overdue: 0,
      secondStage: count(items, (i) => i.stage === 2),
      unassigned: count(items, (i) => i.decision === null && i.reviewerPersonId === null),
      remediationOpen: count(items, (i) => i.remediationStatus === 'OPEN'),
      remediationVerified: count(items, (i) => i.remediationStatus === 'VERIFIED'),
      remediationFailed: count(items, (i) => i.remediationStatus === 'FAILED'),
      byDecision: groups((i) => (i.decision === null ? null : `${i.decision}|${i.decisionSource}`))
        .filter((key): key is string => key !== null)
        .sort()
        .map((key) => {
          const [decision, source] = key.split('|') as [string, string];
          return {
            decision: decision.toLowerCase(),
            source: source.toLowerCase(),
            count: count(decided, (i) => i.decision === decision && i.decisionSource === source),
          };
        }),
    },
    byReviewer: groups((i) => i.reviewerPersonId)
      .map((personId) => {
        const mine = items.filter((i) => i.reviewerPersonId === personId);
        return { personId, total: mine.length, decided: count(mine, (i) => i.decision !== null) };
      })
      .sort((a, b) => String(a.personId).localeCompare(String(b.personId))),
    byApp: groups((i) => i.appId).map((appId) => {
      const mine = items.filter((i) => i.appId === appId);
      return {
        appId,
        total: mine.length,
        decided: count(mine, (i) => i.decision !== null),
        kept: count(mine, (i) => i.decision === 'KEEP'),
        revoked: count(mine, (i) => i.decision === 'REVOKE'),
        modified: count(mine, (i) => i.decision === 'MODIFY'),
        monthlyCostRevoked: mine.filter((i) => i.decision === 'REVOKE' && i.stage === 1).reduce((sum, i) => sum + i.monthlyCost, 0),
      };
    }),
    remaining: items.length - decided.length,
    revoked: count(items, (i) => i.decision === 'REVOKE'),
  };
}

describe('a campaign page: its counters follow every change to its items', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let admin: Gql;

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
    admin = await apiClient(connection.graph);
  });
  afterAll(async () => {
    await connection.close();
    org.cleanUp();
  });

  /** Reads the page and checks every figure against its own item list; returns the items by account email (stage 1). */
  async function pageMatchesItems(id: string): Promise<{ items: Record<string, Item>; page: Page }> {
    const result = await admin<{ campaign: Page }>(PAGE, { id });
    expect(result.errors).toBeNull();
    const page = result.data!.campaign;
    const items = page.everything.nodes;
    const expected = figuresOf(items);
    expect(page.everything.totalCount).toBe(items.length);
    expect(page.progress).toEqual(expected.progress);
    expect([...page.progressByReviewer].sort((a, b) => String(a.personId).localeCompare(String(b.personId)))).toEqual(expected.byReviewer);
    expect(page.reviewerCount).toBe(expected.byReviewer.length);
    expect(page.progressByApp).toEqual(expected.byApp);
    expect(page.burndown.at(-1)).toMatchObject({ remaining: expected.remaining, decided: items.length - expected.remaining });
    expect(page.revoked.totalCount).toBe(expected.revoked);
    expect(page.undecided.totalCount).toBe(expected.remaining);
    const [app] = expected.byApp;
    const appUndecided = await admin<{ campaign: { items: { totalCount: number } } }>(APP_ITEMS, {
      id,
      appId: app!.appId,
      decision: 'UNDECIDED',
    });
    expect(appUndecided.data!.campaign.items.totalCount).toBe(app!.total - app!.decided);
    // The list is in the page's order: app, account, stage.
    const order = items.map((i) => `${i.appName}|${i.accountEmail}|${i.stage}`);
    expect(order).toEqual([...order].sort());
    return { items: Object.fromEntries(items.filter((i) => i.stage === 1).map((i) => [i.accountEmail, i])), page };
  }

  const one = (item: Item) => [{ itemId: item.id, expectedVersion: item.version }];

  it('after launch, decisions (with a second stage), a reassignment, an import that removes an account, and the close', async () => {
    const id = await launchedCampaign(admin, { secondStage: true });
    let { items, page } = await pageMatchesItems(id);
    expect(page.progress.total).toBe(7);

    const grace = await clientFor(connection.graph, GRACE);
    expect((await grace(DECIDE, { input: { items: one(items['linus@acme.com']!), decision: 'REVOKE' } })).errors).toBeNull();
    // Ada is a Jasper admin: keeping her access opens a second-stage item.
    expect(
      (await admin(DECIDE, { input: { items: one(items['ada@acme.com']!), decision: 'KEEP', justification: 'CTO, runs Jasper' } })).errors,
    ).toBeNull();
    expect((await admin(DECIDE, { input: { items: one(items['ghost@example.net']!), decision: 'REVOKE' } })).errors).toBeNull();
    ({ items, page } = await pageMatchesItems(id));
    expect(page.progress).toMatchObject({ total: 8, decided: 3, secondStage: 1, remediationOpen: 2 });

    const moved = await admin(REASSIGN, { input: { items: one(items['alan@acme.com']!), toPersonId: 'sam@acme.com' } });
    expect(moved.errors).toBeNull();
    ({ page } = await pageMatchesItems(id));
    expect(page.progressByReviewer.find((r) => r.personId === 'E5')?.total).toBeGreaterThan(0);

    // Linus's account is gone from the next import: his revocation is verified.
    await org.importJasper(
      [JASPER.ada, JASPER.grace, JASPER.alan, JASPER.sam, JASPER.tom, JASPER.ghost],
      new Date('2026-11-25T08:00:00.000Z'),
    );
    ({ page } = await pageMatchesItems(id));
    expect(page.progress).toMatchObject({ remediationOpen: 1, remediationVerified: 1 });

    expect((await admin(CLOSE, { id })).errors).toBeNull();
    ({ page } = await pageMatchesItems(id));
    expect(page.progress).toMatchObject({ total: 8, decided: 8 });
    expect(page.progress.byDecision).toContainEqual({ decision: 'revoke', source: 'close_default', count: 5 });
  });

  it('lists the first reviewers asked for, most left to do first, and counts them all', async () => {
    const id = await launchedCampaign(admin, { name: 'Few reviewers shown' });
    const { items } = await pageMatchesItems(id);
    expect((await admin(DECIDE, { input: { items: one(items['tom@acme.com']!), decision: 'REVOKE' } })).errors).toBeNull();
    const all = await admin<Reviewers>(REVIEWERS, { id, first: 200 });
    expect(all.errors).toBeNull();
    const everyone = all.data!.campaign.progressByReviewer;
    expect(everyone.length).toBeGreaterThan(2);
    expect(all.data!.campaign.reviewerCount).toBe(everyone.length);
    const left = everyone.map((r) => r.total - r.decided);
    expect(left).toEqual([...left].sort((a, b) => b - a));

    const two = await admin<Reviewers>(REVIEWERS, { id, first: 2 });
    expect(two.errors).toBeNull();
    expect(two.data!.campaign).toEqual({ reviewerCount: everyone.length, progressByReviewer: everyone.slice(0, 2) });

    for (const first of [0, 201]) {
      const refused = await admin<Reviewers>(REVIEWERS, { id, first });
      expect(refused.errors).not.toBeNull();
    }
  });

  it('a campaign launched before the counters were kept is counted at the next start', async () => {
    const id = await launchedCampaign(admin, { name: 'Counted later' });
    const { items } = await pageMatchesItems(id);
    expect((await admin(DECIDE, { input: { items: one(items['tom@acme.com']!), decision: 'REVOKE' } })).errors).toBeNull();
    await connection.graph.write(FORGET_TALLIES, { campaignId: id });
    await ensureTallies(connection.graph);
    const { page } = await pageMatchesItems(id);
    // Six accounts are live since the first test's import.
    expect(page.progress).toMatchObject({ total: 6, decided: 1 });
  });
});
