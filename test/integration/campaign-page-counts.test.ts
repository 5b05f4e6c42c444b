import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../server/graph/connect.js';
import { apiClient } from '../support/api.js';
import { ITEM_UNDER_DRAFT } from '../support/campaign-page.queries.js';
import { freshGraph } from '../support/graph.js';
import { DECIDE, itemsByEmail, launchedCampaign, type Gql } from '../support/review-api.js';
import { loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

const PAGE = `query($id: ID!) { campaign(id: $id) {
  progress { total decided byDecision { decision source count } }
  burndown { date remaining decided }
  revoked: items(decision: REVOKE, first: 50) { totalCount nodes { id accountEmail } }
  items(first: 50) { totalCount }
} }`;

interface PageData {
  campaign: {
    progress: { total: number; decided: number; byDecision: { decision: string; source: string; count: number }[] };
    burndown: { date: string; remaining: number; decided: number }[];
    revoked: { totalCount: number; nodes: { id: string; accountEmail: string }[] };
    items: { totalCount: number };
  };
}

describe('a campaign page: figures counted in the database, and no item of a launch still running', () => {
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

  it('the burndown, the decisions by kind and the revoked list follow the decisions made', async () => {
    const id = await launchedCampaign(admin);
    const before = (await admin<PageData>(PAGE, { id })).data!.campaign;
    const total = before.progress.total;
    expect(total).toBeGreaterThan(2);
    expect(before.burndown.at(-1)).toMatchObject({ remaining: total, decided: 0 });
    expect(before.revoked.totalCount).toBe(0);

    const [first, second] = Object.values(await itemsByEmail(admin, id));
    for (const item of [first!, second!]) {
      const decided = await admin(DECIDE, { input: { items: [{ itemId: item.id, expectedVersion: item.version }], decision: 'REVOKE' } });
      expect(decided.errors).toBeNull();
    }

    const after = (await admin<PageData>(PAGE, { id })).data!.campaign;
    expect(after.progress).toMatchObject({ total, decided: 2 });
    expect(after.progress.byDecision).toEqual([{ decision: 'revoke', source: 'reviewer', count: 2 }]);
    expect(after.burndown.at(-1)).toMatchObject({ date: before.burndown.at(-1)!.date, remaining: total - 2, decided: 2 });
    expect(after.revoked.totalCount).toBe(2);
    expect(after.revoked.nodes.map((n) => n.accountEmail).sort()).toEqual([first!.accountEmail, second!.accountEmail].sort());
    expect(after.items.totalCount).toBe(total);
  });

  it('a draft shows no item, even one a launch still running has written under it', async () => {
    const created = await admin<{ createCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      { input: { name: 'Being launched', period: '2026-Q4', scope: 'ALL', dueAt: '2026-12-04', owner: 'sam@acme.com' } },
    );
    const id = created.data!.createCampaign.id;
    await connection.graph.write(ITEM_UNDER_DRAFT, { campaignId: id, now: org.now.toISOString() });
    const page = (await admin<PageData>(PAGE, { id })).data!.campaign;
    expect(page.progress.total).toBe(0);
    expect(page.items.totalCount).toBe(0);
    expect(page.revoked.totalCount).toBe(0);
  });
});
