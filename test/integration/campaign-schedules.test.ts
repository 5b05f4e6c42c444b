/** Recurring campaigns: saved as a schedule, created and launched on their dates, once, by the runner serve uses and by the CLI. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { runDueSchedules } from '../../server/reviews/schedules/run-schedules.js';
import { apiClient, type GraphQLResult } from '../support/api.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';
import { loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

type Client = <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');
const run = promisify(execFile);
const ADD = `mutation($input: AddCampaignScheduleInput!) { addCampaignSchedule(input: $input) { id name cadence nextRunOn lastRunOn } }`;
const LIST = `{ campaignSchedules { id name nextRunOn lastRunOn lastStatus lastCampaignId } }`;

const campaignRow = z.object({
  id: z.string(),
  name: z.string(),
  period: z.string(),
  status: z.string(),
  scopeKind: z.string(),
  dueAt: z.string(),
  populationCount: z.number().nullable(),
  launchedById: z.string().nullable(),
});
const auditRow = z.object({ action: z.string(), actorId: z.string(), targetId: z.string(), after: z.string().nullable() });

describe('recurring campaigns', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let admin: Client;
  let scheduleId: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-schedules-'));

  const campaigns = () =>
    readRows(
      connection.graph,
      `MATCH (c:Campaign) RETURN c.id AS id, c.name AS name, c.period AS period, c.status AS status, c.scopeKind AS scopeKind,
         c.dueAt AS dueAt, c.populationCount AS populationCount, c.launchedById AS launchedById ORDER BY c.createdAt, c.name`,
      {},
      campaignRow,
      'test-campaigns',
    );
  const audit = (prefix: string) =>
    readRows(
      connection.graph,
      `MATCH (e:AuditEvent) WHERE e.action STARTS WITH $prefix
       RETURN e.action AS action, e.actorId AS actorId, e.targetId AS targetId, e.after AS after ORDER BY e.seq`,
      { prefix },
      auditRow,
      'test-audit',
    );

  async function attest(args: string[], at: string): Promise<{ code: number; out: string; err: string }> {
    const env = { ...process.env, ...testDatabaseEnv(), ATTEST_DATA_DIR: dataDir, ATTEST_NOW: at };
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 240_000 });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout, err: failed.stderr };
    }
  }

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
    admin = await apiClient(connection.graph);
  });
  afterAll(async () => {
    await connection?.close();
    org?.cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('saves a quarterly schedule for admins; auditors read it but cannot add one', async () => {
    const bad = await admin(ADD, {
      input: {
        name: 'Quarterly admins',
        nameTemplate: 'Admins review',
        cadence: 'QUARTERLY',
        firstRunOn: '2026-12-01',
        scope: 'PRIVILEGED',
        dueInDays: 30,
        owner: 'sam@acme.com',
      },
    });
    expect(bad.errors?.[0]?.message).toMatch(/\{period\} or \{date\}/);

    const added = await admin<{ addCampaignSchedule: { id: string; nextRunOn: string; lastRunOn: string | null } }>(ADD, {
      input: {
        name: 'Quarterly admins',
        nameTemplate: '{period} admin access review',
        cadence: 'QUARTERLY',
        firstRunOn: '2026-12-01',
        scope: 'PRIVILEGED',
        dueInDays: 30,
        owner: 'sam@acme.com',
      },
    });
    expect(added.errors).toBeNull();
    scheduleId = added.data!.addCampaignSchedule.id;
    expect(added.data!.addCampaignSchedule).toMatchObject({ nextRunOn: '2026-12-01', lastRunOn: null });

    const auditor = await apiClient(connection.graph, {
      userId: 'aud',
      email: 'aud@acme.com',
      displayName: 'Aud',
      role: 'auditor',
      personId: null,
    });
    const listed = await auditor<{ campaignSchedules: { name: string; owner: string; ownerName: string | null }[] }>(
      `{ campaignSchedules { name owner ownerName } }`,
    );
    expect(listed.data?.campaignSchedules).toEqual([{ name: 'Quarterly admins', owner: 'sam@acme.com', ownerName: 'Sam Shield' }]);
    const refused = await auditor(ADD, {
      input: { name: 'x', cadence: 'MONTHLY', firstRunOn: '2026-12-01', scope: 'ALL', dueInDays: 5, owner: 'sam@acme.com' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await audit('campaign.schedule.add')).toHaveLength(1);
  });

  it('launches nothing before its date, then one campaign on it with the scope, period and due date', async () => {
    expect(await runDueSchedules(connection.graph, new Date('2026-11-30T23:59:00Z'))).toEqual([]);
    expect(await campaigns()).toEqual([]);

    const [outcome, ...more] = await runDueSchedules(connection.graph, new Date('2026-12-01T00:15:00Z'));
    expect(more).toEqual([]);
    expect(outcome).toMatchObject({
      status: 'launched',
      runOn: '2026-12-01',
      campaignName: '2026-Q4 admin access review',
      populationCount: 2,
    });
    expect(await campaigns()).toEqual([
      {
        id: outcome!.campaignId,
        name: '2026-Q4 admin access review',
        period: '2026-Q4',
        status: 'active',
        scopeKind: 'privileged',
        dueAt: '2026-12-31T23:59:59.999Z',
        populationCount: 2,
        launchedById: `schedule:${scheduleId}`,
      },
    ]);
    // Later passes the same quarter launch nothing more.
    expect(await runDueSchedules(connection.graph, new Date('2026-12-01T00:30:00Z'))).toEqual([]);
    expect(await runDueSchedules(connection.graph, new Date('2027-02-28T23:00:00Z'))).toEqual([]);
    expect(await campaigns()).toHaveLength(1);

    const events = (await audit('campaign.')).filter((e) => e.action !== 'campaign.schedule.add');
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ['campaign.create', `schedule:${scheduleId}`],
      ['campaign.launch', `schedule:${scheduleId}`],
      ['campaign.schedule.launch', `schedule:${scheduleId}`],
    ]);
    expect(JSON.parse(events[2]!.after ?? 'null')).toMatchObject({ runOn: '2026-12-01', campaignId: outcome!.campaignId });
  });

  it('creates the next quarter once even when two passes race', async () => {
    const at = new Date('2027-03-01T06:00:00Z');
    const [first, second] = await Promise.all([runDueSchedules(connection.graph, at), runDueSchedules(connection.graph, at)]);
    expect([...first, ...second].map((o) => o.campaignName)).toEqual(['2027-Q1 admin access review']);
    expect((await campaigns()).map((c) => c.name)).toEqual(['2026-Q4 admin access review', '2027-Q1 admin access review']);
  });

  it('catches up after downtime with one campaign, due the full time after it is launched', async () => {
    // Down over the June run and past the September one: one campaign, for September.
    const outcomes = await runDueSchedules(connection.graph, new Date('2027-09-15T10:00:00Z'));
    expect(outcomes.map((o) => [o.runOn, o.campaignName])).toEqual([['2027-09-01', '2027-Q3 admin access review']]);
    const latest = (await campaigns()).at(-1);
    expect(latest).toMatchObject({ period: '2027-Q3', dueAt: '2027-10-15T23:59:59.999Z', status: 'active' });
    const listed = await admin<{ campaignSchedules: { lastRunOn: string; lastStatus: string; lastCampaignId: string }[] }>(LIST);
    expect(listed.data?.campaignSchedules[0]).toMatchObject({
      lastRunOn: '2027-09-01',
      lastStatus: 'launched',
      lastCampaignId: latest!.id,
    });
  });

  it('records a failed run in the audit log and waits for the next date', async () => {
    const added = await admin<{ addCampaignSchedule: { id: string } }>(ADD, {
      input: {
        name: 'Gone owner',
        cadence: 'EVERY_DAYS',
        everyDays: 7,
        firstRunOn: '2027-09-01',
        nameTemplate: 'Weekly {date}',
        scope: 'ALL',
        dueInDays: 5,
        owner: 'tom@acme.com',
      },
    });
    expect(added.errors).toBeNull();
    const outcomes = await runDueSchedules(connection.graph, new Date('2027-09-16T10:00:00Z'));
    expect(outcomes).toMatchObject([{ runOn: '2027-09-15', status: 'failed', campaignId: null }]);
    expect(outcomes[0]!.error).toMatch(/terminated/);
    expect((await audit('campaign.schedule.fail')).map((e) => e.targetId)).toEqual([added.data!.addCampaignSchedule.id]);
    expect(await runDueSchedules(connection.graph, new Date('2027-09-17T10:00:00Z'))).toEqual([]);
    const removed = await admin(`mutation($id: ID!) { removeCampaignSchedule(id: $id) { id } }`, {
      id: added.data!.addCampaignSchedule.id,
    });
    expect(removed.errors).toBeNull();
    expect(await audit('campaign.schedule.remove')).toHaveLength(1);
  });

  it('is run from the command line: add, list, run on the date', async () => {
    const added = await attest(
      [
        'campaign',
        'schedule',
        'add',
        '--name',
        'Monthly Jasper',
        '--monthly',
        '--first',
        '2027-10-31',
        '--scope',
        'apps',
        '--app',
        'Jasper',
        '--due-in-days',
        '10',
        '--owner',
        'sam@acme.com',
        '--campaign-name',
        'Jasper {period}',
      ],
      '2027-10-01',
    );
    expect(added.code, added.err).toBe(0);
    expect(added.out).toContain('first campaign is created on 2027-10-31');
    const listed = await attest(['campaign', 'schedule', 'list'], '2027-11-05');
    expect(listed.out).toMatch(/Monthly Jasper {2}monthly, scope apps, due in 10 days; not run yet; next 2027-11-30/);
    const ran = await attest(['campaign', 'schedule', 'run'], '2027-11-05T08:00:00Z');
    expect(ran.code).toBe(0);
    expect(ran.out).toContain('Schedule "Monthly Jasper": launched "Jasper 2027-10" (7 accounts) for 2027-10-31');
    const again = await attest(['campaign', 'schedule', 'run'], '2027-11-05T09:00:00Z');
    expect(again.out).toContain('No scheduled campaign is due.');
    expect((await campaigns()).filter((c) => c.name === 'Jasper 2027-10')).toMatchObject([
      { dueAt: '2027-11-15T23:59:59.999Z', populationCount: 7 },
    ]);
  }, 300_000);
});
