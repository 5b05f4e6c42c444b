import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../web/shared/apollo.js';
import { AUDIT_ACTIONS_QUERY, AUDIT_CHAIN_QUERY, AUDIT_EVENTS_QUERY } from '../../web/features/audit/audit.queries.js';
import { AuditPage } from '../../web/features/audit/AuditPage.js';
import { mockQuery, mockQueryErrors } from './render.js';
import type {
  AuditChainStatus_ChainFragment,
  AuditEventFilter,
  AuditEventsQuery,
  AuditEventsTable_EventFragment,
} from '../../web/graphql/graphql.js';

const HASH = 'ab12cd34ef56'.padEnd(64, '0');

function auditEvent(overrides: Partial<AuditEventsTable_EventFragment> = {}): AuditEventsTable_EventFragment {
  return {
    __typename: 'AuditEvent',
    id: 'ev-2',
    seq: 2,
    at: '2026-11-20T14:05:00.000Z',
    actorId: 'u-alice',
    actorName: 'Alice Admin',
    actorRole: 'admin',
    action: 'ownership.link',
    targetType: 'account',
    targetId: 'app-jasper:g.hopper.writes@gmail.com',
    targetName: 'g.hopper.writes@gmail.com in Jasper',
    changes: [
      { __typename: 'AuditChange', field: 'owner.email', before: null, after: 'grace@acme.com' },
      { __typename: 'AuditChange', field: 'owner.method', before: 'email', after: 'manual' },
    ],
    hash: HASH,
    ...overrides,
  };
}

function chain(overrides: Partial<AuditChainStatus_ChainFragment> = {}): AuditChainStatus_ChainFragment {
  return {
    __typename: 'AuditChain',
    ok: true,
    eventsChecked: 2,
    lastSeq: 2,
    lastHash: HASH,
    lastAt: '2026-11-20T14:05:00.000Z',
    firstBroken: null,
    anchorProblems: [],
    anchoredSeq: 2,
    ...overrides,
  };
}

function eventsPage(
  filter: AuditEventFilter | null,
  nodes: AuditEventsTable_EventFragment[],
  page: Partial<AuditEventsQuery['auditEvents']> = {},
  after?: string,
) {
  return mockQuery(AUDIT_EVENTS_QUERY, after ? { filter, first: 50, after } : { filter, first: 50 }, {
    auditEvents: {
      __typename: 'AuditEventConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      nodes,
      ...page,
    },
  });
}

const actionsMock = (actions: string[] = ['import', 'ownership.link', 'user.set_role']) =>
  mockQuery(AUDIT_ACTIONS_QUERY, {}, { auditActions: actions });

const chainMock = (data: AuditChainStatus_ChainFragment = chain()) => mockQuery(AUDIT_CHAIN_QUERY, {}, { auditChain: data });

