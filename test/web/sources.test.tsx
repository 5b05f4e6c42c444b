import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OVERVIEW_PAGE_QUERY } from '../../web/features/overview/overview.queries.js';
import { BATON_FILES_QUERY } from '../../web/features/sources/baton-files.queries.js';
import { CONNECTIONS_QUERY, CONNECTOR_KINDS_QUERY } from '../../web/features/sources/connections.queries.js';
import { IMPORT_APPS_QUERY, IMPORT_KINDS_QUERY, SOURCES_PAGE_QUERY } from '../../web/features/sources/sources.queries.js';
import { FakeXhr, installFakeXhr } from './fakeXhr.js';
import { importKindsData, overview, source, syncRun } from './fixtures.js';
import { mockQuery, renderApp } from './render.js';
import type { SourcesPageQuery } from '../../web/graphql/graphql.js';

function sourcesPage(data: Partial<SourcesPageQuery> = {}) {
  return mockQuery(SOURCES_PAGE_QUERY, { first: 50 }, { sources: [source()], syncRuns: [syncRun()], ...data });
}

/** The upload form's kinds, and the connections and Baton sections above it (none of either). */
const kinds = [
  mockQuery(IMPORT_KINDS_QUERY, {}, importKindsData),
  mockQuery(CONNECTIONS_QUERY, {}, { connections: [] }),
  mockQuery(CONNECTOR_KINDS_QUERY, {}, { connectorKinds: [] }),
  mockQuery(BATON_FILES_QUERY, {}, { batonFiles: [] }),
];

const knownApps = mockQuery(
  IMPORT_APPS_QUERY,
  {},
  {
    importApps: [
      { __typename: 'ImportApp', name: 'Jasper', catalogKey: 'jasper', inGraph: true },
      { __typename: 'ImportApp', name: 'Notion', catalogKey: 'notion', inGraph: false },
    ],
  },
);

/** Picks a kind, the app (a known one, or "New app…" and a name) when given, chooses the files and presses Import. */
async function startImport(kind: string, files: File[], appFields: { app?: string; newApp?: string } = {}): Promise<FakeXhr> {
  fireEvent.change(await screen.findByLabelText('Kind of source'), { target: { value: kind } });
  if (appFields.app !== undefined) {
    await screen.findByRole('option', { name: appFields.app });
    fireEvent.change(screen.getByLabelText('App'), { target: { value: appFields.app } });
  }
  if (appFields.newApp !== undefined) {
    fireEvent.change(await screen.findByLabelText('App'), { target: { value: '+new' } });
    fireEvent.change(screen.getByLabelText('App name'), { target: { value: appFields.newApp } });
  }
  fireEvent.change(screen.getByLabelText('Files'), { target: { files } });
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  return FakeXhr.only();
}

const hrFile = () => new File(['employeeId,email\nE-1,ada@example.com\n'], 'hr.csv', { type: 'text/csv' });

