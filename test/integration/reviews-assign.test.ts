import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { escalateOverdue } from '../../server/reviews/escalate.js';
import { overdueReviewers } from '../../server/reviews/progress.js';
import { apiClient } from '../support/api.js';
import { freshGraph } from '../support/graph.js';
import { clientFor, ITEM_FIELDS, itemsByEmail, launchedCampaign, type Gql, type ReviewItemView } from '../support/review-api.js';
import { GRACE, JASPER, loadReviewOrg, managerViewer, type ReviewOrg } from '../support/review-org.js';

const REASSIGN = `mutation($input: ReassignItemsInput!) { reassignItems(input: $input) { ${ITEM_FIELDS} } }`;
const DELEGATE = `mutation($input: DelegateReviewsInput!) { delegateMyReviews(input: $input) { moved { ${ITEM_FIELDS} } keptCount } }`;

describe('reassigning, delegating and escalating review items', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let admin: Gql;
  let grace: Gql;
  let campaignId: string;
  let items: Record<string, ReviewItemView>;

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
    admin = await apiClient(connection.graph);
    grace = await clientFor(connection.graph, GRACE);
    campaignId = await launchedCampaign(admin);
    items = await itemsByEmail(admin, campaignId);
  });
  afterAll(async () => {
    await connection.close();
    org.cleanUp();
  });

  it('an admin reassigns items to someone else, but never to the account owner, and a stale version is refused', async () => {
    const ghost = items['ghost@example.net']!;
    const grace = items['grace@acme.com']!;
    const toOwner = await admin(REASSIGN, { input: { items: [{ itemId: grace.id, expectedVersion: 1 }], toPersonId: 'grace@acme.com' } });
    expect(toOwner.errors?.[0]?.message).toBe('Grace Hopper cannot review Jasper grace@acme.com: it is their own access');
    const leaver = await admin(REASSIGN, { input: { items: [{ itemId: ghost.id, expectedVersion: 1 }], toPersonId: 'tom@acme.com' } });
    expect(leaver.errors?.[0]?.message).toMatch(/Tom Gone has left/);

    const moved = await admin<{ reassignItems: ReviewItemView[] }>(REASSIGN, {
      input: { items: [{ itemId: ghost.id, expectedVersion: 1 }], toPersonId: 'E2', note: 'Grace knows this one' },
    });
    expect(moved.errors).toBeNull();
    expect(moved.data?.reassignItems[0]).toMatchObject({
      reviewerName: 'Grace Hopper',
      reviewerReason: 'REASSIGNED',
      originalReviewerPersonId: 'E5',
      version: 2,
    });
    const stale = await admin(REASSIGN, { input: { items: [{ itemId: ghost.id, expectedVersion: 1 }], toPersonId: 'E1' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a manager delegating to someone HR does not know or to a leaver gets one answer, so delegating tells nothing about HR', async () => {
    const outcomes: [unknown, string | undefined][] = [];
    for (const ref of ['stranger@acme.com', 'tom@acme.com', 'E6', 'E404']) {
      const refused = await grace(DELEGATE, { input: { campaignId, toPersonId: ref } });
      outcomes.push([refused.errors?.[0]?.extensions?.code, refused.errors?.[0]?.message?.replace(ref, '<ref>')]);
    }
    expect(outcomes).toEqual(
      outcomes.map(() => [
        'BAD_USER_INPUT',
        'you cannot delegate to "<ref>": give the email, employee id or person id of someone active in HR',
      ]),
    );
  });

  it("a manager delegates their open items; the delegate's own access stays with the manager", async () => {
    const delegated = await grace<{ delegateMyReviews: { moved: ReviewItemView[]; keptCount: number } }>(DELEGATE, {
      input: { campaignId, toPersonId: 'alan@acme.com', note: 'on leave next week' },
    });
    expect(delegated.errors).toBeNull();
    expect(delegated.data?.delegateMyReviews.moved.map((i) => [i.accountEmail, i.reviewerName, i.reviewerReason]).sort()).toEqual([
      ['ghost@example.net', 'Alan Turing', 'DELEGATED'],
      ['linus@acme.com', 'Alan Turing', 'DELEGATED'],
    ]);
    expect(delegated.data?.delegateMyReviews.keptCount).toBe(1);
    const after = await itemsByEmail(admin, campaignId);
    expect(after['alan@acme.com']).toMatchObject({ reviewerName: 'Grace Hopper', reviewerReason: 'MANAGER' });
    expect(after['linus@acme.com']?.originalReviewerPersonId).toBe('E2');
  });

  it("after the due date, undecided items escalate once to the reviewer's manager, and the overdue list says who is late", async () => {
    const before = await admin<{ campaign: { overdueReviewers: unknown[] } }>(
      `query($id: ID!) { campaign(id: $id) { overdueReviewers { displayName } } }`,
      { id: campaignId },
    );
    expect(before.data?.campaign.overdueReviewers).toEqual([]);

    const late = new Date('2026-12-06T09:00:00.000Z');
    const alanItems = await itemsByEmail(admin, campaignId);
    const alan = await clientFor(connection.graph, managerViewer('E3', 'Alan'));
    const decided = await alan(`mutation($input: DecideItemsInput!) { decideItems(input: $input) { items { id } } }`, {
      input: {
        items: [{ itemId: alanItems['linus@acme.com']!.id, expectedVersion: alanItems['linus@acme.com']!.version }],
        decision: 'REVOKE',
      },
    });
    expect(decided.errors).toBeNull();

    // An import after the due date escalates (the same hook runs hourly in `attest serve`).
    await org.importJasper(Object.values(JASPER), late);
    const escalated = await itemsByEmail(admin, campaignId);
    // Alan's open item (ghost) goes to his manager Grace; Grace's own (alan) to Ada; Ada's (grace, sam) have no manager above her.
    expect(escalated['ghost@example.net']).toMatchObject({
      reviewerName: 'Grace Hopper',
      reviewerReason: 'ESCALATED',
      originalReviewerPersonId: 'E5',
    });
    expect(escalated['alan@acme.com']).toMatchObject({
      reviewerName: 'Ada Lovelace',
      reviewerReason: 'ESCALATED',
      originalReviewerPersonId: 'E2',
      escalatedAt: late.toISOString(),
    });
    expect(escalated['grace@acme.com']).toMatchObject({ reviewerName: 'Ada Lovelace', reviewerReason: 'MANAGER', escalatedAt: null });
    expect(escalated['linus@acme.com']).toMatchObject({ decision: 'REVOKE', escalatedAt: null });

    const again = await escalateOverdue(connection.graph, new Date('2026-12-20T00:00:00.000Z'), SYSTEM_ACTOR);
    expect(again.escalatedItemIds).toEqual([]);
    const events = await connection.graph.read(`MATCH (e:AuditEvent {action: 'review.escalate'}) RETURN count(e) AS n`);
    expect(events).toEqual([{ n: Object.values(escalated).filter((i) => i.reviewerReason === 'ESCALATED').length }]);

    const overdue = await connection.graph.read(
      `MATCH (c:Campaign {id: $id})-[:HAS_ITEM]->(i:ReviewItem) WHERE i.decision IS NULL RETURN i.reviewerName AS reviewer, count(i) AS n ORDER BY reviewer`,
      { id: campaignId },
    );
    const listed = await overdueReviewers(connection.graph, campaignId, late);
    expect(listed.map((r) => [r.displayName, r.overdueItems]).sort()).toEqual(overdue.map((r) => [r.reviewer, r.n]).sort());
    expect(listed.every((r) => r.oldestDueAt === '2026-12-04T23:59:59.999Z')).toBe(true);
  });
});
