/**
 * The former-personnel test on a real graph: HR terminates people, later imports show their accounts
 * deactivated or removed at different times (the importer's now), and the leaver report times each
 * against the SLA, with an app's own SLA, Okta's statusChanged where Okta gives it, the KPI, the
 * orphaned-account finding of an account still active, and the CSV.
 */
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { collectEvidence } from '../../server/evidence/collect.js';
import { renderReportHtml } from '../../server/evidence/report-html.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createLeaversExportRouter } from '../../server/http/leavers-export.js';
import { applyAppSettings } from '../../server/ingest/app-settings.js';
import { importSource, type ImportRequest } from '../../server/ingest/import-source.js';
import { setLeaverSlaHours } from '../../server/leavers/leaver-sla-setting.js';
import { apiClient, TEST_ADMIN, type GraphQLResult } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { createReviewFixture, type FixturePerson } from '../support/review-fixture.js';

const HR_HEADER = 'Employee #,First Name,Last Name,Work Email,Department,Job Title,Supervisor Email,Status,Hire Date,Termination Date';
const HR = [
  'E1,Ada,Lovelace,ada@acme.com,Engineering,CTO,,Active,2020-01-06,',
  'E2,Grace,Hopper,grace@acme.com,Engineering,Engineer,ada@acme.com,Terminated,2021-03-01,2026-11-17',
  'E3,Alan,Turing,alan@acme.com,Engineering,Engineer,ada@acme.com,Terminated,2021-05-01,2026-11-17',
  'E4,Bob,Kahn,bob@acme.com,Engineering,Engineer,ada@acme.com,Terminated,2022-05-01,2026-11-20',
  'E5,Carl,Sagan,carl@acme.com,Engineering,Engineer,ada@acme.com,Terminated,2019-05-01,2026-10-01',
];
const ACCOUNTS_HEADER = 'Email,Name,Role,Status,Invited at,Last active';
const account = (email: string, status: string, lastActive = '2026-11-10'): string =>
  `${email},${email.split('@')[0]},Member,${status},,${lastActive}`;

/** Okta users as GET /api/v1/users lists them (the fields the importer reads). */
const oktaUser = (id: string, email: string, employeeNumber: string, status: string, statusChanged: string) => ({
  id,
  status,
  created: '2021-01-01T09:00:00.000Z',
  activated: '2021-01-01T09:00:00.000Z',
  statusChanged,
  lastLogin: '2026-11-16T09:00:00.000Z',
  profile: { firstName: email.split('@')[0], lastName: 'Test', email, login: email, employeeNumber },
});

interface Row {
  personName: string;
  appName: string;
  kind: string;
  accountName: string;
  status: string;
  removed: boolean;
  deprovisionedAt: string | null;
  source: string | null;
  hours: number | null;
  slaHours: number;
  outcome: string;
  leaverOutcome: string;
  findingId: string | null;
}
interface Report {
  slaHours: number;
  leavers: number;
  withinSla: number;
  late: number;
  pending: number;
  unmeasured: number;
  percentWithinSla: number | null;
  rows: Row[];
}

const REPORT = `query Leavers($from: String, $to: String, $outcome: LeaverOutcome) {
  leavers(from: $from, to: $to, outcome: $outcome) {
    slaHours leavers withinSla late pending unmeasured percentWithinSla
    rows { personName appName kind accountName status removed deprovisionedAt source hours slaHours outcome leaverOutcome findingId }
  }
}`;

