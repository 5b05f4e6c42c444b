import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConnectionsQuery } from '../../web/graphql/graphql.js';
import {
  ADD_CONNECTION_MUTATION,
  CONNECTIONS_QUERY,
  CONNECTOR_KINDS_QUERY,
  REMOVE_CONNECTION_MUTATION,
  SYNC_CONNECTION_MUTATION,
  TEST_CONNECTION_MUTATION,
} from '../../web/features/sources/connections.queries.js';
import { BATON_FILES_QUERY } from '../../web/features/sources/baton-files.queries.js';
import { IMPORT_KINDS_QUERY, SOURCES_PAGE_QUERY } from '../../web/features/sources/sources.queries.js';
import { importKindsData, source, syncRun } from './fixtures.js';
import { mockQuery, renderApp, sessionAs } from './render.js';

type Row = ConnectionsQuery['connections'][number];

function connection(overrides: Partial<Row> = {}): Row {
  return {
    __typename: 'VendorConnection',
    name: 'okta-prod',
    kind: 'okta',
    kindLabel: 'Okta',
    baseUrl: 'https://acme.okta.com',
    org: null,
    everyMinutes: 360,
    lastRunAt: null,
    lastStatus: null,
    lastMessage: null,
    nextRunAt: null,
    running: false,
    progress: null,
    ...overrides,
  };
}

const connections = (rows: Row[]) => mockQuery(CONNECTIONS_QUERY, {}, { connections: rows });
const sourcesPage = () => mockQuery(SOURCES_PAGE_QUERY, { first: 50 }, { sources: [source()], syncRuns: [syncRun()] });
const noBatonFiles = mockQuery(BATON_FILES_QUERY, {}, { batonFiles: [] });
const token = { credentialLabel: 'API token', credentialHint: 'The token, as the vendor shows it once.', credentialMultiline: false };
const connectorKinds = mockQuery(
  CONNECTOR_KINDS_QUERY,
  {},
  {
    connectorKinds: [
      { __typename: 'ConnectorKindInfo', kind: 'okta', label: 'Okta', defaultUrl: null, orgLabel: null, ...token },
      {
        __typename: 'ConnectorKindInfo',
        kind: 'github',
        label: 'GitHub',
        defaultUrl: 'https://api.github.com',
        orgLabel: 'GitHub organization (its login)',
        ...token,
      },
      {
        __typename: 'ConnectorKindInfo',
        kind: 'google',
        label: 'Google Workspace',
        defaultUrl: 'https://admin.googleapis.com',
        orgLabel: 'Admin to act as (email)',
        credentialLabel: 'Service account key (JSON)',
        credentialHint: 'The key file Google Cloud downloads.',
        credentialMultiline: true,
      },
    ],
  },
);
const importKinds = mockQuery(IMPORT_KINDS_QUERY, {}, importKindsData);

async function rowOf(name: string): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: 'Connections to vendor APIs and their last sync' });
  const row = within(table).getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`${name} is not a table row`);
  return row;
}

