import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FINDING_FILTER_APPS_QUERY, FINDINGS_PAGE_QUERY } from '../../web/features/findings/findings.queries.js';
import { LEAVER_SLA_CARD_QUERY, OVERVIEW_PAGE_QUERY } from '../../web/features/overview/overview.queries.js';
import { ACTIVITY_HISTOGRAM_QUERY, KPI_QUARTERS_QUERY } from '../../web/features/overview/trend.queries.js';
import { IMPORT_KINDS_QUERY, SOURCES_PAGE_QUERY } from '../../web/features/sources/sources.queries.js';
import { FINDING_TYPES } from '../../web/shared/enums.js';
import { filterAppsData, finding, findingConnection, importKindsData, overview, recentLeaverSla, source, syncRun } from './fixtures.js';
import { mockQuery, renderApp } from './render.js';
import type { KpiTrendChart_QuarterFragment } from '../../web/graphql/graphql.js';

type DayPoint = KpiTrendChart_QuarterFragment['days'][number];

function dayPoint(day: string, dayOfQuarter: number, orphaned: number, waste: number): DayPoint {
  return {
    __typename: 'DailyKpi',
    day,
    dayOfQuarter,
    snapshot: {
      __typename: 'KpiSnapshot',
      id: `s-${day}`,
      monthlyWaste: waste,
      findingCounts: [
        { __typename: 'SnapshotFindingCount', type: 'ORPHANED_ACCOUNT', count: orphaned },
        { __typename: 'SnapshotFindingCount', type: 'PENDING_INVITE', count: 3 },
      ],
    },
  };
}

function quarters(thisDays: DayPoint[], lastDays: DayPoint[]) {
  return {
    kpiQuarters: {
      __typename: 'QuarterComparison' as const,
      thisQuarter: {
        __typename: 'QuarterTrend' as const,
        label: 'Q4 2026',
        start: '2026-10-01',
        end: '2026-12-31',
        dayCount: 92,
        days: thisDays,
      },
      lastQuarter: {
        __typename: 'QuarterTrend' as const,
        label: 'Q3 2026',
        start: '2026-07-01',
        end: '2026-09-30',
        dayCount: 92,
        days: lastDays,
      },
    },
  };
}

