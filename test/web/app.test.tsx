import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_QUERY } from '../../web/graphql/app.js';
import { APPS_PAGE_QUERY } from '../../web/graphql/apps.js';
import { appDetail, appRow } from './fixtures.js';
import { mockQuery, mockQueryErrors, renderApp } from './render.js';

describe('app page', () => {
  it('highlights a sole admin by name, in the callout and in the roles table', async () => {
    renderApp('/apps/app-jasper', [mockQuery(APP_PAGE_QUERY, { id: 'app-jasper' }, appDetail())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Jasper' })).toBeDefined();
    expect(screen.getByText(/is the only effective admin of Jasper/).textContent).toContain('Ada Lovelace');

    const roles = within(screen.getByRole('table', { name: 'Roles and their holders' }));
    const adaHolder = roles.getByRole('link', { name: 'Ada Lovelace' }).closest('li');
    const graceHolder = roles.getByRole('link', { name: 'Grace Hopper' }).closest('li');
    if (!adaHolder || !graceHolder) throw new Error('holders are not list items');
    expect(within(adaHolder).getByText('Sole admin')).toBeDefined();
    expect(within(graceHolder).queryByText('Sole admin')).toBeNull();
    expect(within(graceHolder).getByText('Not effective')).toBeDefined();
    expect(within(graceHolder).getByText('Left')).toBeDefined();
  });

  it('shows seat costs, expired invites and catalog caveats', async () => {
    renderApp('/apps/app-jasper', [mockQuery(APP_PAGE_QUERY, { id: 'app-jasper' }, appDetail())]);

    const seats = within(await screen.findByRole('table', { name: /Seat types/ }));
    expect(seats.getByText('$59.00')).toBeDefined();
    expect(seats.getByText('5 / 5')).toBeDefined();

    const invites = within(screen.getByRole('table', { name: 'Pending invites, oldest first' }));
    expect(invites.getByText('new.hire@example.com')).toBeDefined();
    expect(invites.getByText('58 days')).toBeDefined();
    expect(invites.getByText('Expired')).toBeDefined();

    expect(screen.getByText('With no admin left, Jasper support must intervene.')).toBeDefined();
    expect(screen.getByText('No integrations were reported by this app’s source.')).toBeDefined();
  });

  it('says the app does not exist on NOT_FOUND', async () => {
    renderApp('/apps/nope', [
      mockQueryErrors(APP_PAGE_QUERY, { id: 'nope' }, [{ message: 'No app nope', extensions: { code: 'NOT_FOUND' } }]),
    ]);
    expect((await screen.findByRole('alert')).textContent).toContain('This app does not exist.');
  });
});

describe('apps page', () => {
  it('lists apps with money, flags admins below the minimum and links to each app', async () => {
    renderApp('/apps', [
      mockQuery(
        APPS_PAGE_QUERY,
        {},
        {
          apps: [appRow(), appRow({ id: 'app-slack', name: 'Slack', effectiveAdminCount: 3, minimumAdmins: 2, monthlyWaste: 1204.5 })],
        },
      ),
    ]);

    const jasper = (await screen.findByRole('link', { name: 'Jasper' })).closest('tr');
    const slack = screen.getByRole('link', { name: 'Slack' }).closest('tr');
    if (!jasper || !slack) throw new Error('apps are not table rows');
    expect(screen.getByRole('link', { name: 'Jasper' }).getAttribute('href')).toBe('/apps/app-jasper');
    expect(within(jasper).getByText('Below minimum')).toBeDefined();
    expect(within(slack).queryByText('Below minimum')).toBeNull();
    expect(within(slack).getByText('$1,204.50')).toBeDefined();
  });

  it('explains an empty app list', async () => {
    renderApp('/apps', [mockQuery(APPS_PAGE_QUERY, {}, { apps: [] })]);
    expect(await screen.findByText(/No apps yet/)).toBeDefined();
  });
});
