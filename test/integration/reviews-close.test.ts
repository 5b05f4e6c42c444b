import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../server/graph/connect.js';
import type { Graph } from '../../server/graph/graph.js';
import { closeCampaign, finishInterruptedCloses } from '../../server/reviews/close-campaign.js';
import { apiClient } from '../support/api.js';
import { freshGraph } from '../support/graph.js';
import { clientFor, DECIDE, itemsByEmail, launchedCampaign, type Gql, type ReviewItemView } from '../support/review-api.js';
import { GRACE, JASPER, loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

const CLOSE = `mutation($id: ID!, $default: CloseDefault!) { closeCampaign(id: $id, default: $default) { status closeDefault closedByName } }`;

describe('closing campaigns and checking revocations at the next imports', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let admin: Gql;
  let keepByDefault: string;
  let revokeByDefault: string;
  const one = (item: ReviewItemView) => [{ itemId: item.id, expectedVersion: item.version }];

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
    admin = await apiClient(connection.graph);
    keepByDefault = await launchedCampaign(admin, { name: 'Jasper Q4', scope: 'APPS', apps: ['Jasper'] });
    revokeByDefault = await launchedCampaign(admin, { name: 'Everything Q4' });
  });
  afterAll(async () => {
    await connection.close();
    org.cleanUp();
  });

  it('closing with "no change" keeps the undecided items, recorded as the default, and the campaign becomes read-only', async () => {
    const items = await itemsByEmail(admin, keepByDefault);
    const grace = await clientFor(connection.graph, GRACE);
    expect((await grace(DECIDE, { input: { items: one(items['linus@acme.com']!), decision: 'REVOKE' } })).errors).toBeNull();
    expect(
      (await admin(DECIDE, { input: { items: [...one(items['tom@acme.com']!), ...one(items['ghost@example.net']!)], decision: 'REVOKE' } }))
        .errors,
    ).toBeNull();

    const closed = await admin<{ closeCampaign: { status: string; closeDefault: string } }>(CLOSE, {
      id: keepByDefault,
      default: 'NO_CHANGE',
    });
    expect(closed.errors).toBeNull();
    expect(closed.data?.closeCampaign).toMatchObject({ status: 'CLOSED', closeDefault: 'NO_CHANGE', closedByName: 'Test Admin' });
    const after = await itemsByEmail(admin, keepByDefault);
    expect(after['alan@acme.com']).toMatchObject({
      decision: 'KEEP',
      decisionSource: 'CLOSE_DEFAULT',
      justification: 'Closed without a decision; default applied: no_change',
      remediationStatus: null,
    });
    expect(after['linus@acme.com']).toMatchObject({ decision: 'REVOKE', decisionSource: 'REVIEWER', remediationStatus: 'OPEN' });

    const late = await admin(DECIDE, { input: { items: one(after['alan@acme.com']!), decision: 'REVOKE' } });
    expect(late.errors?.[0]?.message).toMatch(/campaign "Jasper Q4" is closed and read-only/);
    const twice = await admin(CLOSE, { id: keepByDefault, default: 'REVOKE' });
    expect(twice.errors?.[0]?.message).toBe('cannot close campaign "Jasper Q4": it is closed and read-only');
    const events = await connection.graph.read(`MATCH (e:AuditEvent {targetId: $id}) RETURN e.action AS action ORDER BY e.seq`, {
      id: keepByDefault,
    });
    expect(events.map((e) => e.action)).toEqual(['campaign.create', 'campaign.launch', 'campaign.close']);
  });

  it('closing with "revoke" revokes the undecided items, each with a remediation task', async () => {
    const closed = await admin(CLOSE, { id: revokeByDefault, default: 'REVOKE' });
    expect(closed.errors).toBeNull();
    const after = Object.values(await itemsByEmail(admin, revokeByDefault));
    expect(after).toHaveLength(7);
    for (const item of after) {
      expect(item).toMatchObject({
        decision: 'REVOKE',
        decisionSource: 'CLOSE_DEFAULT',
        remediationStatus: 'OPEN',
        remediationDueAt: '2026-12-04T00:00:00.000Z',
      });
      expect(item.justification).toBe('Closed without a decision; default applied: revoke');
    }
  });

  it('the next import verifies revocations that happened; one after the due date fails those that did not', async () => {
    await org.importJasper(
      [JASPER.ada, JASPER.grace, JASPER.alan, JASPER.sam, 'tom@acme.com,Tom Gone,Member,Deactivated,,2026-09-29', JASPER.ghost],
      new Date('2026-11-25T08:00:00.000Z'),
    );
    const early = await itemsByEmail(admin, keepByDefault);
    expect(early['linus@acme.com']).toMatchObject({
      remediationStatus: 'VERIFIED',
      remediationDetail: 'Account removed from Jasper (missing from the import of 2026-11-25)',
    });
    expect(early['tom@acme.com']).toMatchObject({ remediationStatus: 'VERIFIED', remediationDetail: 'Account deactivated in Jasper' });
    expect(early['ghost@example.net']?.remediationStatus).toBe('OPEN');

    await org.importJasper(
      [JASPER.ada, JASPER.grace, JASPER.alan, JASPER.sam, 'tom@acme.com,Tom Gone,Member,Deactivated,,2026-09-29', JASPER.ghost],
      new Date('2026-12-10T08:00:00.000Z'),
    );
    const late = await itemsByEmail(admin, keepByDefault);
    expect(late['ghost@example.net']).toMatchObject({
      remediationStatus: 'FAILED',
      remediationDetail: 'Not done by 2026-12-04: the Jasper account is still active',
    });
    expect(late['linus@acme.com']?.remediationStatus).toBe('VERIFIED');
    const everything = await itemsByEmail(admin, revokeByDefault);
    expect(Object.fromEntries(Object.entries(everything).map(([email, item]) => [email, item.remediationStatus]))).toEqual({
      'ada@acme.com': 'FAILED',
      'alan@acme.com': 'FAILED',
      'ghost@example.net': 'FAILED',
      'grace@acme.com': 'FAILED',
      'linus@acme.com': 'VERIFIED',
      'sam@acme.com': 'FAILED',
      'tom@acme.com': 'VERIFIED',
    });
    const checks = await connection.graph.read(
      `MATCH (e:AuditEvent {action: 'remediation.check', targetId: $id}) RETURN e.after AS after ORDER BY e.seq`,
      {
        id: late['ghost@example.net']!.id,
      },
    );
    expect(checks).toHaveLength(1);
    expect(checks[0]?.after).toContain('"remediationStatus":"failed"');
  });

  it('a close stopped half-way shows as closing, takes no decisions, and is finished with its default at the next start', async () => {
    const campaignId = await launchedCampaign(admin, { name: 'Everything Q1' });
    // The process dies after the defaults are written, before the last transaction marks the campaign closed.
    const dying = Object.create(connection.graph) as Graph;
    dying.executeWrite = (work, purpose) =>
      purpose === 'campaign-close' ? Promise.reject(new Error('killed')) : connection.graph.executeWrite(work, purpose);
    const closer = { id: 'user-close', name: 'Closing Admin', role: 'admin' };
    await expect(closeCampaign(dying, campaignId, 'revoke', closer, org.now)).rejects.toThrow('killed');

    const status = async () =>
      (await connection.graph.read(`MATCH (c:Campaign {id: $campaignId}) RETURN c.status AS status`, { campaignId }))[0]?.status;
    expect(await status()).toBe('closing');
    const items = await itemsByEmail(admin, campaignId);
    const late = await admin(DECIDE, { input: { items: one(items['alan@acme.com']!), decision: 'KEEP' } });
    expect(late.errors?.[0]?.message).toMatch(/campaign "Everything Q1" is being closed/);
    const other = await admin(CLOSE, { id: campaignId, default: 'NO_CHANGE' });
    expect(other.errors?.[0]?.message).toMatch(/is being closed with the default revoke/);

    const log: string[] = [];
    expect(await finishInterruptedCloses(connection.graph, org.now, (line) => log.push(line))).toBe(1);
    expect(log.join('\n')).toContain('begun by Closing Admin');
    expect(await status()).toBe('closed');
    for (const item of Object.values(await itemsByEmail(admin, campaignId))) {
      expect(item).toMatchObject({ decision: 'REVOKE', decisionSource: 'CLOSE_DEFAULT', remediationStatus: 'OPEN' });
    }
    const closes = await connection.graph.read(
      `MATCH (e:AuditEvent {action: 'campaign.close', targetId: $campaignId}) RETURN e.actorName AS actor, e.after AS after`,
      { campaignId },
    );
    expect(closes).toHaveLength(1);
    expect(closes[0]?.actor).toBe('Closing Admin');
    expect(closes[0]?.after).toContain(`"defaulted":${Object.keys(items).length}`);
    expect(await finishInterruptedCloses(connection.graph, org.now, () => undefined)).toBe(0);
  });
});
