import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LeaverOutcome, LeaversPageQuery } from '../../web/graphql/graphql.js';
import { LEAVERS_PAGE_SIZE, LEAVERS_QUERY } from '../../web/features/leavers/leavers.queries.js';
import { mockQuery, renderApp, sessionAs } from './render.js';

type Row = LeaversPageQuery['leavers']['rows'][number];

function row(overrides: Partial<Row>): Row {
  return {
    __typename: 'LeaverRecord',
    personId: 'person-e2',
    personName: 'Grace Hopper',
    terminationDate: '2026-11-17',
    kind: 'account',
    recordId: 'acc-1',
    appName: 'Jasper',
    accountName: 'grace@acme.com',
    status: 'deactivated',
    removed: false,
    deprovisionedAt: '2026-11-17T20:00:00Z',
    source: 'FIRST_SEEN',
    hours: 20,
    slaHours: 24,
    outcome: 'WITHIN',
    findingId: null,
    ...overrides,
  };
}

const GRACE_OKTA = row({
  recordId: 'okta-1',
  kind: 'identity',
  appName: 'Okta',
  status: 'deprovisioned',
  deprovisionedAt: '2026-11-17T03:00:00Z',
  source: 'VENDOR',
  hours: 3,
});
const ALAN_JASPER = row({
  personId: 'person-e3',
  personName: 'Alan Turing',
  recordId: 'acc-2',
  accountName: 'alan@acme.com',
  removed: true,
  status: 'active',
  deprovisionedAt: '2026-11-18T20:00:00Z',
  hours: 44,
  outcome: 'LATE',
});
const ALAN_ZOOM = row({
  personId: 'person-e3',
  personName: 'Alan Turing',
  recordId: 'acc-3',
  appName: 'Zoom',
  accountName: 'alan@acme.com',
  status: 'active',
  deprovisionedAt: null,
  source: null,
  hours: null,
  slaHours: 48,
  outcome: 'ACTIVE',
  findingId: 'finding-orphan-alan-zoom',
});

function report(rows: Row[], page: { totalRows?: number; endCursor?: string | null } = {}): LeaversPageQuery {
  const endCursor = page.endCursor ?? null;
  return {
    leavers: {
      __typename: 'LeaverReport',
      slaHours: 24,
      leavers: 4,
      withinSla: 1,
      late: 1,
      pending: 1,
      unmeasured: 1,
      percentWithinSla: 50,
      totalRows: page.totalRows ?? rows.length,
      pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage: endCursor !== null },
      rows,
    },
  };
}

const leavers = (outcome: LeaverOutcome | null, rows: Row[]) =>
  mockQuery(LEAVERS_QUERY, { from: null, to: null, outcome, first: LEAVERS_PAGE_SIZE }, report(rows));

describe('Leavers page', () => {
  it('shows the SLA figure and each account with when it was deprovisioned and where that time comes from', async () => {
    renderApp('/leavers', [leavers(null, [row({}), GRACE_OKTA, ALAN_JASPER, ALAN_ZOOM])], { session: sessionAs('auditor') });

    expect(await screen.findByText('50 %')).toBeDefined();
    expect(screen.getByText('1 of 2 leavers (SLA 24 h)')).toBeDefined();
    const table = screen.getByRole('table');
    const [, grace, graceOkta, alanJasper, alanZoom] = within(table).getAllByRole('row');
    if (!grace || !graceOkta || !alanJasper || !alanZoom) throw new Error('rows missing');
    expect(grace.textContent).toContain('first seen by Attest');
    expect(grace.textContent).toContain('20 h of 24 h');
    expect(within(grace).getByText('Within SLA')).toBeDefined();
    expect(graceOkta.textContent).toContain('Okta identity');
    expect(graceOkta.textContent).toContain('from Okta');
    expect(alanJasper.textContent).toContain('active, removed');
    expect(within(alanJasper).getByText('Late')).toBeDefined();
    expect(within(alanZoom).getByText('Still active')).toBeDefined();
    expect(within(alanZoom).getByRole('link', { name: 'Orphaned account finding' }).getAttribute('href')).toBe(
      '/findings?type=ORPHANED_ACCOUNT&person=person-e3',
    );
    expect(within(alanZoom).getByRole('link', { name: 'Alan Turing' }).getAttribute('href')).toBe('/people/person-e3');
    expect(screen.getByRole('link', { name: /Export CSV/ }).getAttribute('href')).toBe('/api/leavers.csv');
    expect(screen.getByRole('link', { name: 'Leavers' }).getAttribute('aria-current')).toBe('page');
  });

  it('filters by outcome through the URL, and the CSV link follows the filter', async () => {
    const view = renderApp('/leavers', [leavers(null, [row({}), ALAN_JASPER]), leavers('LATE', [ALAN_JASPER])], {
      session: sessionAs('admin'),
    });
    await screen.findByText('50 %');
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'late' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(view.location()).toBe('/leavers?outcome=late'));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('table').textContent).toContain('Alan Turing');
    expect(screen.getByRole('table').textContent).not.toContain('Grace Hopper');
    expect(screen.getByRole('link', { name: /Export CSV/ }).getAttribute('href')).toBe('/api/leavers.csv?outcome=late');
  });

  it('shows the first page of accounts and loads the next on request, the KPI and the CSV covering every leaver', async () => {
    renderApp(
      '/leavers',
      [
        mockQuery(
          LEAVERS_QUERY,
          { from: null, to: null, outcome: null, first: LEAVERS_PAGE_SIZE },
          report([row({}), GRACE_OKTA], { totalRows: 4, endCursor: 'page-2' }),
        ),
        mockQuery(
          LEAVERS_QUERY,
          { from: null, to: null, outcome: null, first: LEAVERS_PAGE_SIZE, after: 'page-2' },
          report([ALAN_JASPER, ALAN_ZOOM], { totalRows: 4 }),
        ),
      ],
      { session: sessionAs('auditor') },
    );

    expect(await screen.findByText('Showing 2 of 4 accounts and identities')).toBeDefined();
    expect(screen.getByText('50 %')).toBeDefined();
    expect(screen.getByRole('table').textContent).not.toContain('Alan Turing');
    expect(screen.getByRole('link', { name: /Export CSV/ }).getAttribute('href')).toBe('/api/leavers.csv');

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(5));
    expect(screen.getByText('Showing 4 of 4 accounts and identities')).toBeDefined();
    const names = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((tr) => tr.querySelector('td')?.textContent);
    expect(names).toEqual(['Grace Hopper', 'Grace Hopper', 'Alan Turing', 'Alan Turing']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('is offered to auditors and admins only', async () => {
    renderApp('/leavers', [], { session: sessionAs('finance') });
    expect(await screen.findByText(/The Finance role does not include/)).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Leavers' })).toBeNull();
  });
});
