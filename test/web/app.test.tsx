import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_QUERY, ROLE_HOLDERS_QUERY } from '../../web/features/apps/app.queries.js';
import { APPS_PAGE_QUERY } from '../../web/features/apps/apps.queries.js';
import { appDetail, appRow, holderPage, personRef } from './fixtures.js';
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
    expect(graceHolder.textContent).toContain('Not effective — owner left the company');
    expect(within(graceHolder).getByText('Left')).toBeDefined();
  });

  it('shows the first 10 holders of a big role behind a toggle, every admin, and pages on with "Show more" up to the total', async () => {
    const holders = (role: string, from: number, count: number) =>
      Array.from({ length: count }, (_, offset) => {
        const index = from + offset;
        return {
          __typename: 'RoleHolder' as const,
          effective: true,
          notEffectiveBecause: null,
          account: {
            __typename: 'AccountRef' as const,
            id: `acc-${role}-${index}`,
            email: `${role}${index}@example.com`,
            status: 'ACTIVE' as const,
          },
          person: personRef({ id: `p-${role}-${index}`, displayName: `${role} holder ${index + 1}` }),
        };
      });
    renderApp('/apps/app-jasper', [
      mockQuery(
        APP_PAGE_QUERY,
        { id: 'app-jasper' },
        appDetail({
          effectiveAdminCount: 12,
          roles: [
            {
              __typename: 'AppRole',
              id: 'app-jasper:role:Member',
              name: 'Member',
              description: '',
              privilege: 'STANDARD',
              privilegeSource: 'CATALOG',
              holders: holderPage(holders('member', 0, 100), 250, 'page-2'),
            },
            {
              __typename: 'AppRole',
              id: 'app-jasper:role:Admin',
              name: 'Admin',
              description: '',
              privilege: 'ADMIN',
              privilegeSource: 'CATALOG',
              holders: holderPage(holders('admin', 0, 12)),
            },
          ],
        }),
      ),
      mockQuery(
        ROLE_HOLDERS_QUERY,
        { roleId: 'app-jasper:role:Member', after: 'page-2' },
        {
          roleHolders: {
            __typename: 'RoleHolderConnection',
            totalCount: 250,
            nodes: holders('member', 100, 150),
            pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          },
        },
      ),
    ]);

    const members = await screen.findByRole('list', { name: 'Holders of Member' });
    expect(within(members).getAllByRole('listitem')).toHaveLength(10);
    expect(within(screen.getByRole('list', { name: 'Holders of Admin' })).getAllByRole('listitem')).toHaveLength(12);
    expect(screen.getAllByRole('button', { name: /^Show (all|\d+ of) / })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();

    // Only the first page is loaded: the toggle says how many of the total it opens.
    const toggle = screen.getByRole('button', { name: 'Show 100 of 250' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(members.id);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(members).getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByText('Showing 100 of 250 holders')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await within(members).findByRole('link', { name: 'member holder 250' })).toBeDefined();
    expect(within(members).getAllByRole('listitem')).toHaveLength(250);
    expect(screen.getByText('Showing 250 of 250 holders')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();

    fireEvent.click(toggle);
    expect(within(members).getAllByRole('listitem')).toHaveLength(10);
    expect(toggle.textContent).toBe('Show all 250');
  });

  it('shows money in the app’s own currency, with the yearly waste, and a readable billing model', async () => {
    renderApp('/apps/app-jasper', [
      mockQuery(
        APP_PAGE_QUERY,
        { id: 'app-jasper' },
        appDetail({ currency: 'EUR', monthlySpend: 295, monthlyWaste: 177, yearlyWaste: 2124, billingModel: 'per_active_user' }),
      ),
    ]);

    expect(await screen.findByText('€295.00')).toBeDefined();
    expect(screen.getByText('€177.00')).toBeDefined();
    expect(screen.getByText(/€2,124 \/ year/)).toBeDefined();
    expect(screen.getByText('Per active user')).toBeDefined();
  });

  it("links the app's waste, and each cause of it, to the findings whose costs add up to it", async () => {
    renderApp('/apps/app-jasper', [mockQuery(APP_PAGE_QUERY, { id: 'app-jasper' }, appDetail())]);

    const total = await screen.findByRole('link', { name: '$177.00' });
    expect(total.getAttribute('href')).toBe(
      '/findings?type=ORPHANED_ACCOUNT&type=DUPLICATE_ACCOUNT&type=INACTIVE_USER&type=PENDING_INVITE&type=SUSPENDED_SEAT&type=UNASSIGNED_SEATS&app=app-jasper&sort=COST',
    );
    const causes = screen.getAllByRole('listitem').filter((item) => item.closest('.waste-causes'));
    expect(causes.map((item) => item.textContent)).toEqual(['Pending invites: $118.00', 'Apps with unassigned seats: $59.00']);
    expect(screen.getByRole('link', { name: 'Apps with unassigned seats' }).getAttribute('href')).toBe(
      '/findings?type=UNASSIGNED_SEATS&app=app-jasper&sort=COST',
    );
  });

  it('says the findings it lists are the most severe of how many, and links to them all', async () => {
    renderApp('/apps/app-jasper', [mockQuery(APP_PAGE_QUERY, { id: 'app-jasper' }, appDetail({ findingCount: 372 }))]);

    expect(await screen.findByText('The 1 most severe of 372, then the costliest.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'All 372 findings in Jasper' }).getAttribute('href')).toBe('/findings?app=app-jasper');
  });

  it('links every finding of an app whose findings it all lists', async () => {
    renderApp('/apps/app-jasper', [mockQuery(APP_PAGE_QUERY, { id: 'app-jasper' }, appDetail())]);

    expect(await screen.findByRole('link', { name: 'Filter all findings by Jasper' })).toBeDefined();
    expect(screen.queryByText(/most severe of/)).toBeNull();
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

  it("says an app outside the catalog is not in it, its unknown seat cost is unknown (not $0), and a role's privilege was read from its name", async () => {
    renderApp('/apps/app-my-app', [
      mockQuery(
        APP_PAGE_QUERY,
        { id: 'app-my-app' },
        appDetail({
          id: 'app-my-app',
          name: 'My App',
          vendor: 'Unknown',
          catalogKey: null,
          monthlySpend: 0,
          seatsAtUnknownCost: 3,
          roles: [
            {
              __typename: 'AppRole',
              id: 'app-acme-wiki:role:Super Editor',
              name: 'Super Editor',
              description: '',
              privilege: 'ADMIN',
              privilegeSource: 'INFERRED',
              holders: holderPage([]),
            },
          ],
          seatTypes: [
            { __typename: 'AppSeatType', name: 'Seat', monthlyCost: 0, costSource: 'UNKNOWN', currency: 'USD', held: 3, capacity: null },
          ],
          caveats: [],
        }),
      ),
    ]);

    expect(await screen.findByText(/Not in the catalog · Pro/)).toBeDefined();
    expect(screen.getByText(/3 seats at an unknown cost, not counted/)).toBeDefined();
    const seats = within(screen.getByRole('table', { name: /Seat types/ }));
    expect(seats.getByText('unknown')).toBeDefined();
    expect(seats.queryByText('$0.00')).toBeNull();
    const roles = within(screen.getByRole('table', { name: 'Roles and their holders' }));
    expect(roles.getByText("read from the role's name")).toBeDefined();
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
          apps: [
            appRow(),
            appRow({
              id: 'app-slack',
              name: 'Slack',
              effectiveAdminCount: 3,
              minimumAdmins: 2,
              monthlyWaste: 1204.5,
              billingModel: 'per_active_user',
            }),
          ],
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
    // An app's waste opens the findings whose costs add up to it: that app, the waste-bearing types, costliest first.
    expect(
      within(slack)
        .getByRole('link', { name: /waste per month in Slack/ })
        .getAttribute('href'),
    ).toBe(
      '/findings?type=ORPHANED_ACCOUNT&type=DUPLICATE_ACCOUNT&type=INACTIVE_USER&type=PENDING_INVITE&type=SUSPENDED_SEAT&type=UNASSIGNED_SEATS&app=app-slack&sort=COST',
    );
    expect(within(slack).getByText('Per active user')).toBeDefined();
    expect(screen.getByText(/Money in USD\./)).toBeDefined();
  });

  it('puts the table in a keyboard-scrollable region and shows each app’s money in its own currency', async () => {
    renderApp('/apps', [
      mockQuery(
        APPS_PAGE_QUERY,
        {},
        {
          apps: [
            appRow({ billingModel: 'max_quantity', yearlyWaste: 2124 }),
            appRow({
              id: 'app-miro',
              name: 'Miro',
              currency: 'EUR',
              monthlySpend: 80,
              monthlyWaste: 16,
              yearlyWaste: 192,
              billingModel: 'flat',
            }),
          ],
        },
      ),
    ]);

    const region = await screen.findByRole('region', { name: 'Apps table' });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(within(region).getByRole('table', { name: 'Apps, highest monthly waste first' })).toBeDefined();

    const jasper = screen.getByRole('link', { name: 'Jasper' }).closest('tr');
    const miro = screen.getByRole('link', { name: 'Miro' }).closest('tr');
    if (!jasper || !miro) throw new Error('apps are not table rows');
    expect(within(jasper).getByText('Max quantity')).toBeDefined();
    expect(within(jasper).getByText('$2,124 / year')).toBeDefined();
    expect(within(miro).getByText('Flat')).toBeDefined();
    expect(within(miro).getByText('€80.00')).toBeDefined();
    expect(within(miro).getByText('€192 / year')).toBeDefined();
    expect(screen.getByText(/Money in each app’s own currency \(USD, EUR\)/)).toBeDefined();
  });

  it('names an app outside the catalog as such instead of a vendor', async () => {
    renderApp('/apps', [
      mockQuery(
        APPS_PAGE_QUERY,
        {},
        { apps: [appRow(), appRow({ id: 'app-my-app', name: 'My App', vendor: 'Unknown', catalogKey: null })] },
      ),
    ]);

    const myApp = (await screen.findByRole('link', { name: 'My App' })).closest('tr');
    const jasper = screen.getByRole('link', { name: 'Jasper' }).closest('tr');
    if (!myApp || !jasper) throw new Error('apps are not table rows');
    expect(within(myApp).getByText('Not in the catalog')).toBeDefined();
    expect(within(jasper).getByText('Jasper AI')).toBeDefined();
  });

  it('explains an empty app list', async () => {
    renderApp('/apps', [mockQuery(APPS_PAGE_QUERY, {}, { apps: [] })]);
    expect(await screen.findByText(/No apps yet/)).toBeDefined();
  });
});
