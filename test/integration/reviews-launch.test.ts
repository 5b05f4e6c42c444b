import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { apiClient, type GraphQLResult } from '../support/api.js';
import { freshGraph } from '../support/graph.js';
import { JASPER, loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

interface Item {
  accountEmail: string;
  ownerName: string | null;
  reviewerName: string | null;
  reviewerReason: string | null;
  recommendation: string;
  recommendationReason: string;
  privileged: boolean;
  flagged: boolean;
  version: number;
}

const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id status owner { email } } }`;

describe('launching a campaign snapshots the population, with recommendations and reviewers', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let gql: <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;
  let campaignId: string;
  let launchedHash: string;

  const items = async (): Promise<Record<string, Item>> => {
    const result = await gql<{ campaign: { items: { nodes: Item[] } } }>(
      `query($id: ID!) { campaign(id: $id) { items(first: 200) { nodes {
         accountEmail ownerName reviewerName reviewerReason recommendation recommendationReason privileged flagged version } } } }`,
      { id: campaignId },
    );
    expect(result.errors).toBeNull();
    return Object.fromEntries(result.data!.campaign.items.nodes.map((i) => [i.accountEmail, i]));
  };
  const storedSnapshots = () =>
    readRows(
      connection.graph,
      `MATCH (:Campaign {id: $id})-[:HAS_ITEM]->(i:ReviewItem {stage: 1}) RETURN i.accountId AS accountId, i.snapshot AS snapshot ORDER BY i.accountId`,
      { id: campaignId },
      z.object({ accountId: z.string(), snapshot: z.string() }),
      'stored-snapshots',
    );

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
    gql = await apiClient(connection.graph);
  });
  afterAll(async () => {
    await connection.close();
    org.cleanUp();
  });

  it('creates a draft with a clear error for bad input', async () => {
    const base = { name: 'Q4 review', period: '2026-Q4', scope: 'ALL', dueAt: '2026-12-04', owner: 'sam@acme.com' };
    const badPeriod = await gql(CREATE, { input: { ...base, period: 'autumn' } });
    expect(badPeriod.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badPeriod.errors?.[0]?.message).toMatch(/period "autumn" is not a period like 2026-Q4/);
    const pastDue = await gql(CREATE, { input: { ...base, dueAt: '2026-11-01' } });
    expect(pastDue.errors?.[0]?.message).toMatch(/is not after now/);
    const noOwner = await gql(CREATE, { input: { ...base, owner: 'nobody@acme.com' } });
    expect(noOwner.errors?.[0]?.message).toMatch(/nobody in HR is "nobody@acme.com"/);
    const unknownApp = await gql(CREATE, { input: { ...base, scope: 'APPS', apps: ['Jasper', 'Figmaa'] } });
    expect(unknownApp.errors?.[0]?.message).toBe('no app is named "Figmaa"');

    const created = await gql<{ createCampaign: { id: string; status: string; owner: { email: string } } }>(CREATE, { input: base });
    expect(created.errors).toBeNull();
    expect(created.data?.createCampaign).toMatchObject({ status: 'DRAFT', owner: { email: 'sam@acme.com' } });
    campaignId = created.data!.createCampaign.id;
    const again = await gql(CREATE, { input: base });
    expect(again.errors?.[0]?.message).toMatch(/a campaign named "Q4 review" already exists/);
  });

  it('launch makes one item per live account, recorded with a population hash anyone can recompute', async () => {
    const launched = await gql<{ launchCampaign: { status: string; populationCount: number; populationSha256: string } }>(
      `mutation($id: ID!) { launchCampaign(id: $id) { status populationCount populationSha256 } }`,
      { id: campaignId },
    );
    expect(launched.errors).toBeNull();
    expect(launched.data?.launchCampaign).toMatchObject({ status: 'ACTIVE', populationCount: Object.keys(JASPER).length });
    launchedHash = launched.data!.launchCampaign.populationSha256;

    const snapshots = await storedSnapshots();
    const recomputed = createHash('sha256')
      .update(stringify(snapshots.map((s) => JSON.parse(s.snapshot) as unknown)))
      .digest('hex');
    expect(recomputed).toBe(launchedHash);

    const twice = await gql(`mutation($id: ID!) { launchCampaign(id: $id) { status } }`, { id: campaignId });
    expect(twice.errors?.[0]?.message).toMatch(/cannot launch campaign "Q4 review": it is already active/);
  });

  it("reviewers follow the rule: the owner's manager, else the app owner, else the campaign owner; orphans go to the campaign owner; never the owner", async () => {
    const byEmail = await items();
    expect(byEmail['grace@acme.com']).toMatchObject({ reviewerName: 'Ada Lovelace', reviewerReason: 'MANAGER' });
    expect(byEmail['alan@acme.com']).toMatchObject({ reviewerName: 'Grace Hopper', reviewerReason: 'MANAGER' });
    // Ada has no manager and owns Jasper herself, so the app-owner rule would make her review her own access.
    expect(byEmail['ada@acme.com']).toMatchObject({
      ownerName: 'Ada Lovelace',
      reviewerName: 'Sam Shield',
      reviewerReason: 'CAMPAIGN_OWNER',
      privileged: true,
    });
    expect(byEmail['tom@acme.com']).toMatchObject({ reviewerName: 'Sam Shield', reviewerReason: 'CAMPAIGN_OWNER', flagged: true });
    expect(byEmail['ghost@example.net']).toMatchObject({ ownerName: null, reviewerName: 'Sam Shield', reviewerReason: 'CAMPAIGN_OWNER' });
    for (const item of Object.values(byEmail)) expect(item.reviewerName).not.toBe(item.ownerName);
  });

  it('findings become recommendations with their reason and cost', async () => {
    const byEmail = await items();
    expect(byEmail['linus@acme.com']).toMatchObject({
      recommendation: 'REVOKE',
      recommendationReason: 'revoke: inactive 142 days, $59/month',
      flagged: true,
    });
    expect(byEmail['tom@acme.com']?.recommendationReason).toBe('revoke: owner left, $59/month');
    expect(byEmail['ghost@example.net']?.recommendationReason).toMatch(/^revoke: no owner in HR, external account, \$59\/month$/);
    expect(byEmail['alan@acme.com']).toMatchObject({ recommendation: 'KEEP', recommendationReason: 'keep: no findings', flagged: false });
  });

  it('a later import changes the accounts but not the launched population', async () => {
    const before = await storedSnapshots();
    const itemsBefore = await items();
    await org.importJasper([
      JASPER.ada,
      JASPER.grace,
      JASPER.alan,
      'linus@acme.com,Linus Torvalds,Admin,Active,,2026-11-20',
      JASPER.sam,
      'new@acme.com,New Hire,Member,Active,,2026-11-20',
    ]);
    expect(await connection.graph.read(`MATCH (a:Account {email: 'ghost@example.net'}) RETURN a.removedAt IS NOT NULL AS removed`)).toEqual(
      [{ removed: true }],
    );

    expect(await storedSnapshots()).toEqual(before);
    expect(await items()).toEqual(itemsBefore);
    const [campaign] = await connection.graph.read(
      `MATCH (c:Campaign {id: $id}) RETURN c.populationSha256 AS hash, c.populationCount AS count`,
      { id: campaignId },
    );
    expect(campaign).toEqual({ hash: launchedHash, count: Object.keys(JASPER).length });
  });

  it('two launches of one draft at once: one launches it, the other is refused, and no item is written twice', async () => {
    const created = await gql<{ createCampaign: { id: string } }>(CREATE, {
      input: { name: 'Race review', period: '2026-Q4', scope: 'ALL', dueAt: '2026-12-04', owner: 'sam@acme.com' },
    });
    const id = created.data!.createCampaign.id;
    const launch = () =>
      gql<{ launchCampaign: { populationCount: number } }>(`mutation($id: ID!) { launchCampaign(id: $id) { populationCount } }`, { id });
    const results = await Promise.all([launch(), launch()]);
    const won = results.filter((r) => r.errors === null);
    const refused = results.filter((r) => r.errors !== null);
    expect(won).toHaveLength(1);
    expect(refused[0]?.errors?.[0]?.message).toMatch(/is being launched already|it is already active/);
    const [stored] = await connection.graph.read(
      `MATCH (c:Campaign {id: $id})-[:HAS_ITEM]->(i:ReviewItem) RETURN count(i) AS items, count(DISTINCT i.accountId) AS accounts, c.launchStartedAt AS claim`,
      { id },
    );
    expect(stored).toEqual({
      items: won[0]!.data!.launchCampaign.populationCount,
      accounts: won[0]!.data!.launchCampaign.populationCount,
      claim: null,
    });
  });

  it('launch and create are in the audit log', async () => {
    const events = await connection.graph.read(`MATCH (e:AuditEvent {targetId: $id}) RETURN e.action AS action ORDER BY e.seq`, {
      id: campaignId,
    });
    expect(events.map((e) => e.action)).toEqual(['campaign.create', 'campaign.launch']);
  });
});