describe('connections on the sources page', () => {
  it('adds a connection: the vendor’s default URL prefilled, its organization asked for, the credential a password field, the chosen schedule sent', async () => {
    const input = {
      name: 'gh-acme',
      kind: 'github',
      baseUrl: 'https://api.github.com',
      org: 'acme',
      everyMinutes: 1440,
      credential: 'ghp_secret',
    };
    renderApp('/sources', [
      sourcesPage(),
      noBatonFiles,
      importKinds,
      connections([]),
      connectorKinds,
      mockQuery(ADD_CONNECTION_MUTATION, { input }, { addConnection: { __typename: 'VendorConnection', name: 'gh-acme' } }),
      connections([connection({ name: 'gh-acme', kind: 'github', kindLabel: 'GitHub', baseUrl: 'https://api.github.com', org: 'acme' })]),
    ]);

    const form = await screen.findByRole('form', { name: 'Add connection' });
    const url = within(form).getByLabelText<HTMLInputElement>('API URL');
    expect(url.value).toBe('');
    fireEvent.change(within(form).getByLabelText('Vendor'), { target: { value: 'github' } });
    expect(url.value).toBe('https://api.github.com');
    const credential = within(form).getByLabelText<HTMLInputElement>('API token');
    expect(credential.type).toBe('password');
    expect(within(form).queryByLabelText('GitHub organization (its login)')).not.toBeNull();
    fireEvent.change(within(form).getByLabelText('GitHub organization (its login)'), { target: { value: 'acme' } });
    fireEvent.change(within(form).getByLabelText('Connection name'), { target: { value: 'gh-acme' } });
    fireEvent.change(credential, { target: { value: 'ghp_secret' } });
    fireEvent.change(within(form).getByLabelText('Sync schedule'), { target: { value: '1440' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add connection' }));

    expect((await screen.findByText(/Added “gh-acme”/)).getAttribute('role')).toBe('status');
    const row = await rowOf('gh-acme');
    expect(row.textContent).toContain('GitHub');
    expect(row.textContent).toContain('acme');
    expect(row.textContent).toContain('Never synced');
    expect(credential.value).toBe('');
  });

  it('asks for a key document where the vendor’s credential is one, with the connector’s own hint', async () => {
    renderApp('/sources', [sourcesPage(), noBatonFiles, importKinds, connections([]), connectorKinds]);

    const form = await screen.findByRole('form', { name: 'Add connection' });
    fireEvent.change(within(form).getByLabelText('Vendor'), { target: { value: 'google' } });
    const key = within(form).getByLabelText('Service account key (JSON)');
    expect(key.tagName).toBe('TEXTAREA');
    expect(key.getAttribute('aria-describedby')).toBeTruthy();
    expect(form.textContent).toContain('The key file Google Cloud downloads.');
    expect(within(form).queryByLabelText('API token')).toBeNull();
  });

  it('shows what a test found: each permission ok or missing, and why', async () => {
    renderApp('/sources', [
      sourcesPage(),
      noBatonFiles,
      importKinds,
      connections([connection()]),
      connectorKinds,
      mockQuery(
        TEST_CONNECTION_MUTATION,
        { name: 'okta-prod' },
        {
          testConnection: [
            { __typename: 'ConnectionCheck', permission: 'okta.users.read', ok: true, problem: null },
            { __typename: 'ConnectionCheck', permission: 'okta.groups.read', ok: false, problem: 'HTTP 403: forbidden' },
          ],
        },
      ),
    ]);

    fireEvent.click(within(await rowOf('okta-prod')).getByRole('button', { name: 'Test okta-prod' }));
    const result = await screen.findByRole('status', { name: 'Test of okta-prod' });
    expect(result.textContent).toContain('1 of 2 permissions missing');
    const items = within(result).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['OK okta.users.read', 'Missing okta.groups.read: HTTP 403: forbidden']);
    expect(within(items[1] as HTMLElement).getByText('Missing').className).toContain('tone-bad');
  });

  it('syncs now: shows the run going with its progress, polls until done, then its outcome and fresh sources', async () => {
    const done = connection({
      lastRunAt: '2026-03-30T09:00:00Z',
      lastStatus: 'succeeded',
      lastMessage: 'users, every status: 12 added, 0 updated, 0 removed',
      nextRunAt: '2026-03-30T15:00:00Z',
    });
    renderApp('/sources', [
      sourcesPage(),
      noBatonFiles,
      importKinds,
      connections([connection()]),
      connectorKinds,
      mockQuery(
        SYNC_CONNECTION_MUTATION,
        { name: 'okta-prod' },
        { syncConnection: { __typename: 'VendorConnection', name: 'okta-prod', running: true, progress: null } },
      ),
      connections([connection({ running: true, progress: 'okta users: page 2' })]),
      connections([connection({ running: true, progress: 'importing Okta users, every status' })]),
      connections([done]),
      mockQuery(
        SOURCES_PAGE_QUERY,
        { first: 50 },
        { sources: [source(), source({ scope: 'okta-users', kind: 'okta-users', runs: 1 })], syncRuns: [syncRun()] },
      ),
    ]);

    fireEvent.click(within(await rowOf('okta-prod')).getByRole('button', { name: 'Sync okta-prod now' }));
    const status = await screen.findByRole('status', { name: 'Sync of okta-prod' });
    expect(status.textContent).toContain('Running');
    expect(status.textContent).toContain('okta users: page 2');
    expect(within(await rowOf('okta-prod')).getByRole<HTMLButtonElement>('button', { name: 'Sync okta-prod now' }).disabled).toBe(true);
    await waitFor(() => expect(screen.getByRole('status', { name: 'Sync of okta-prod' }).textContent).toContain('importing Okta users'), {
      timeout: 5000,
    });
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Sync of okta-prod' })).toBeNull(), { timeout: 5000 });
    const row = await rowOf('okta-prod');
    expect(within(row).getByText('Succeeded').className).toContain('tone-ok');
    expect(row.textContent).toContain('12 added');
    // The sync's import is on the page without a reload: the sources list was asked for again.
    const sources = screen.getByRole('table', { name: 'Sources and when they last synced' });
    await waitFor(() => expect(within(sources).getByRole('rowheader', { name: 'okta-users' })).toBeDefined());
  }, 15_000);

  it('removes a connection only once the confirmation naming it is accepted', async () => {
    renderApp('/sources', [
      sourcesPage(),
      noBatonFiles,
      importKinds,
      connections([connection()]),
      connectorKinds,
      mockQuery(REMOVE_CONNECTION_MUTATION, { name: 'okta-prod' }, { removeConnection: true }),
      connections([]),
    ]);

    fireEvent.click(within(await rowOf('okta-prod')).getByRole('button', { name: 'Remove okta-prod' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Remove okta-prod?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(within(await rowOf('okta-prod')).getByRole('button', { name: 'Remove okta-prod' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove “okta-prod”' }));
    expect(await screen.findByText(/No connections yet/)).toBeDefined();
  });

  it('shows an auditor the connections without the form or the actions', async () => {
    renderApp('/sources', [sourcesPage(), noBatonFiles, connections([connection()])], { session: sessionAs('auditor') });
    const row = await rowOf('okta-prod');
    expect(within(row).queryByRole('button')).toBeNull();
    expect(row.textContent).toContain('Every 6 hours');
    expect(screen.queryByRole('form', { name: 'Add connection' })).toBeNull();
    expect(screen.getByText('Only admins can add or change connections.')).toBeDefined();
  });
});