/** The audit page at `path`, as the router will mount it (`audit` → AuditPage). */
function renderAudit(path: string, mocks: readonly MockLink.MockedResponse[]) {
  const current = { location: path };
  function LocationProbe() {
    const location = useLocation();
    useEffect(() => {
      current.location = `${location.pathname}${location.search}`;
    }, [location]);
    return null;
  }
  render(
    <MockedProvider mocks={[actionsMock(), ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="audit" element={<AuditPage />} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </MockedProvider>,
  );
  return { location: () => current.location };
}

describe('audit page', () => {
  it('says the chain is intact and lists events newest first, each change opening in place', async () => {
    renderAudit('/audit', [
      chainMock(),
      eventsPage(null, [
        auditEvent(),
        auditEvent({
          id: 'ev-1',
          seq: 1,
          action: 'import',
          targetType: 'source',
          targetId: 'hr-csv',
          targetName: null,
          changes: ['added', 'files', 'kind', 'recordsRead'].map((field, index) => ({
            __typename: 'AuditChange' as const,
            field,
            before: null,
            after: String(index + 2),
          })),
          actorId: 'system',
          actorName: 'Attest',
          actorRole: 'system',
        }),
      ]),
    ]);

    const status = await screen.findByText(/Audit chain intact/);
    expect(status.closest('p')?.textContent).toContain('2 events verified, the newest #2 at Nov 20, 2026, 14:05 UTC');
    expect(document.title).toBe('Audit log · Attest');

    const table = await screen.findByRole('table', { name: 'Audit events, newest first' });
    const [, newest, oldest] = within(table).getAllByRole('row');
    if (!newest || !oldest) throw new Error('events are not table rows');
    expect(within(newest).getByRole('rowheader').textContent).toBe('2');
    expect(newest.textContent).toContain('Alice Admin');
    expect(newest.textContent).toContain('ownership.link');
    expect(within(newest).getByText('ab12cd34ef56').getAttribute('title')).toBe(HASH);
    expect(oldest.textContent).toContain('Attest');
    expect(oldest.textContent).toContain('hr-csv');

    // The target by name, its id kept as the tooltip; a gone target by its id.
    expect(within(newest).getByText('g.hopper.writes@gmail.com in Jasper').getAttribute('title')).toBe(
      'account app-jasper:g.hopper.writes@gmail.com',
    );
    expect(within(oldest).getByText('hr-csv').getAttribute('title')).toBe('hr-csv');
    // A short change reads in the row, field: old → new; a long one opens in place.
    expect(
      within(newest)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['owner.email: (none) → to grace@acme.com', 'owner.method: email → to manual']);
    expect(within(newest).getByText('email').tagName).toBe('DEL');
    expect(within(newest).getByText('manual').tagName).toBe('INS');
    const summary = within(oldest).getByText('Show 4 changes');
    const details = summary.closest('details');
    expect(details?.open).toBe(false);
    fireEvent.click(summary);
    expect(details?.open).toBe(true);
    expect(within(oldest).getByText('recordsRead:', { exact: false }).closest('li')?.textContent).toBe('recordsRead: (none) → to 5');
    expect(screen.getByRole('link', { name: /Export CSV/ }).getAttribute('href')).toBe('/api/audit.csv');
    expect(screen.getByText('Showing 2 of 2 events')).toBeDefined();
  });

  it('says where the chain breaks, as an alert', async () => {
    renderAudit('/audit', [
      chainMock(
        chain({
          ok: false,
          eventsChecked: 4,
          firstBroken: {
            __typename: 'AuditChainBreak',
            seq: 5,
            eventId: null,
            problem: 'MISSING',
            detail: 'event #5 is missing: #6 follows #4',
          },
        }),
      ),
      eventsPage(null, [auditEvent()]),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Audit chain broken at event #5: an event is missing. event #5 is missing: #6 follows #4.');
    expect(alert.textContent).toContain('The 4 events before it verify.');
  });

  it('says when the log no longer matches its signed checkpoints, though the chain itself holds', async () => {
    renderAudit('/audit', [
      chainMock(chain({ ok: false, anchorProblems: ['TRUNCATED'], anchoredSeq: 9 })),
      eventsPage(null, [auditEvent()]),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Audit log does not match its signed checkpoints: events a signed checkpoint vouched for are gone from the end of the log.',
    );
  });

  it('reads the filters from the URL, and applying the form puts them back in it', async () => {
    const page = renderAudit('/audit?action=ownership.link', [
      chainMock(),
      eventsPage({ action: 'ownership.link' }, [auditEvent()]),
      eventsPage({ actor: 'alice', action: 'user.set_role', from: '2026-11-01' }, [auditEvent()]),
    ]);

    await screen.findByRole('table', { name: 'Audit events, newest first' });
    const form = screen.getByRole('form', { name: 'Filter audit events' });
    const picker = within(form).getByLabelText<HTMLSelectElement>('Action');
    expect(picker.tagName).toBe('SELECT');
    expect(picker.value).toBe('ownership.link');
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Any action', 'import', 'ownership.link', 'user.set_role']),
    );
    fireEvent.change(picker, { target: { value: 'user.set_role' } });
    fireEvent.change(within(form).getByLabelText('Who'), { target: { value: ' alice ' } });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '2026-11-01' } });
    expect(page.location()).toBe('/audit?action=ownership.link');
    fireEvent.click(within(form).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(page.location()).toBe('/audit?actor=alice&action=user.set_role&from=2026-11-01'));
    expect(await screen.findByRole('table', { name: 'Audit events, newest first' })).toBeDefined();
    // The export takes the same filter as the list.
    expect(screen.getByRole('link', { name: /Export CSV/ }).getAttribute('href')).toBe(
      '/api/audit.csv?actor=alice&action=user.set_role&from=2026-11-01',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Who').value).toBe('alice');
  });

  it('explains an empty filtered list and offers every event instead', async () => {
    renderAudit('/audit?targetId=nothing', [
      chainMock(chain({ eventsChecked: 0, lastSeq: null, lastHash: null, lastAt: null })),
      eventsPage({ targetId: 'nothing' }, []),
    ]);

    expect(await screen.findByText('No audit events match these filters.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Show all events' }).getAttribute('href')).toBe('/audit');
    expect(await screen.findByText(/nothing has been recorded yet/)).toBeDefined();
  });

  it('tells a role without access that it may not read the audit log', async () => {
    renderAudit('/audit', [
      mockQueryErrors(AUDIT_CHAIN_QUERY, {}, [
        { message: 'The finance role may not use Query.auditChain', extensions: { code: 'FORBIDDEN' } },
      ]),
      mockQueryErrors(AUDIT_EVENTS_QUERY, { filter: null, first: 50 }, [
        { message: 'The finance role may not use Query.auditEvents', extensions: { code: 'FORBIDDEN' } },
      ]),
    ]);

    expect(await screen.findByText(/Your role does not give access to this audit events\./)).toBeDefined();
    expect(await screen.findByText(/Your role does not give access to this audit chain\./)).toBeDefined();
  });

  it('loads older events after the newest page', async () => {
    renderAudit('/audit', [
      chainMock(),
      eventsPage(null, [auditEvent()], { totalCount: 2, pageInfo: { __typename: 'PageInfo', endCursor: 'czox', hasNextPage: true } }),
      eventsPage(null, [auditEvent({ id: 'ev-1', seq: 1, action: 'import' })], { totalCount: 2 }, 'czox'),
    ]);

    expect(await screen.findByText('Showing 1 of 2 events')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 2 of 2 events')).toBeDefined();
    const table = screen.getByRole('table', { name: 'Audit events, newest first' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1']);
  });

  it('lists the events again after "Verify chain", so one recorded since shows', async () => {
    renderAudit('/audit', [
      chainMock(),
      eventsPage(null, [auditEvent()]),
      chainMock(chain({ eventsChecked: 3, lastSeq: 3 })),
      eventsPage(null, [auditEvent({ id: 'ev-3', seq: 3, action: 'user.set_role', targetName: 'Fin Ance <fin@acme.com>' }), auditEvent()]),
    ]);

    expect(await screen.findByText('Showing 1 of 1 events')).toBeDefined();
    await screen.findByText(/2 events verified/);
    fireEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect(await screen.findByText('Showing 2 of 2 events')).toBeDefined();
    expect(await screen.findByText(/3 events verified/)).toBeDefined();
    expect(screen.getByText('Fin Ance <fin@acme.com>')).toBeDefined();
  });
});