describe('sources page', () => {
  it('shows the watched Baton folder’s files: the last import of each, and why a changed one was not imported', async () => {
    const file = { __typename: 'BatonFile' as const, checkedAt: '2026-11-20T06:00:00Z', importedSha256: 'a'.repeat(64) };
    renderApp('/sources', [
      sourcesPage(),
      ...kinds.slice(0, 3),
      mockQuery(
        BATON_FILES_QUERY,
        {},
        {
          batonFiles: [
            { ...file, name: 'Salesforce.c1z', app: 'Salesforce', status: 'imported', error: null, importedAt: '2026-11-20T06:00:00Z' },
            {
              ...file,
              name: 'okta.c1z',
              app: 'Okta',
              status: 'failed',
              error: 'okta.c1z: the zstd stream is corrupt or cut short',
              importedAt: null,
              importedSha256: null,
            },
          ],
        },
      ),
    ]);
    const table = await screen.findByRole('table', { name: 'Baton files in the watched folder and their last import' });
    const failed = within(table).getByRole('rowheader', { name: 'okta.c1z' }).closest('tr');
    if (!failed) throw new Error('okta.c1z is not a table row');
    expect(within(failed).getByText('failed')).toBeTruthy();
    expect(within(failed).getByText('okta.c1z: the zstd stream is corrupt or cut short')).toBeTruthy();
    expect(within(failed).getByText('Never')).toBeTruthy();
    const imported = within(table).getByRole('rowheader', { name: 'Salesforce.c1z' }).closest('tr');
    expect(imported?.textContent).toContain('sha256 aaaaaaaaaaaa…');
  });

  it('shows no Baton section when the server watches no folder', async () => {
    renderApp('/sources', [sourcesPage(), ...kinds]);
    await screen.findByRole('heading', { name: /Connections/ });
    await screen.findByLabelText('Kind of source');
    expect(screen.queryByRole('heading', { name: /Baton files/ })).toBeNull();
  });

  it('lists sources with their last sync and flags a stale one', async () => {
    renderApp('/sources', [
      sourcesPage({
        sources: [
          source(),
          source({
            scope: 'okta-users',
            kind: 'okta-users',
            lastSyncedAt: '2026-03-19T06:00:00Z',
            daysSinceSync: 12,
            stale: true,
            lastStatus: 'failed',
            runs: 9,
          }),
        ],
      }),
      ...kinds,
    ]);

    const table = await screen.findByRole('table', { name: 'Sources and when they last synced' });
    const okta = within(table).getByRole('rowheader', { name: 'okta-users' }).closest('tr');
    const hr = within(table).getByRole('rowheader', { name: 'hr-csv' }).closest('tr');
    if (!okta || !hr) throw new Error('sources are not table rows');
    expect(within(okta).getByText('Stale').getAttribute('title')).toContain('more than 7 days');
    expect(okta.textContent).toContain('Mar 19, 2026, 06:00 UTC');
    expect(okta.textContent).toContain('12 days ago');
    expect(within(okta).getByText('Failed').className).toContain('tone-bad');
    expect(within(okta).getByText('9')).toBeDefined();
    expect(within(hr).queryByText('Stale')).toBeNull();
    expect(hr.textContent).toContain('yesterday');
    expect(within(hr).getByText('Succeeded')).toBeDefined();
    expect(screen.getByText(/1 of 2 sources is stale: import fresh data below/)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Sources' }).getAttribute('aria-current')).toBe('page');
  });

  it('says a source is still reconciling when its last import is written but not yet reconciled', async () => {
    renderApp('/sources', [
      sourcesPage({
        sources: [source({ reconciling: true }), source({ scope: 'okta-users', kind: 'okta-users' })],
        syncRuns: [syncRun({ reconciling: true }), syncRun({ id: 'run-0', startedAt: '2026-03-29T08:00:00Z' })],
      }),
      ...kinds,
    ]);

    const table = await screen.findByRole('table', { name: 'Sources and when they last synced' });
    const hr = within(table).getByRole('rowheader', { name: 'hr-csv' }).closest('tr');
    const okta = within(table).getByRole('rowheader', { name: 'okta-users' }).closest('tr');
    if (!hr || !okta) throw new Error('sources are not table rows');
    expect(within(hr).getByText('Reconciling').getAttribute('title')).toContain('findings may be out of date');
    expect(within(hr).getByText('Succeeded')).toBeDefined();
    expect(within(okta).queryByText('Reconciling')).toBeNull();
    const history = screen.getByRole('table', { name: 'Sync history, newest first' });
    expect(within(history).getAllByText('Reconciling')).toHaveLength(1);
  });

  it('shows the sync history with a short hash and opens a failed run to its errors', async () => {
    renderApp('/sources', [
      sourcesPage({
        syncRuns: [
          syncRun({
            id: 'run-2',
            kind: 'okta-users',
            scope: 'okta-users',
            status: 'failed',
            files: ['users-1.json', 'users-2.json', 'users-3.json'],
            recordsRead: 0,
            added: 0,
            updated: 0,
            removed: 0,
            complete: false,
            durationMs: 850,
            errors: ['users-2.json, record 4, field "profile.email": expected an email address, got "bob at acme"'],
          }),
          syncRun(),
        ],
      }),
      ...kinds,
    ]);

    const table = await screen.findByRole('table', { name: 'Sync history, newest first' });
    const [, failedRow, goodRow] = within(table).getAllByRole('row');
    if (!failedRow || !goodRow) throw new Error('runs are not table rows');

    const hash = within(goodRow).getByText('3f9a1c0b7e42');
    expect(hash.getAttribute('title')).toBe(syncRun().sha256);
    expect(goodRow.textContent).toContain('1,480');
    expect(goodRow.textContent).toContain('Mar 30, 202608:00 UTC');
    expect(goodRow.textContent).toContain('4.2 s');
    expect(goodRow.textContent).toContain('Full listing');
    expect(within(goodRow).queryByRole('button')).toBeNull();

    expect(failedRow.textContent).toContain('users-1.json');
    expect(failedRow.textContent).toContain('and 2 more');
    expect(failedRow.textContent).toContain('850 ms');
    expect(screen.queryByText(/expected an email address/)).toBeNull();
    const toggle = within(failedRow).getByRole('button', { name: /Errors: okta-users import/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(details?.textContent).toContain('record 4, field "profile.email": expected an email address');
  });

  it('explains empty sources and an empty sync history', async () => {
    renderApp('/sources', [sourcesPage({ sources: [], syncRuns: [] }), ...kinds]);

    expect(await screen.findByText(/No sources yet/)).toBeDefined();
    expect(screen.getByText(/No imports recorded yet/)).toBeDefined();
    expect(await screen.findByRole('button', { name: 'Import' })).toBeDefined();
  });

  it('asks for the app only for kinds that need one: a known one, or a new one by name', async () => {
    installFakeXhr();
    renderApp('/sources', [sourcesPage(), ...kinds, knownApps]);

    const select = await screen.findByLabelText('Kind of source');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose what the files are…', 'hr-csv', 'okta-users', 'accounts-csv']);
    expect(screen.getByText(/in what format \(CSV or JSON\)/)).toBeDefined();
    expect(screen.queryByLabelText('App')).toBeNull();

    fireEvent.change(select, { target: { value: 'okta-users' } });
    expect(screen.queryByLabelText('App')).toBeNull();
    expect(screen.getByText(/Okta users \(JSON from GET \/api\/v1\/users/)).toBeDefined();

    fireEvent.change(select, { target: { value: 'accounts-csv' } });
    // The form's words, not the command line's: "for the app named by --app" reads as the field below.
    expect(screen.getByText('Accounts of one app (CSV) for the app chosen below.')).toBeDefined();
    await screen.findByRole('option', { name: 'Jasper' });
    const app = screen.getByLabelText<HTMLSelectElement>('App');
    expect(app.hasAttribute('required')).toBe(true);
    expect(
      within(app)
        .getAllByRole('group')
        .map((group) => [
          group.getAttribute('label'),
          within(group)
            .getAllByRole('option')
            .map((option) => option.textContent),
        ]),
    ).toEqual([
      ['Apps in Attest', ['Jasper']],
      ['Apps in the catalog', ['Notion']],
    ]);
    expect(within(app).getAllByRole('option').at(-1)?.textContent).toBe('New app…');
    expect(screen.queryByLabelText('App name')).toBeNull();
    expect(document.querySelector('.import-form')?.textContent).not.toMatch(/--[a-z]/);

    fireEvent.change(app, { target: { value: '+new' } });
    const name = screen.getByLabelText('App name');
    expect(name.hasAttribute('required')).toBe(true);
    fireEvent.change(name, { target: { value: ' Quillmate ' } });
    fireEvent.change(screen.getByLabelText('Files'), { target: { files: [new File(['email\n'], 'quillmate.csv')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const xhr = FakeXhr.only();
    expect(xhr.form.get('app')).toBe('Quillmate');
    expect(xhr.form.has('catalog')).toBe(false);

    fireEvent.change(select, { target: { value: 'hr-csv' } });
    expect(screen.queryByLabelText('App')).toBeNull();
  });

  it('does not upload without an app name for a kind that needs one', async () => {
    installFakeXhr();
    renderApp('/sources', [sourcesPage(), ...kinds]);

    fireEvent.change(await screen.findByLabelText('Kind of source'), { target: { value: 'accounts-csv' } });
    fireEvent.change(screen.getByLabelText('Files'), { target: { files: [hrFile()] } });
    fireEvent.submit(screen.getByRole('button', { name: 'Import' }).closest('form') ?? document.body);

    expect(FakeXhr.instances).toHaveLength(0);
    const app = screen.getByLabelText('App name');
    expect(app.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(app);
    expect(screen.getByText(/Choose the app the accounts belong to/)).toBeDefined();
  });

  it('shows upload progress from the browser’s progress events, then "Importing…"', async () => {
    installFakeXhr();
    renderApp('/sources', [sourcesPage(), ...kinds]);

    const xhr = await startImport('okta-users', [
      new File(['[]'], 'users-1.json', { type: 'application/json' }),
      new File(['[]'], 'users-2.json', { type: 'application/json' }),
    ]);
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/imports');
    expect(xhr.form.get('kind')).toBe('okta-users');
    expect(xhr.form.getAll('files').map((file) => (file instanceof File ? file.name : file))).toEqual(['users-1.json', 'users-2.json']);
    expect(xhr.form.has('app')).toBe(false);

    xhr.progress(250, 1000);
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' });
    expect(bar.getAttribute('value')).toBe('25');
    expect(screen.getByText('25%')).toBeDefined();
    expect(screen.getByText('Uploading 2 files…')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Import' }).hasAttribute('disabled')).toBe(true);

    xhr.progress(1000, 1000);
    expect(screen.getByRole('progressbar', { name: 'Upload progress' }).getAttribute('value')).toBe('100');
    expect(screen.getByText('100%')).toBeDefined();

    xhr.uploaded();
    expect(screen.queryByRole('progressbar', { name: 'Upload progress' })).toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Importing' })).toBeDefined();
    expect(screen.getByText(/^Importing…/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Cancel upload' })).toBeNull();
  });

  it('lists every problem of a rejected upload with its file, line and field, and says nothing was imported', async () => {
    installFakeXhr();
    const failedRun = syncRun({
      id: 'run-rejected',
      kind: 'hr-csv',
      scope: 'hr-csv',
      status: 'failed',
      files: ['hr.csv'],
      errors: ['hr.csv, line 14, field "email": expected an email address, got "bob at acme"'],
    });
    renderApp('/sources', [sourcesPage(), ...kinds, sourcesPage({ syncRuns: [failedRun, syncRun()] })]);
    // The history is on screen before the upload, so the refetch after it is a new request, not the first one still on its way.
    await screen.findByRole('table', { name: 'Sync history, newest first' });

    const xhr = await startImport('hr-csv', [hrFile()]);
    xhr.uploaded();
    xhr.respond(400, {
      status: 'failed',
      errors: [
        { file: 'hr.csv', line: 14, field: 'email', message: 'expected an email address, got "bob at acme"' },
        { file: 'hr.csv', line: 27, field: 'startDate', message: 'expected a date (YYYY-MM-DD), got "31/02/2026"' },
        { file: 'hr.csv', record: 3, message: 'duplicate employeeId "E-0042"' },
        { file: 'hr.csv', message: 'missing required column "status"' },
      ],
    });

    const report = await screen.findByRole('alert');
    const problems = within(report)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(problems).toEqual([
      'hr.csv, line 14, field "email": expected an email address, got "bob at acme"',
      'hr.csv, line 27, field "startDate": expected a date (YYYY-MM-DD), got "31/02/2026"',
      'hr.csv, record 3: duplicate employeeId "E-0042"',
      'hr.csv: missing required column "status"',
    ]);
    expect(within(report).getByText('Nothing was imported: fix the file and upload it again.')).toBeDefined();
    expect(report.textContent).toContain('4 problems');
    await waitFor(() => expect(document.activeElement).toBe(report));
    // The form is ready for the fixed file, and the history shows the rejected attempt (recorded as a failed run).
    expect(screen.getByRole('button', { name: 'Import' }).hasAttribute('disabled')).toBe(false);
    await waitFor(
      () => {
        const history = screen.getByRole('table', { name: 'Sync history, newest first' });
        expect(within(history).getAllByText('Failed').length).toBeGreaterThan(0);
      },
      { timeout: 10_000 },
    );
    expect(screen.getByText(/^One CSV or JSON export, or every page of a multi-page API dump/)).toBeDefined();
  });

  it('shows what a successful import did and refetches the sources, sync history and overview', async () => {
    installFakeXhr();
    const staleOkta = { __typename: 'Source' as const, scope: 'okta-users', kind: 'okta-users', daysSinceSync: 12 };
    renderApp('/', [
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview({ staleSources: [staleOkta] })),
      sourcesPage(),
      ...kinds,
      knownApps,
      sourcesPage({
        sources: [source(), source({ scope: 'accounts-csv:Jasper', kind: 'accounts-csv', daysSinceSync: 0, runs: 1 })],
        syncRuns: [
          syncRun({ id: 'run-9', kind: 'accounts-csv', scope: 'accounts-csv:Jasper', sha256: 'abcdef0123456789'.repeat(4) }),
          syncRun(),
        ],
      }),
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview({ staleSources: [] })),
    ]);
    expect(await screen.findByText(/1 source not synced for more than 7 days/)).toBeDefined();
    fireEvent.click(screen.getByRole('link', { name: 'Sources' }));
    expect(await screen.findByRole('rowheader', { name: 'hr-csv' })).toBeDefined();

    const xhr = await startImport('accounts-csv', [new File(['email\n'], 'jasper.csv')], { app: 'Jasper' });
    expect(xhr.form.get('kind')).toBe('accounts-csv');
    expect(xhr.form.get('app')).toBe('Jasper');
    expect(xhr.form.get('catalog')).toBe('jasper');

    xhr.uploaded();
    xhr.respond(200, {
      status: 'succeeded',
      findings: 57,
      run: {
        id: 'run-9',
        kind: 'accounts-csv',
        scope: 'accounts-csv:Jasper',
        status: 'succeeded',
        files: ['jasper.csv'],
        sha256: 'abcdef0123456789'.repeat(4),
        recordsRead: 1204,
        added: 12,
        updated: 30,
        unchanged: 1159,
        removed: 3,
        complete: true,
        startedAt: '2026-03-31T09:00:00Z',
        finishedAt: '2026-03-31T09:00:04Z',
        durationMs: 4000,
        errors: [],
        notes: ['2 accounts have no email and were matched by name'],
      },
    });

    const panel = (await screen.findByText(/^Imported/)).closest('[role="status"]');
    if (!(panel instanceof HTMLElement)) throw new Error('the summary is not a status region');
    expect(panel.textContent).toContain('Imported accounts-csv (accounts-csv:Jasper).');
    expect(panel.textContent).toContain('1,204 records read: 12 added, 30 updated, 1,159 unchanged, 3 removed.');
    expect(panel.textContent).toContain('57 findings now.');
    expect(panel.textContent).toContain('2 accounts have no email and were matched by name');
    expect(within(panel).getByRole('link', { name: 'Review findings' }).getAttribute('href')).toBe('/findings');
    await waitFor(() => expect(document.activeElement).toBe(panel));

    // The refetched sources and history replace the old ones.
    expect(await screen.findByRole('rowheader', { name: 'accounts-csv:Jasper' })).toBeDefined();
    expect(screen.getByText('abcdef012345')).toBeDefined();

    // The cached overview was dropped: back there, it asks the server again and the warning is gone.
    fireEvent.click(screen.getByRole('link', { name: 'Overview' }));
    expect(await screen.findByText(/As of/)).toBeDefined();
    expect(screen.queryByText(/not synced for more than/)).toBeNull();
  });

  it('lets an upload be cancelled while it is sent, and says a server failure plainly', async () => {
    installFakeXhr();
    renderApp('/sources', [sourcesPage(), ...kinds]);

    const first = await startImport('hr-csv', [hrFile()]);
    first.progress(10, 1000);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(first.aborted).toBe(true);
    expect(await screen.findByText('Upload cancelled. Nothing was imported.')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const second = FakeXhr.instances[1];
    if (!second) throw new Error('no second request');
    second.uploaded();
    second.respond(500, {
      status: 'failed',
      errors: [{ file: '(server)', message: 'the import failed on the server; nothing was marked removed' }],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The import did not finish.');
    expect(alert.textContent).toContain('nothing was marked removed');
  });

  it('drops the overview’s figures once an import shown reconciling is reconciled, so the overview loads them afresh', async () => {
    const staleOkta = { __typename: 'Source' as const, scope: 'okta-users', kind: 'okta-users', daysSinceSync: 12 };
    renderApp('/', [
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview({ staleSources: [staleOkta] })),
      sourcesPage({ sources: [source({ scope: 'okta-users', kind: 'okta-users', reconciling: true })] }),
      ...kinds,
      sourcesPage({ sources: [source({ scope: 'okta-users', kind: 'okta-users' })] }),
      mockQuery(OVERVIEW_PAGE_QUERY, {}, overview({ staleSources: [] })),
    ]);
    expect(await screen.findByText(/1 source not synced for more than 7 days/)).toBeDefined();
    fireEvent.click(screen.getByRole('link', { name: 'Sources' }));
    const table = await screen.findByRole('table', { name: 'Sources and when they last synced' });
    expect(within(table).getByText('Reconciling')).toBeDefined();

    // The page polls while reconciling; the next answer says it is done.
    await waitFor(() => expect(within(table).queryByText('Reconciling')).toBeNull(), { timeout: 8_000 });
    fireEvent.click(screen.getByRole('link', { name: 'Overview' }));
    expect(await screen.findByText(/As of/)).toBeDefined();
    expect(screen.queryByText(/not synced for more than/)).toBeNull();
  }, 15_000);
});
