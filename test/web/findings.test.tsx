import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FINDING_FILTER_APPS_QUERY, FINDINGS_PAGE_QUERY } from '../../web/features/findings/findings.queries.js';
import { FINDING_NEIGHBOURHOOD_QUERY } from '../../web/features/findings/neighbourhood.queries.js';
import { filterAppsData, finding, findingConnection } from './fixtures.js';
import { mockQuery, renderApp } from './render.js';

const filterApps = mockQuery(FINDING_FILTER_APPS_QUERY, {}, filterAppsData);

describe('findings page', () => {
  it('turns the URL filters into query variables and shows the totals from the connection', async () => {
    renderApp('/findings?type=ORPHANED_ACCOUNT&app=app-jasper', [
      filterApps,
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: { types: ['ORPHANED_ACCOUNT'], apps: ['app-jasper'] }, first: 50 },
        {
          findings: {
            __typename: 'FindingConnection',
            totalCount: 3,
            totalMonthlyCost: 177,
            currency: 'USD',
            byType: [{ __typename: 'FindingTotal', type: 'ORPHANED_ACCOUNT', count: 3, monthlyCost: 177 }],
            pageInfo: { __typename: 'PageInfo', endCursor: 'f2', hasNextPage: true },
            nodes: [
              finding(),
              finding({ id: 'f-2', account: { __typename: 'AccountRef', id: 'acc-2', email: 'linus@example.com', status: 'ACTIVE' } }),
            ],
          },
        },
      ),
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: { types: ['ORPHANED_ACCOUNT'], apps: ['app-jasper'] }, first: 50, after: 'f2' },
        {
          findings: {
            __typename: 'FindingConnection',
            totalCount: 3,
            totalMonthlyCost: 177,
            currency: 'USD',
            byType: [{ __typename: 'FindingTotal', type: 'ORPHANED_ACCOUNT', count: 3, monthlyCost: 177 }],
            pageInfo: { __typename: 'PageInfo', endCursor: 'f3', hasNextPage: false },
            nodes: [finding({ id: 'f-3', account: { __typename: 'AccountRef', id: 'acc-3', email: 'ken@example.com', status: 'ACTIVE' } })],
          },
        },
      ),
    ]);

    expect(await screen.findByText('grace@example.com')).toBeDefined();
    expect(screen.getByText('3 findings').closest('p')?.textContent).toBe('3 findings match, $177.00/month at stake.');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Type' }).value).toBe('ORPHANED_ACCOUNT');
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'App' }).value).toBe('app-jasper'));

    const download = screen.getByRole('link', { name: 'Download CSV (3 findings)' });
    expect(download.getAttribute('href')).toBe('/api/findings.csv?type=ORPHANED_ACCOUNT&app=app-jasper');
    expect(download.hasAttribute('download')).toBe(true);

    const table = within(screen.getByRole('table', { name: /Findings/ }));
    expect(table.getAllByText('$59.00')).toHaveLength(2);
    expect(table.getAllByRole('link', { name: 'Grace Hopper' })[0]?.getAttribute('href')).toBe('/people/p-grace');

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('ken@example.com')).toBeDefined();
    expect(screen.getByText('Showing 3 of 3 findings')).toBeDefined();
  });

  it('keeps the order in the URL and asks the server for it', async () => {
    const { location } = renderApp('/findings?sort=COST', [
      filterApps,
      mockQuery(FINDINGS_PAGE_QUERY, { filter: null, first: 50, sort: 'COST' }, findingConnection([finding()])),
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: null, first: 50, sort: 'AGE' },
        findingConnection([
          finding({ id: 'f-9', account: { __typename: 'AccountRef', id: 'acc-9', email: 'old@example.com', status: 'ACTIVE' } }),
        ]),
      ),
    ]);
    expect(await screen.findByText('grace@example.com')).toBeDefined();
    const sort = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sort' });
    expect(sort.value).toBe('COST');
    expect(screen.getByRole('link', { name: /^Download CSV/ }).getAttribute('href')).toBe('/api/findings.csv?sort=COST');

    fireEvent.change(sort, { target: { value: 'AGE' } });
    await waitFor(() => expect(location()).toBe('/findings?sort=AGE'));
    expect(await screen.findByText('old@example.com', {}, { timeout: 3000 })).toBeDefined();
  });

  it('writes a changed filter to the URL', async () => {
    const emptyConnection = findingConnection();
    const { location } = renderApp('/findings', [
      filterApps,
      mockQuery(FINDINGS_PAGE_QUERY, { filter: null, first: 50 }, emptyConnection),
      mockQuery(FINDINGS_PAGE_QUERY, { filter: { severities: ['CRITICAL'] }, first: 50 }, emptyConnection),
    ]);

    expect(await screen.findByText('No findings: nothing needs action after the last sync.')).toBeDefined();
    fireEvent.change(screen.getByRole('combobox', { name: 'Severity' }), { target: { value: 'CRITICAL' } });

    await waitFor(() => expect(location()).toBe('/findings?severity=CRITICAL'));
    expect(await screen.findByText(/No findings match these filters/)).toBeDefined();
  });

  it('keeps each finding to one row and opens its suggested action and evidence from a details button', async () => {
    const long = 'a.very.long.account.name.for.testing@subsidiary.example.com';
    renderApp('/findings', [
      filterApps,
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: null, first: 50 },
        findingConnection([
          finding({ account: { __typename: 'AccountRef', id: 'acc-long', email: long, status: 'ACTIVE' } }),
          finding({ id: 'f-2', type: 'SOLE_ADMIN', severity: 'CRITICAL', account: null, person: null, monthlyCost: 0 }),
        ]),
      ),
      mockQuery(
        FINDING_NEIGHBOURHOOD_QUERY,
        { id: 'f-1' },
        {
          finding: {
            __typename: 'Finding',
            id: 'f-1',
            neighbourhood: {
              __typename: 'Neighbourhood',
              nodes: [
                { __typename: 'GraphNode', id: 'app-jasper', kind: 'app', label: 'Jasper', flagged: false, href: '/apps/app-jasper' },
                { __typename: 'GraphNode', id: 'acc-long', kind: 'account', label: long, flagged: true, href: null },
                { __typename: 'GraphNode', id: 'p-grace', kind: 'person', label: 'Grace Hopper', flagged: true, href: '/people/p-grace' },
              ],
              edges: [
                { __typename: 'GraphEdge', id: 'e1', source: 'acc-long', target: 'app-jasper', label: 'in' },
                { __typename: 'GraphEdge', id: 'e2', source: 'acc-long', target: 'p-grace', label: 'belongs to' },
              ],
            },
          },
        },
      ),
    ]);

    const table = within(await screen.findByRole('table', { name: /Findings/ }));
    expect(table.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Details',
      'Severity',
      'Type',
      'App',
      'Account',
      'Person',
      '$/month',
      'Open for',
      'Reason',
    ]);
    // A long email is cut visually but stays whole in its title.
    expect(table.getByText(long).getAttribute('title')).toBe(long);
    // The suggested action and evidence wait behind the row's button.
    expect(screen.queryByText('Deactivate the account and reclaim the seat')).toBeNull();
    expect(screen.queryByText('Person status: terminated')).toBeNull();

    const toggle = table.getByRole('button', { name: `Details: Orphaned account, ${long}, Jasper` });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    if (!details) throw new Error('the details button controls nothing');
    expect(within(details).getByText('Deactivate the account and reclaim the seat')).toBeDefined();
    expect(within(details).getByText('Person status: terminated')).toBeDefined();
    // The graph around it, described for screen readers edge by edge.
    expect(
      await within(details).findByRole('img', { name: `Graph of 3 facts: ${long} in Jasper; ${long} belongs to Grace Hopper.` }),
    ).toBeDefined();
    // A legend says what the drawing's shapes and arrows mean, naming only the kinds it shows.
    const legendList = details.querySelector<HTMLElement>('[aria-label="Graph legend"]');
    if (!legendList) throw new Error('the graph has no legend');
    const legend = within(legendList);
    expect(legend.getAllByRole('definition').map((entry) => entry.textContent)).toEqual([
      'person (HR record)',
      'app account',
      'app (opens its page)',
      'red outline: has findings, or disabled',
      'in: the account is in the app',
      'belongs to: belongs to this person',
    ]);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Deactivate the account and reclaim the seat')).toBeNull();

    // App-level findings say so instead of naming an account.
    const soleAdmin = table.getByRole('button', { name: 'Details: Sole admin, app-wide, Jasper' }).closest('tr');
    if (!soleAdmin) throw new Error('the sole-admin finding is not a table row');
    expect(within(soleAdmin).getByText('App-wide')).toBeDefined();
    expect(within(soleAdmin).getByText('No owner')).toBeDefined();
  });

  it('shows the money at stake in the currency the connection reports', async () => {
    renderApp('/findings', [
      filterApps,
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: null, first: 50 },
        {
          findings: {
            ...findingConnection([finding({ currency: 'EUR', monthlyCost: 40 })]).findings,
            currency: 'EUR',
          },
        },
      ),
    ]);

    expect((await screen.findByText('1 finding')).closest('p')?.textContent).toBe('1 finding match, €40.00/month at stake.');
    expect(within(screen.getByRole('table', { name: /Findings/ })).getByText('€40.00')).toBeDefined();
  });

  it('selects findings and posts just those for a CSV download', async () => {
    renderApp('/findings', [
      filterApps,
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: null, first: 50 },
        findingConnection([
          finding(),
          finding({ id: 'f-2', type: 'SOLE_ADMIN', severity: 'CRITICAL', account: null, person: null, monthlyCost: 0 }),
        ]),
      ),
    ]);
    const bar = within(await screen.findByRole('group', { name: 'Selected findings' }));
    expect(bar.getByRole('status').textContent).toBe('Select findings to export just those.');
    expect(bar.queryByRole('button', { name: 'Download the selected as CSV' })).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Sole admin, app-wide, Jasper' }));
    expect(bar.getByRole('status').textContent).toBe('1 finding selected.');
    const form = bar.getByRole('button', { name: 'Download the selected as CSV' }).closest('form');
    expect(form?.getAttribute('action')).toBe('/api/findings.csv');
    expect(form?.getAttribute('method')).toBe('post');
    expect(Array.from(form?.querySelectorAll('input[name="id"]') ?? []).map((input) => (input as HTMLInputElement).value)).toEqual(['f-2']);

    fireEvent.click(bar.getByRole('button', { name: 'Select all 2 shown' }));
    expect(bar.getByRole('status').textContent).toBe('2 findings selected.');
    fireEvent.click(bar.getByRole('button', { name: 'Clear the selection' }));
    expect(bar.getByRole('status').textContent).toBe('Select findings to export just those.');
  });

  it("searches from a box whose text is the URL's q, sent to the server with the other filters", async () => {
    const { location } = renderApp('/findings?severity=HIGH&q=grace', [
      filterApps,
      mockQuery(FINDINGS_PAGE_QUERY, { filter: { severities: ['HIGH'], search: 'grace' }, first: 50 }, findingConnection([finding()])),
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: { severities: ['HIGH'], search: 'linus' }, first: 50 },
        findingConnection([
          finding({ id: 'f-2', account: { __typename: 'AccountRef', id: 'acc-2', email: 'linus@example.com', status: 'ACTIVE' } }),
        ]),
      ),
    ]);
    expect(await screen.findByText('grace@example.com')).toBeDefined();
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search findings' });
    expect(box.value).toBe('grace');
    // The CSV download carries the search too.
    expect(screen.getByRole('link', { name: /^Download CSV/ }).getAttribute('href')).toBe('/api/findings.csv?severity=HIGH&q=grace');

    fireEvent.change(box, { target: { value: 'linus' } });
    const form = box.closest('form');
    if (!form) throw new Error('the search box is not in a form');
    fireEvent.submit(form);
    await waitFor(() => expect(location()).toBe('/findings?severity=HIGH&q=linus'));
    expect(await screen.findByText('linus@example.com')).toBeDefined();
    expect(screen.queryByText('grace@example.com')).toBeNull();
  });

  it('says how long each finding has been open, counted from when it was first detected', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000 - 3_600_000).toISOString();
    renderApp('/findings', [
      filterApps,
      mockQuery(
        FINDINGS_PAGE_QUERY,
        { filter: null, first: 50 },
        findingConnection([
          finding({ detectedAt: daysAgo(12) }),
          finding({
            id: 'f-2',
            detectedAt: daysAgo(0),
            account: { __typename: 'AccountRef', id: 'acc-2', email: 'linus@example.com', status: 'ACTIVE' },
          }),
        ]),
      ),
    ]);
    const table = within(await screen.findByRole('table', { name: /Findings/ }));
    const openFor = (email: string) => {
      const row = table.getByText(email).closest('tr');
      if (!row) throw new Error(`no row for ${email}`);
      return row.querySelector('td[data-label="Open for"]');
    };
    expect(openFor('grace@example.com')?.textContent).toBe('12 days');
    expect(openFor('grace@example.com')?.getAttribute('title')).toMatch(/^First seen \w{3} \d{1,2}, \d{4}/);
    expect(openFor('linus@example.com')?.textContent).toBe('today');
  });
});