describe('leavers: deprovisioning timed against the SLA', () => {
  let connection: GraphConnection;
  let server: Server;
  let base: string;
  const previousNow = process.env.ATTEST_NOW;
  const dir = mkdtempSync(join(tmpdir(), 'attest-leavers-'));
  const catalog = loadCatalog();
  const at = (iso: string): Date => new Date(iso);
  const file = (name: string, text: string): { path: string; name: string } => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return { path, name };
  };
  const accounts = (app: string, lines: string[]): ImportRequest => ({
    kind: 'accounts-csv',
    app,
    files: [file(`${app}.csv`, `${[ACCOUNTS_HEADER, ...lines].join('\r\n')}\r\n`)],
  });
  const report = async (variables: Record<string, unknown> = {}): Promise<Report> => {
    const gql = await apiClient(connection.graph, { ...TEST_ADMIN, role: 'auditor' });
    const answer = await gql<{ leavers: Report }>(REPORT, variables);
    expect(answer.errors).toBeNull();
    if (!answer.data) throw new Error('no data');
    return answer.data.leavers;
  };
  const rowOf = (rows: Row[], person: string, app: string): Row => {
    const found = rows.find((row) => row.personName.startsWith(person) && row.appName === app);
    if (!found) throw new Error(`no row for ${person} in ${app}: ${JSON.stringify(rows.map((r) => [r.personName, r.appName]))}`);
    return found;
  };

  beforeAll(async () => {
    connection = await freshGraph();
    const { graph } = connection;
    const t0 = at('2026-11-16T09:00:00Z');
    await importSource(graph, catalog, t0, { kind: 'hr-csv', files: [file('hr.csv', `${[HR_HEADER, ...HR].join('\r\n')}\r\n`)] });
    const everyone = ['ada@acme.com', 'grace@acme.com', 'alan@acme.com', 'bob@acme.com'].map((email) => account(email, 'Active'));
    await importSource(graph, catalog, t0, accounts('Jasper', [...everyone, account('carl@acme.com', 'Deactivated')]));
    await importSource(graph, catalog, t0, accounts('Zoom', [account('grace@acme.com', 'Active'), account('alan@acme.com', 'Active')]));
    await applyAppSettings(graph, catalog, { name: 'Zoom', thresholds: { leaverSlaHours: 48 } });

    // 20 h after Grace's termination date her Jasper account is deactivated.
    const t1 = at('2026-11-17T20:00:00Z');
    const graceOff = account('grace@acme.com', 'Deactivated');
    const rest = ['ada@acme.com', 'alan@acme.com', 'bob@acme.com'].map((email) => account(email, 'Active'));
    await importSource(graph, catalog, t1, accounts('Jasper', [graceOff, ...rest, account('carl@acme.com', 'Deactivated')]));

    // 44 h after: Alan's Jasper account and Grace's Zoom account are gone; Okta says when Grace was deprovisioned.
    const t2 = at('2026-11-18T20:00:00Z');
    const stillThere = ['ada@acme.com', 'bob@acme.com'].map((email) => account(email, 'Active'));
    await importSource(graph, catalog, t2, accounts('Jasper', [graceOff, ...stillThere, account('carl@acme.com', 'Deactivated')]));
    await importSource(graph, catalog, t2, accounts('Zoom', [account('alan@acme.com', 'Active')]));
    const okta = [
      oktaUser('00u1', 'ada@acme.com', 'E1', 'ACTIVE', '2021-01-01T09:00:00.000Z'),
      oktaUser('00u2', 'grace@acme.com', 'E2', 'DEPROVISIONED', '2026-11-17T03:00:00.000Z'),
    ];
    await importSource(graph, catalog, t2, { kind: 'okta-users', files: [file('users.json', JSON.stringify(okta))] });

    // A later import that changes Grace's deactivated row keeps when Attest first saw it deactivated.
    const t3 = at('2026-11-19T18:00:00Z');
    const graceChanged = account('grace@acme.com', 'Deactivated', '2026-11-16');
    await importSource(graph, catalog, t3, accounts('Jasper', [graceChanged, ...stillThere, account('carl@acme.com', 'Deactivated')]));

    process.env.ATTEST_NOW = TEST_NOW;
    const app = express();
    app.use('/api', createLeaversExportRouter(graph));
    server = app.listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    if (previousNow === undefined) delete process.env.ATTEST_NOW;
    else process.env.ATTEST_NOW = previousNow;
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('times each account and identity from the termination date, with the app override and Okta statusChanged', async () => {
    const { rows, slaHours } = await report();
    expect(slaHours).toBe(24);

    expect(rowOf(rows, 'Grace', 'Jasper')).toMatchObject({
      status: 'deactivated',
      deprovisionedAt: '2026-11-17T20:00:00Z',
      source: 'FIRST_SEEN',
      hours: 20,
      outcome: 'WITHIN',
    });
    // 44 h is late against the organization's 24 h, within Zoom's own 48 h.
    expect(rowOf(rows, 'Grace', 'Zoom')).toMatchObject({ removed: true, hours: 44, slaHours: 48, outcome: 'WITHIN', source: 'FIRST_SEEN' });
    expect(rowOf(rows, 'Grace', 'Okta')).toMatchObject({
      kind: 'identity',
      deprovisionedAt: '2026-11-17T03:00:00Z',
      source: 'VENDOR',
      hours: 3,
      outcome: 'WITHIN',
    });
    expect(rowOf(rows, 'Grace', 'Jasper').leaverOutcome).toBe('WITHIN');

    expect(rowOf(rows, 'Alan', 'Jasper')).toMatchObject({ removed: true, hours: 44, slaHours: 24, outcome: 'LATE', findingId: null });
    const alanZoom = rowOf(rows, 'Alan', 'Zoom');
    expect(alanZoom).toMatchObject({ status: 'active', deprovisionedAt: null, outcome: 'ACTIVE', leaverOutcome: 'LATE' });
    expect(alanZoom.findingId).toMatch(/./);

    // Bob's SLA runs until 2026-11-21; Carl's account was already deactivated when Attest first saw it, weeks after he left.
    expect(rowOf(rows, 'Bob', 'Jasper')).toMatchObject({ outcome: 'PENDING', leaverOutcome: 'PENDING' });
    expect(rowOf(rows, 'Carl', 'Jasper')).toMatchObject({ outcome: 'UNKNOWN', leaverOutcome: 'UNKNOWN', hours: 1113 });
  });

  it('links the still-active account to its orphaned-account finding', async () => {
    const { rows } = await report({ outcome: 'ACTIVE' });
    expect(rows.map((row) => `${row.personName} ${row.appName}`)).toEqual(['Alan Turing Zoom']);
    const gql = await apiClient(connection.graph);
    const finding = await gql<{ finding: { type: string; account: { email: string } | null } }>(
      `query F($id: ID!) { finding(id: $id) { type account { email } } }`,
      { id: rows[0]?.findingId },
    );
    expect(finding.data?.finding).toMatchObject({ type: 'ORPHANED_ACCOUNT', account: { email: 'alan@acme.com' } });
  });

  it('counts the KPI over leavers whose outcome is settled, filtered by termination date', async () => {
    expect(await report()).toMatchObject({ leavers: 4, withinSla: 1, late: 1, pending: 1, unmeasured: 1, percentWithinSla: 50 });
    expect(await report({ from: '2026-11-01', to: '2026-11-19' })).toMatchObject({
      leavers: 2,
      withinSla: 1,
      late: 1,
      percentWithinSla: 50,
    });

    const gql = await apiClient(connection.graph);
    const overview = await gql<{ overview: { leaverSla: { percentWithinSla: number; withinSla: number; late: number } } }>(
      `{ overview { leaverSla { percentWithinSla withinSla late } } }`,
    );
    expect(overview.data?.overview.leaverSla).toEqual({ percentWithinSla: 50, withinSla: 1, late: 1 });
  });

  it("the overview's tile times the same leavers as the Leavers page over its 90 days", async () => {
    const gql = await apiClient(connection.graph);
    const KPI = 'from to slaHours leavers withinSla late pending unmeasured percentWithinSla';
    const overview = await gql<{ overview: { leaverSla: { from: string; to: string; leavers: number } } }>(
      `{ overview { leaverSla { ${KPI} } } }`,
    );
    const tile = overview.data?.overview.leaverSla;
    expect(tile?.leavers).toBeGreaterThan(0);
    const page = await gql<{ leavers: unknown }>(`query($from: String, $to: String) { leavers(from: $from, to: $to) { ${KPI} } }`, {
      from: tile?.from,
      to: tile?.to,
    });
    expect(page.data?.leavers).toEqual(tile);
  });

  it("times the tile by the organization's SLA alone once no app has its own, still as the Leavers page does", async () => {
    const { graph } = connection;
    await graph.write('MATCH (app:App {name: $name}) REMOVE app.leaverSlaHours', { name: 'Zoom' }, 'test');
    try {
      const gql = await apiClient(graph);
      const KPI = 'from to slaHours leavers withinSla late pending unmeasured percentWithinSla';
      const overview = await gql<{ overview: { leaverSla: { from: string; to: string; withinSla: number; late: number } } }>(
        `{ overview { leaverSla { ${KPI} } } }`,
      );
      const tile = overview.data?.overview.leaverSla;
      // Grace's Zoom account went 44 h after she left: late against the organization's 24 h, so Grace is late too.
      expect(tile).toMatchObject({ withinSla: 0, late: 2 });
      const page = await gql<{ leavers: unknown }>(`query($from: String, $to: String) { leavers(from: $from, to: $to) { ${KPI} } }`, {
        from: tile?.from,
        to: tile?.to,
      });
      expect(page.data?.leavers).toEqual(tile);
    } finally {
      await applyAppSettings(graph, catalog, { name: 'Zoom', thresholds: { leaverSlaHours: 48 } });
    }
  });

  it('pages through the rows in the same order, with the total and the KPI on every page, while the CSV stays whole', async () => {
    const PAGE = `query Page($first: Int, $after: String) {
      leavers(first: $first, after: $after) { leavers percentWithinSla totalRows pageInfo { endCursor hasNextPage } rows { personName appName } }
    }`;
    type Page = {
      leavers: number;
      percentWithinSla: number | null;
      totalRows: number;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
    const gql = await apiClient(connection.graph, { ...TEST_ADMIN, role: 'auditor' });
    const all = (await report()).rows.map((row) => `${row.personName} ${row.appName}`);
    expect(all.length).toBeGreaterThan(4);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const answer: GraphQLResult<{ leavers: Page & { rows: { personName: string; appName: string }[] } }> = await gql<{
        leavers: Page & { rows: { personName: string; appName: string }[] };
      }>(PAGE, { first: 3, after });
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      const page: Page & { rows: { personName: string; appName: string }[] } = answer.data.leavers;
      expect(page).toMatchObject({ leavers: 4, percentWithinSla: 50, totalRows: all.length });
      expect(page.rows.length).toBeLessThanOrEqual(3);
      seen.push(...page.rows.map((row) => `${row.personName} ${row.appName}`));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 3));

    const csv = parse<Record<string, string>>(await (await fetch(`${base}/api/leavers.csv`)).text(), { columns: true });
    expect(csv).toHaveLength(all.length);
  });

  it('exports the rows as CSV with the filter of the page', async () => {
    const response = await fetch(`${base}/api/leavers.csv?outcome=late`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const records = parse<Record<string, string>>(await response.text(), { columns: true });
    expect(records).toEqual([
      expect.objectContaining({
        person: 'Alan Turing',
        app: 'Jasper',
        status: 'active (removed)',
        deprovisioned_at: '2026-11-18T20:00:00Z',
        deprovisioned_time_from: 'first seen by Attest',
        hours_after_termination: '44',
        sla_hours: '24',
        outcome: 'late',
        leaver_outcome: 'late',
      }),
    ]);
    expect((await fetch(`${base}/api/leavers.csv?from=yesterday`)).status).toBe(400);
  });

  it("puts the test for the campaign's period in its evidence report", async () => {
    const auditor: FixturePerson = { id: 'person-auditor', name: 'Ann Auditor', email: 'ann@acme.com' };
    await createReviewFixture(connection.graph, {
      id: 'campaign-q4',
      name: '2026-Q4 access review',
      period: '2026-Q4',
      status: 'active',
      dueAt: '2026-12-15T00:00:00.000Z',
      owner: auditor,
      createdAt: '2026-11-01T09:00:00.000Z',
      launchedAt: '2026-11-01T10:00:00.000Z',
      by: auditor,
      items: [
        {
          id: 'item-1',
          account: { id: 'fixture-account', appId: 'app-fixture', appName: 'Fixture', email: 'x@acme.com', roles: [], owner: null },
          reviewer: auditor,
          recommendation: 'review',
          recommendationReason: 'no owner',
        },
      ],
    });
    const evidence = await collectEvidence(connection.graph, 'campaign-q4', new Date(TEST_NOW));
    expect(evidence.leavers).toMatchObject({ from: '2026-10-01', to: '2026-12-31', leavers: 4, withinSla: 1, late: 1 });
    const html = renderReportHtml(evidence, { generatedBy: 'test', generator: 'Attest test' });
    expect(html).toContain('<h2>Former personnel</h2>');
    expect(html).toContain('terminated from 2026-10-01 to 2026-12-31');
    expect(html).toContain('50% (1 of 2)');
    expect(html).toMatch(
      /Alan Turing<\/td><td>2026-11-17<\/td><td>Jasper<\/td><td>alan@acme.com<\/td><td>2026-11-18 20:00 UTC \(first seen by Attest\)<\/td><td>44<\/td><td>24<\/td><td>late/,
    );
  });

  it('follows a change of the organization SLA', async () => {
    await setLeaverSlaHours(connection.graph, 48);
    const { rows, withinSla, late } = await report();
    expect(rowOf(rows, 'Alan', 'Jasper')).toMatchObject({ slaHours: 48, outcome: 'WITHIN' });
    // Alan's Zoom account is still active past Zoom's 48 h, so Alan is still late.
    expect({ withinSla, late }).toEqual({ withinSla: 1, late: 1 });
  });
});