describe('overview page', () => {
  it('draws the trend by day, this quarter against the last on dated rows, with the same figures as a table', async () => {
    renderApp('/', [
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview()),
      mockQuery(
        KPI_QUARTERS_QUERY,
        {},
        quarters(
          [dayPoint('2026-10-01', 1, 40, 900), dayPoint('2026-11-01', 32, 31, 640)],
          [dayPoint('2026-07-01', 1, 50, 1200), dayPoint('2026-07-15', 15, 45, 1000)],
        ),
      ),
    ]);
    const table = await screen.findByRole('table', { name: 'Trend by day' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Day',
      'Orphaned accounts',
      'Pending invites',
      'Inactive users',
      'Sole-admin apps',
      'Waste per month, Q4 2026',
      'Waste per month, Q3 2026 (same day)',
    ]);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Oct 1, 2026', '40', '3', '0', '0', '$900.00', '$1,200.00 (Jul 1, 2026)'],
      ['Oct 15, 2026', '—', '—', '—', '—', '—', '$1,000.00 (Jul 15, 2026)'],
      ['Nov 1, 2026', '31', '3', '0', '0', '$640.00', '—'],
    ]);
    expect(screen.getByText(/Q4 2026 to date against Q3 2026/)).toBeDefined();
  });

  it('counts accounts by days since last activity and links the stale ranges to the inactive-user findings', async () => {
    const bucket = (range: string, minDays: number | null, accounts: number) => ({
      __typename: 'ActivityBucket' as const,
      range,
      minDays,
      accounts,
    });
    renderApp('/', [
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview()),
      mockQuery(
        ACTIVITY_HISTOGRAM_QUERY,
        {},
        {
          activityHistogram: [
            bucket('0-7', 0, 1200),
            bucket('8-30', 8, 300),
            bucket('31-60', 31, 40),
            bucket('61-90', 61, 12),
            bucket('91-180', 91, 9),
            bucket('181-365', 181, 4),
            bucket('366+', 366, 1),
            bucket('never', null, 7),
          ],
        },
      ),
    ]);
    const table = await screen.findByRole('table', { name: 'Days since last activity' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['0-7 d', '1,200'],
      ['8-30 d', '300'],
      ['31-60 d', '40'],
      ['61-90 d', '12'],
      ['91-180 d', '9'],
      ['181-365 d', '4'],
      ['366+ d', '1'],
      ['never', '7'],
    ]);
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['91-180 d', '/findings?type=INACTIVE_USER'],
      ['181-365 d', '/findings?type=INACTIVE_USER'],
      ['366+ d', '/findings?type=INACTIVE_USER'],
      ['never', '/findings?type=INACTIVE_USER'],
    ]);
  });

  it('says the trend starts with the next day of syncs when there has been only one', async () => {
    renderApp('/', [
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview()),
      mockQuery(KPI_QUARTERS_QUERY, {}, quarters([dayPoint('2026-10-01', 1, 40, 900)], [])),
    ]);
    expect(await screen.findByText('The trend starts with the next day of syncs: one day so far.')).toBeDefined();
  });

  it('shows finding counts and money from the API, formatted for reading', async () => {
    renderApp('/', [mockQuery(OVERVIEW_PAGE_QUERY, {}, overview())]);

    const cards = within(await screen.findByRole('region', { name: 'Findings' }));
    const orphaned = cards.getByRole('link', { name: /Orphaned accounts/ });
    expect(orphaned.textContent).toContain('1,234');
    expect(orphaned.textContent).toContain('$5,679/month');

    const invites = cards.getByRole('link', { name: /Pending invites/ });
    expect(invites.textContent).toContain('37');
    expect(invites.textContent).toContain('$2,183/month');

    const money = within(screen.getByRole('region', { name: 'Seats and money' }));
    expect(money.getByText('$48,250')).toBeDefined();
    expect(money.getByText('$12,346')).toBeDefined();
    expect(money.getByText('$148,148')).toBeDefined();
    expect(money.getByText('3,150 / 4,200')).toBeDefined();
    expect(money.getByText('75% of paid seats in real use')).toBeDefined();
  });

  it('links every finding card to the findings filtered by its type', async () => {
    renderApp('/', [mockQuery(OVERVIEW_PAGE_QUERY, {}, overview())]);

    const findings = within(await screen.findByRole('region', { name: 'Findings' }));
    const hrefs = findings.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(FINDING_TYPES.map((type) => `/findings?type=${type}`));
  });

  it('keeps the red accent for critical finding types that have findings and calms types with none', async () => {
    const base = overview();
    const counts = base.overview.findingCounts.map((total) =>
      total.type === 'SOLE_ADMIN' || total.type === 'EXTERNAL_ACCOUNT' ? { ...total, count: 0, monthlyCost: 0 } : total,
    );
    renderApp('/', [mockQuery(OVERVIEW_PAGE_QUERY, {}, overview({ findingCounts: counts }))]);

    const cards = within(await screen.findByRole('region', { name: 'Findings' }));
    const orphaned = cards.getByRole('link', { name: /Orphaned accounts/ });
    const soleAdmin = cards.getByRole('link', { name: /Sole-admin apps/ });
    const external = cards.getByRole('link', { name: /External accounts/ });
    const invites = cards.getByRole('link', { name: /Pending invites/ });

    expect(orphaned.classList.contains('kpi-attention')).toBe(true);
    for (const calm of [soleAdmin, external]) {
      expect(calm.classList.contains('kpi-attention')).toBe(false);
      expect(calm.classList.contains('kpi-calm')).toBe(true);
      expect(calm.textContent).toContain('None to review');
    }
    // Non-critical types with findings are flagged, but not in red.
    expect(invites.classList.contains('kpi-attention')).toBe(false);
    expect(invites.classList.contains('kpi-calm')).toBe(false);
  });

  it('lists monthly waste per app highest first, by cause, linking each figure to the findings that add up to it', async () => {
    renderApp('/', [mockQuery(OVERVIEW_PAGE_QUERY, {}, overview())]);

    const table = await screen.findByRole('table', { name: 'Monthly waste per app' });
    const links = within(table).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Jasper', '$177.00', 'Slack', '$150.50']);
    const allCauses =
      'type=ORPHANED_ACCOUNT&type=DUPLICATE_ACCOUNT&type=INACTIVE_USER&type=PENDING_INVITE&type=SUSPENDED_SEAT&type=UNASSIGNED_SEATS';
    expect(links[0]?.getAttribute('href')).toBe(`/findings?${allCauses}&app=app-jasper&sort=COST`);
    expect(links[1]?.getAttribute('href')).toBe('/findings?type=INACTIVE_USER&app=app-jasper&sort=COST');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['App', 'Inactive users', 'Waste per month', 'Waste per year']);
    expect(within(table).getByText('$2,124.00')).toBeDefined();
    expect(screen.getByText(/1 app with no waste is not shown/)).toBeDefined();
  });

  it('splits the monthly waste by cause, each line opening its findings, adding up to the total', async () => {
    renderApp('/', [mockQuery(OVERVIEW_PAGE_QUERY, {}, overview())]);

    const table = await screen.findByRole('table', { name: 'Where the monthly waste comes from' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['Orphaned accounts', '114', '$5,678.90'],
      ['Duplicate accounts', '15', '$708.00'],
      ['Inactive users', '76', '$3,775.77'],
      ['Pending invites', '44', '$2,183.00'],
      ['Suspended seats still billed', '0', '$0.00'],
      ['Apps with unassigned seats', '0', '$0.00'],
      ['All waste findings', '249', '$12,345.67'],
    ]);
    expect(within(table).getByRole('link', { name: 'Duplicate accounts' }).getAttribute('href')).toBe(
      '/findings?type=DUPLICATE_ACCOUNT&sort=COST',
    );
  });

  it('opens the findings of an app and cause when that part of its waste bar is clicked', async () => {
    const { location } = renderApp('/', [
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview()),
      mockQuery(FINDING_FILTER_APPS_QUERY, {}, filterAppsData),
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: { types: ['INACTIVE_USER'], apps: ['app-jasper'] }, first: 50, sort: 'COST' },
        findingConnection([finding()]),
      ),
    ]);

    const figure = (await screen.findByRole('heading', { name: 'Monthly waste per app' })).closest('figure');
    if (!figure) throw new Error('waste chart has no figure');
    await waitFor(() => expect(figure.querySelectorAll('.recharts-bar-rectangle path').length).toBe(2));
    const [firstBar] = figure.querySelectorAll('.recharts-bar-rectangle path');
    if (!firstBar) throw new Error('no bar drawn');
    fireEvent.click(firstBar);

    await waitFor(() => expect(location()).toBe('/findings?type=INACTIVE_USER&app=app-jasper&sort=COST'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Findings' })).toBeDefined();
    expect(await screen.findByText('grace@example.com')).toBeDefined();
  });

  it("splits each app's seats into active, inactive, pending and orphaned against what is paid, linking each to its findings", async () => {
    renderApp('/', [mockQuery(OVERVIEW_PAGE_QUERY, {}, overview())]);

    const table = await screen.findByRole('table', { name: 'Seat use per app' });
    const jasper = within(table).getByRole('row', { name: /^Jasper/ });
    expect(
      within(jasper)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '2', '1', '0', '0', '0', '5', '40%']);
    expect(
      within(jasper)
        .getByRole('link', { name: /2 inactive seats in Jasper/ })
        .getAttribute('href'),
    ).toBe('/findings?type=INACTIVE_USER&app=app-jasper');
    expect(
      within(jasper)
        .getByRole('link', { name: /1 pending invite seats in Jasper/ })
        .getAttribute('href'),
    ).toBe('/findings?type=PENDING_INVITE&app=app-jasper');
    // Largest paid capacity first.
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('th')?.textContent),
    ).toEqual(['Slack', 'Zoom', 'Jasper']);
  });

  it("opens an app's pending-invite findings when that part of its seat bar is clicked", async () => {
    const { location } = renderApp('/', [
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview()),
      mockQuery(FINDING_FILTER_APPS_QUERY, {}, filterAppsData),
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: { types: ['PENDING_INVITE'], apps: ['app-slack'] }, first: 50 },
        findingConnection([finding()]),
      ),
    ]);

    const figure = (await screen.findByRole('heading', { name: 'Seat use per app' })).closest('figure');
    if (!figure) throw new Error('seat chart has no figure');
    await waitFor(() => expect(figure.querySelectorAll('.recharts-bar').length).toBe(6));
    const pendingSeries = figure.querySelectorAll('.recharts-bar')[2];
    const slackPending = pendingSeries?.querySelector('.recharts-bar-rectangle path');
    if (!slackPending) throw new Error('no pending-invite bar drawn');
    fireEvent.click(slackPending);

    await waitFor(() => expect(location()).toBe('/findings?type=PENDING_INVITE&app=app-slack'));
  });

  it('warns about stale sources at the top, naming each with its age, and links to the sources page', async () => {
    const { location } = renderApp('/', [
      mockQuery(
        OVERVIEW_PAGE_QUERY,
        {},
        overview({
          staleSources: [
            { __typename: 'Source', scope: 'okta-users', kind: 'okta-users', daysSinceSync: 12 },
            { __typename: 'Source', scope: 'slack-users:Slack', kind: 'slack-users', daysSinceSync: 9 },
            { __typename: 'Source', scope: 'hr-csv', kind: 'hr-csv', daysSinceSync: null },
          ],
        }),
      ),
      mockQuery(SOURCES_PAGE_QUERY, { first: 50 }, { sources: [source()], syncRuns: [syncRun()] }),
      mockQuery(IMPORT_KINDS_QUERY, {}, importKindsData),
    ]);

    const banner = (await screen.findByText(/3 sources not synced for more than 7 days/)).closest('.callout');
    if (!(banner instanceof HTMLElement)) throw new Error('the warning is not a callout');
    expect(banner.textContent).toContain('okta-users (12 days), slack-users:Slack (9 days), hr-csv (never synced successfully)');
    // It comes before the headline figures.
    const figures = screen.getByRole('region', { name: 'Seats and money' });
    expect(banner.compareDocumentPosition(figures) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const link = within(banner).getByRole('link');
    expect(link.getAttribute('href')).toBe('/sources');
    fireEvent.click(link);
    await waitFor(() => expect(location()).toBe('/sources'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeDefined();
    expect(await screen.findByRole('table', { name: 'Sources and when they last synced' })).toBeDefined();
  });

  it('shows no stale-sources warning when every source is fresh', async () => {
    renderApp('/', [mockQuery(OVERVIEW_PAGE_QUERY, {}, overview({ staleSources: [] }))]);
    expect(await screen.findByRole('region', { name: 'Seats and money' })).toBeDefined();
    expect(screen.queryByText(/not synced for more than/)).toBeNull();
  });

  it('shows the leaver SLA figure, linking to the Leavers page', async () => {
    renderApp('/', [mockQuery(OVERVIEW_PAGE_QUERY, {}, overview()), mockQuery(LEAVER_SLA_CARD_QUERY, {}, recentLeaverSla())]);
    const figures = await screen.findByRole('region', { name: 'Leavers' });
    expect(await within(figures).findByText('Leavers deprovisioned within SLA')).toBeDefined();
    expect(within(figures).getByText('70 %')).toBeDefined();
    const link = within(figures).getByRole('link', { name: '7 of 10 leavers of the last 90 days within 24 h' });
    expect(link.getAttribute('href')).toBe('/leavers');
  });

  it('shows the headline figures while the leaver tile is still loading', async () => {
    renderApp('/', [
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview()),
      mockQuery(LEAVER_SLA_CARD_QUERY, {}, recentLeaverSla(), { delay: Infinity }),
    ]);
    const money = await screen.findByRole('region', { name: 'Seats and money' });
    expect(within(money).getByText('$12,345.67')).toBeDefined();
    const leavers = screen.getByRole('region', { name: 'Leavers' });
    expect(within(leavers).getByRole('status').textContent).toContain('Loading the leaver SLA');
    expect(within(leavers).queryByText('70 %')).toBeNull();
  });

  it('shows a busy skeleton while the overview loads', async () => {
    renderApp('/', [mockQuery(OVERVIEW_PAGE_QUERY, {}, overview(), { delay: Infinity })]);

    const status = await screen.findByRole('status');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toContain('Loading the overview');
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeDefined();
  });
});
