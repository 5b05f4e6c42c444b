import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import { addUser } from '../../server/auth/users.js';
import { collectEvidence } from '../../server/evidence/collect.js';
import { evidenceCsv } from '../../server/evidence/csv.js';
import type { Viewer } from '../../server/auth/viewer.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { apiClient, TEST_ADMIN } from '../support/api.js';
import { freshGraph } from '../support/graph.js';
import { ADA, GRACE, loadReviewOrg, type ReviewOrg } from '../support/review-org.js';
import {
  clientFor,
  DECIDE,
  ITEM_FIELDS,
  itemsByEmail,
  launchedCampaign,
  type DecideData,
  type Gql,
  type ReviewItemView,
} from '../support/review-api.js';

const ADMIN_ADA: Viewer = { userId: 'user-ada-admin', email: 'ada@acme.com', displayName: 'Ada Lovelace', role: 'admin', personId: 'E1' };

describe('deciding review items', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let admin: Gql;
  let grace: Gql;
  let ada: Gql;
  let campaignId: string;
  let items: Record<string, ReviewItemView>;
  const one = (item: ReviewItemView) => [{ itemId: item.id, expectedVersion: item.version }];
  const auditOf = (itemId: string) =>
    connection.graph.read(`MATCH (e:AuditEvent {targetId: $itemId}) RETURN e.action AS action, e.actorName AS actor ORDER BY e.seq`, {
      itemId,
    });

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
    admin = await apiClient(connection.graph);
    grace = await clientFor(connection.graph, GRACE);
    ada = await clientFor(connection.graph, ADA);
    campaignId = await launchedCampaign(admin, { secondStage: true });
    items = await itemsByEmail(admin, campaignId);
  });
  afterAll(async () => {
    await connection.close();
    org.cleanUp();
  });

  it('keeping a flagged item or an admin role needs a justification; revoke needs none; modify needs a role of the app', async () => {
    const linus = items['linus@acme.com']!;
    const bare = await grace(DECIDE, { input: { items: one(linus), decision: 'KEEP' } });
    expect(bare.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bare.errors?.[0]?.message).toBe(
      'keeping Jasper linus@acme.com needs a justification: it is flagged (revoke: inactive 142 days, $59/month)',
    );

    const graceItem = items['grace@acme.com']!;
    const admin1 = await ada(DECIDE, { input: { items: one(graceItem), decision: 'KEEP' } });
    expect(admin1.errors?.[0]?.message).toMatch(/keeping Jasper grace@acme.com needs a justification: it holds an admin role/);
    const badRole = await ada(DECIDE, { input: { items: one(graceItem), decision: 'MODIFY', newRole: 'Superuser' } });
    expect(badRole.errors?.[0]?.message).toBe('Jasper has no role "Superuser"');

    const revoked = await grace<DecideData>(DECIDE, { input: { items: one(linus), decision: 'REVOKE' } });
    expect(revoked.errors).toBeNull();
    expect(revoked.data?.decideItems.items[0]).toMatchObject({
      decision: 'REVOKE',
      decidedByName: 'Grace',
      decisionSource: 'REVIEWER',
      remediationStatus: 'OPEN',
      remediationDueAt: '2026-12-04T00:00:00.000Z',
      version: 2,
    });
    expect(await auditOf(linus.id)).toEqual([{ action: 'review.decide', actor: 'Grace' }]);
  });

  it('nobody decides on their own access, not even an admin; a manager cannot see items outside their team', async () => {
    const adaAsAdmin = await clientFor(connection.graph, ADMIN_ADA);
    const own = await adaAsAdmin(DECIDE, { input: { items: one(items['ada@acme.com']!), decision: 'KEEP', justification: 'I need it' } });
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toMatch(/^nobody decides on their own access/);

    const notHers = await grace(DECIDE, { input: { items: one(items['ghost@example.net']!), decision: 'REVOKE' } });
    expect(notHers.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const peek = await grace(`query($id: ID!) { reviewItem(id: $id) { id } }`, { id: items['ghost@example.net']!.id });
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const hers = await grace<{ reviewItem: ReviewItemView }>(`query($id: ID!) { reviewItem(id: $id) { ${ITEM_FIELDS} } }`, {
      id: items['alan@acme.com']!.id,
    });
    expect(hers.data?.reviewItem).toMatchObject({ accountEmail: 'alan@acme.com', viewerCanDecide: true });
    // Ada sees Alan's item (he reports to her through Grace) but it is Grace's to decide.
    const visible = await ada<{ reviewItem: ReviewItemView }>(`query($id: ID!) { reviewItem(id: $id) { ${ITEM_FIELDS} } }`, {
      id: items['alan@acme.com']!.id,
    });
    expect(visible.data?.reviewItem.viewerCanDecide).toBe(false);
    const notAssigned = await ada(DECIDE, { input: { items: one(items['alan@acme.com']!), decision: 'KEEP' } });
    expect(notAssigned.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(notAssigned.errors?.[0]?.message).toMatch(/is assigned to Grace Hopper, not to you/);
  });

  it('roles: managers cannot read campaigns, finance sees no reviews, auditors cannot decide', async () => {
    const managerCampaigns = await grace(`{ campaigns { id } }`);
    expect(managerCampaigns.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const finance = await clientFor(connection.graph, { ...TEST_ADMIN, role: 'finance' });
    expect((await finance(`{ myReviews { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const auditor = await clientFor(connection.graph, { ...TEST_ADMIN, role: 'auditor' });
    expect((await auditor(`{ campaigns { id } }`)).errors).toBeNull();
    const auditorDecides = await auditor(DECIDE, { input: { items: one(items['alan@acme.com']!), decision: 'KEEP' } });
    expect(auditorDecides.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('two reviewers deciding the same item at once: one wins, the other gets CONFLICT, and both attempts are in the audit log', async () => {
    const sam = items['sam@acme.com']!;
    const [first, second] = await Promise.all([
      ada<DecideData>(DECIDE, { input: { items: one(sam), decision: 'KEEP' } }),
      admin<DecideData>(DECIDE, { input: { items: one(sam), decision: 'REVOKE' } }),
    ]);
    const results = [first, second];
    const winners = results.filter((r) => r.errors === null);
    const losers = results.filter((r) => r.errors !== null);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const winner = winners[0]!.data!.decideItems.items[0]!;
    expect(losers[0]?.errors?.[0]?.message).toContain(
      `was decided (${String(winner.decision).toLowerCase()}) by ${winner.decidedByName} at 2026-11-20T00:00:00.000Z`,
    );
    expect(winner.version).toBe(2);

    const audit = await auditOf(sam.id);
    expect(audit.map((e) => e.action).sort()).toEqual(['review.decide', 'review.decide_rejected']);
    const current = await itemsByEmail(admin, campaignId);
    expect(current['sam@acme.com']).toMatchObject({ decision: winner.decision, version: 2 });
  });

  it('an admin decides on behalf of the reviewer, and it says so', async () => {
    const tom = items['tom@acme.com']!;
    const decided = await admin<DecideData>(DECIDE, { input: { items: one(tom), decision: 'REVOKE' } });
    expect(decided.data?.decideItems.items[0]).toMatchObject({
      decidedByName: 'Test Admin',
      decidedOnBehalfOf: 'Sam Shield',
      reviewerName: 'Sam Shield',
    });
  });

  it('a bulk decision is all or nothing: one stale item or one missing justification and nothing is decided', async () => {
    const alan = items['alan@acme.com']!;
    const ghost = items['ghost@example.net']!;
    const stale = await admin(DECIDE, { input: { items: [...one(alan), { itemId: ghost.id, expectedVersion: 7 }], decision: 'REVOKE' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const missing = await admin(DECIDE, { input: { items: [...one(alan), ...one(ghost)], decision: 'KEEP' } });
    expect(missing.errors?.[0]?.message).toMatch(/keeping Jasper ghost@example.net needs a justification/);
    const now = await itemsByEmail(admin, campaignId);
    expect([now['alan@acme.com']?.decision, now['ghost@example.net']?.decision]).toEqual([null, null]);

    const bulk = await admin<DecideData>(DECIDE, { input: { items: [...one(alan), ...one(ghost)], decision: 'REVOKE' } });
    expect(bulk.errors).toBeNull();
    expect(bulk.data?.decideItems.items.map((i) => [i.accountEmail, i.decision, i.decisionSource])).toEqual([
      ['alan@acme.com', 'REVOKE', 'BULK'],
      ['ghost@example.net', 'REVOKE', 'BULK'],
    ]);
  });

  it('keeping an admin role in a two-stage campaign creates a stage-2 item for the app owner, outside the population', async () => {
    const graceItem = items['grace@acme.com']!;
    const kept = await ada<DecideData>(DECIDE, {
      input: { items: one(graceItem), decision: 'KEEP', justification: 'Runs the Jasper workspace' },
    });
    expect(kept.errors).toBeNull();
    const [stage2] = kept.data!.decideItems.secondStageItems;
    expect(stage2).toMatchObject({
      stage: 2,
      accountEmail: 'grace@acme.com',
      reviewerName: 'Ada Lovelace',
      reviewerReason: 'APP_OWNER',
      decision: null,
      privileged: true,
    });
    // Changing an admin to a standard role leaves nothing to re-review; the change is a remediation task.
    const adaItem = items['ada@acme.com']!;
    const adaModified = await admin<DecideData>(DECIDE, {
      input: { items: one(adaItem), decision: 'MODIFY', newRole: 'Member', justification: 'Ada no longer administers Jasper' },
    });
    expect(adaModified.data?.decideItems.secondStageItems).toEqual([]);
    expect(adaModified.data?.decideItems.items[0]).toMatchObject({ decision: 'MODIFY', newRole: 'Member', remediationStatus: 'OPEN' });

    const [campaign] = await connection.graph.read(
      `MATCH (c:Campaign {id: $id}) RETURN c.populationCount AS population, COUNT { (c)-[:HAS_ITEM]->(:ReviewItem) } AS items`,
      { id: campaignId },
    );
    expect(campaign).toEqual({ population: 7, items: 8 });
    const again = await ada(DECIDE, { input: { items: [{ itemId: graceItem.id, expectedVersion: 2 }], decision: 'REVOKE' } });
    expect(again.errors?.[0]?.message).toMatch(
      /was already decided: keep by Ada .*went to a second-stage review, so the decision can no longer change/,
    );
  });

  it('a reviewer changes a decision until the close: both stay in the audit log and the evidence; after the close it is refused', async () => {
    const changes = await launchedCampaign(admin, { name: 'Q4 changes' });
    const alan = (await itemsByEmail(admin, changes))['alan@acme.com']!;
    const revoked = await grace<DecideData>(DECIDE, { input: { items: one(alan), decision: 'REVOKE' } });
    expect(revoked.errors).toBeNull();
    const afterRevoke = revoked.data!.decideItems.items[0]!;
    expect(afterRevoke).toMatchObject({ decision: 'REVOKE', remediationStatus: 'OPEN', viewerCanDecide: true });

    const kept = await grace<{ decideItems: { items: (ReviewItemView & { earlierDecisions: unknown[] })[] } }>(
      `mutation($input: DecideItemsInput!) { decideItems(input: $input) { items { ${ITEM_FIELDS}
        earlierDecisions { decision decidedByName decidedAt replacedByName } } } }`,
      { input: { items: one(afterRevoke), decision: 'KEEP', justification: 'Still on the content team' } },
    );
    expect(kept.errors).toBeNull();
    expect(kept.data?.decideItems.items[0]).toMatchObject({
      decision: 'KEEP',
      justification: 'Still on the content team',
      remediationStatus: null,
      version: 3,
      earlierDecisions: [{ decision: 'REVOKE', decidedByName: 'Grace', decidedAt: '2026-11-20T00:00:00.000Z', replacedByName: 'Grace' }],
    });

    // The campaign's counts follow the change: one decided item, kept, nothing left to remediate.
    const progress = await admin<{ campaign: { progress: Record<string, unknown> } }>(
      `query($id: ID!) { campaign(id: $id) { progress { decided remediationOpen byDecision { decision source count } } } }`,
      { id: changes },
    );
    expect(progress.data?.campaign.progress).toEqual({
      decided: 1,
      remediationOpen: 0,
      byDecision: [{ decision: 'keep', source: 'reviewer', count: 1 }],
    });

    const audit = await connection.graph.read(
      `MATCH (e:AuditEvent {targetId: $itemId}) RETURN e.action AS action, e.before AS before, e.after AS after ORDER BY e.seq`,
      { itemId: alan.id },
    );
    expect(audit.map((e) => e.action)).toEqual(['review.decide', 'review.decide']);
    expect(JSON.parse(typeof audit[1]?.before === 'string' ? audit[1].before : 'null')).toMatchObject({
      decision: 'revoke',
      decidedByName: 'Grace',
      remediationStatus: 'open',
    });
    expect(JSON.parse(typeof audit[1]?.after === 'string' ? audit[1].after : 'null')).toMatchObject({
      decision: 'keep',
      justification: 'Still on the content team',
    });

    const closed = await admin(`mutation($id: ID!) { closeCampaign(id: $id, default: NO_CHANGE) { id status } }`, { id: changes });
    expect(closed.errors).toBeNull();
    const evidence = await collectEvidence(connection.graph, changes, new Date('2026-11-21T00:00:00.000Z'));
    const row = parse<Record<string, string>>(evidenceCsv(evidence), { columns: true }).find((r) => r['item id'] === alan.id);
    expect(row).toMatchObject({ decision: 'keep', 'decided by': 'Grace', justification: 'Still on the content team' });
    expect(row?.['earlier decisions']).toBe('revoke by Grace at 2026-11-20T00:00:00.000Z, replaced at 2026-11-20T00:00:00.000Z by Grace');

    const late = await grace(DECIDE, { input: { items: [{ itemId: alan.id, expectedVersion: 3 }], decision: 'REVOKE' } });
    expect(late.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0]?.message).toBe(
      'campaign "Q4 changes" is closed and read-only: the decision on Jasper alan@acme.com can no longer change',
    );
  });

  it('an admin who signs in but is not in HR can own a campaign; orphaned accounts then wait for an admin to reassign them', async () => {
    await addUser(
      connection.graph,
      { email: 'admin@demo.test', role: 'admin', displayName: 'Demo Admin', password: null },
      SYSTEM_ACTOR,
      new Date(),
    );
    const created = await admin<{ createCampaign: { id: string; owner: unknown; ownerUser: unknown } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id owner { id } ownerUser { email displayName } } }`,
      { input: { name: 'Owned by the admin', period: '2026-Q4', scope: 'ALL', dueAt: '2026-12-04', owner: 'admin@demo.test' } },
    );
    expect(created.errors).toBeNull();
    expect(created.data?.createCampaign).toMatchObject({ owner: null, ownerUser: { email: 'admin@demo.test', displayName: 'Demo Admin' } });
    const id = created.data!.createCampaign.id;
    // The launch confirmation's figures: what the launch then does.
    const preview = await admin<{ campaign: { launchPreview: { items: number; reviewers: number; unassigned: number } } }>(
      `query($id: ID!) { campaign(id: $id) { launchPreview { items reviewers unassigned } } }`,
      { id },
    );
    expect((await admin(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id })).errors).toBeNull();
    const launched = Object.values(await itemsByEmail(admin, id));
    expect(launched.find((item) => item.accountEmail === 'ghost@example.net')).toMatchObject({
      reviewerPersonId: null,
      viewerCanDecide: true,
    });
    expect(preview.data?.campaign.launchPreview).toEqual({
      items: launched.length,
      reviewers: new Set(launched.map((item) => item.reviewerPersonId).filter(Boolean)).size,
      unassigned: launched.filter((item) => item.reviewerPersonId === null).length,
    });
    expect(preview.data?.campaign.launchPreview.unassigned).toBeGreaterThan(0);
    const evidence = await collectEvidence(connection.graph, id, new Date('2026-11-21T00:00:00.000Z'));
    expect(evidence.campaign.owner).toMatchObject({ name: 'Demo Admin', email: 'admin@demo.test' });
    const refused = await admin(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
      input: { name: 'Owned by nobody', period: '2026-Q4', scope: 'ALL', dueAt: '2026-12-04', owner: 'nobody@demo.test' },
    });
    expect(refused.errors?.[0]?.message).toMatch(/nobody in HR is "nobody@demo.test".*no admin signs in with it/);
  });
});
