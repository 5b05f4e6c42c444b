import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_QUERY } from '../../web/features/apps/app.queries.js';
import { CLASSIFY_ROLE_MUTATION, SET_SEAT_COST_MUTATION } from '../../web/features/vocabulary/vocabulary.mutations.js';
import { ROLES_AND_SEATS_PAGE_QUERY } from '../../web/features/vocabulary/vocabulary.queries.js';
import type {
  RolesAndSeatsPageQuery,
  VocabularyRolesTable_RoleFragment,
  VocabularySeatTypesTable_SeatTypeFragment,
} from '../../web/graphql/graphql.js';
import { appDetail } from './fixtures.js';
import { mockQuery, mockQueryErrors, renderApp, sessionAs } from './render.js';

type AppVocabulary = RolesAndSeatsPageQuery['rolesAndSeats'][number];

function role(overrides: Partial<VocabularyRolesTable_RoleFragment> = {}): VocabularyRolesTable_RoleFragment {
  return {
    __typename: 'VocabularyRole',
    id: 'app-jestor:role:financeiro',
    name: 'Financeiro',
    privilege: 'STANDARD',
    privilegeSource: 'INFERRED',
    defaultPrivilege: 'STANDARD',
    holders: 2,
    ...overrides,
  };
}

function seatType(overrides: Partial<VocabularySeatTypesTable_SeatTypeFragment> = {}): VocabularySeatTypesTable_SeatTypeFragment {
  return {
    __typename: 'VocabularySeatType',
    id: 'app-jestor:seat:guest-seat',
    name: 'Guest seat',
    monthlyCost: 9,
    currency: 'USD',
    costSource: 'ASSUMED',
    defaultMonthlyCost: 9,
    holders: 1,
    ...overrides,
  };
}

const jestor = (overrides: Partial<AppVocabulary> = {}): AppVocabulary => ({
  __typename: 'AppVocabulary',
  app: { __typename: 'AppRef', id: 'app-jestor', name: 'Jestor' },
  catalogKey: 'jestor',
  roles: [role()],
  seatTypes: [seatType()],
  ...overrides,
});

const myApp = (): AppVocabulary => ({
  __typename: 'AppVocabulary',
  app: { __typename: 'AppRef', id: 'app-my-app', name: 'My App' },
  catalogKey: null,
  roles: [
    role({ id: 'app-my-app:role:editor', name: 'Editor', holders: 1 }),
    role({ id: 'app-my-app:role:owner', name: 'Owner', privilege: 'ADMIN', defaultPrivilege: 'ADMIN', holders: 1 }),
  ],
  seatTypes: [
    seatType({ id: 'app-my-app:seat:seat', name: 'Seat', monthlyCost: null, defaultMonthlyCost: null, costSource: 'UNKNOWN', holders: 2 }),
  ],
});

const toClassify = { onlyToClassify: true, appId: null };

function listed(apps: AppVocabulary[]) {
  return mockQuery(ROLES_AND_SEATS_PAGE_QUERY, toClassify, { rolesAndSeats: apps });
}

describe('roles and seats to classify', () => {
  it('lists per app the roles and seat types the catalog did not know, with holders, the inferred privilege and why, and the assumed or unknown cost', async () => {
    renderApp('/roles-and-seats', [listed([jestor(), myApp()])]);

    expect(await screen.findByText('3 roles and 2 seat types in 2 apps wait for someone to say what they are.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Roles and seats' }).getAttribute('aria-current')).toBe('page');

    const jestorRoles = within(screen.getByRole('table', { name: /^Roles of Jestor/ }));
    const financeiro = jestorRoles.getByRole('row', { name: /Financeiro/ });
    expect(
      within(financeiro)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', "Standardread from the role's name", expect.any(String)]);
    expect(within(financeiro).getByText('To classify')).toBeDefined();

    const jestorSeats = within(screen.getByRole('table', { name: /^Seat types of Jestor/ }));
    expect(jestorSeats.getByRole('row', { name: /Guest seat/ }).textContent).toContain("$9.00assumed: the app's default seat");

    const myAppSection = within(screen.getByRole('region', { name: /My App/ }));
    expect(myAppSection.getByText('· not in the app catalog')).toBeDefined();
    expect(myAppSection.getByRole('link', { name: 'Open the My App app page' }).getAttribute('href')).toBe('/apps/app-my-app');
    const [, seat] = within(myAppSection.getByRole('table', { name: /^Seat types of My App/ })).getAllByRole('row');
    if (!seat) throw new Error('no seat type row');
    expect(seat.textContent).toContain('unknown');
    expect(seat.textContent).toContain('spend and waste leave these seats out');
    expect(myAppSection.getByRole<HTMLInputElement>('spinbutton', { name: 'Monthly cost of one Seat seat, in USD' }).value).toBe('');
  });

  it('an admin confirms a role as admin: the mutation names the role and the privilege, the list is asked again and a status says what changed', async () => {
    const changed = role({ privilege: 'ADMIN', privilegeSource: 'CONFIRMED' });
    renderApp('/roles-and-seats', [
      listed([jestor(), myApp()]),
      mockQuery(
        CLASSIFY_ROLE_MUTATION,
        { input: { roleId: 'app-jestor:role:financeiro', privilege: 'ADMIN' } },
        {
          classifyRole: {
            __typename: 'RoleClassification',
            app: { __typename: 'AppRef', id: 'app-jestor', name: 'Jestor' },
            role: changed,
          },
        },
      ),
      listed([jestor({ roles: [] }), myApp()]),
    ]);

    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Privilege of Financeiro' });
    expect(select.value).toBe('STANDARD');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Owner', 'Admin', 'Standard', 'Viewer']);
    fireEvent.change(select, { target: { value: 'ADMIN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm the privilege of Financeiro' }));

    const status = await screen.findByText(
      'Jestor: “Financeiro” is admin now (it was standard by default); 2 accounts hold it. Findings were recomputed.',
    );
    await waitFor(() => expect(document.activeElement).toBe(status.closest('[role="status"]')));
    expect(screen.queryByRole('table', { name: /^Roles of Jestor/ })).toBeNull();
    expect(screen.getByText('2 roles and 2 seat types in 2 apps wait for someone to say what they are.')).toBeDefined();
  });

  it('after classifying, the app page is asked again and shows the recomputed findings', async () => {
    const before = appDetail({ id: 'app-jestor', name: 'Jestor' }, [jestor()]);
    const after = appDetail({ id: 'app-jestor', name: 'Jestor', effectiveAdminCount: 3, findingCount: 0, findings: [] }, []);
    renderApp('/apps/app-jestor', [
      mockQuery(APP_PAGE_QUERY, { id: 'app-jestor' }, before),
      mockQuery(ROLES_AND_SEATS_PAGE_QUERY, { onlyToClassify: true, appId: 'app-jestor' }, { rolesAndSeats: [jestor()] }),
      mockQuery(
        CLASSIFY_ROLE_MUTATION,
        { input: { roleId: 'app-jestor:role:financeiro', privilege: 'STANDARD' } },
        {
          classifyRole: {
            __typename: 'RoleClassification',
            app: { __typename: 'AppRef', id: 'app-jestor', name: 'Jestor' },
            role: role({ privilegeSource: 'CONFIRMED' }),
          },
        },
      ),
      mockQuery(ROLES_AND_SEATS_PAGE_QUERY, { onlyToClassify: true, appId: 'app-jestor' }, { rolesAndSeats: [jestor({ roles: [] })] }),
      mockQuery(APP_PAGE_QUERY, { id: 'app-jestor' }, after),
    ]);

    const callout = (await screen.findByText('1 role and 1 seat type to classify.')).closest('.callout');
    if (!(callout instanceof HTMLElement)) throw new Error('no callout');
    expect(screen.getByText(/is the only effective admin of Jestor/)).toBeDefined();
    fireEvent.click(within(callout).getByRole('link', { name: 'Roles and seats to classify in Jestor' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Roles and seats to classify' })).toBeDefined();
    expect(
      await screen.findByText((_, element) => element?.className === 'filter-chip' && element.textContent.startsWith('App: Jestor')),
    ).toBeDefined();
    // Confirming the privilege read from the name, as it is, is a choice too.
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm the privilege of Financeiro' }));
    expect(
      await screen.findByText('Jestor: “Financeiro” is confirmed as standard; 2 accounts hold it. Findings were recomputed.'),
    ).toBeDefined();

    fireEvent.click(screen.getByRole('link', { name: 'Open the Jestor app page' }));
    expect(await screen.findByText('No findings: nothing in this app needs action after the last sync.')).toBeDefined();
    expect(screen.queryByText(/is the only effective admin of Jestor/)).toBeNull();
    expect(screen.queryByText(/to classify\./)).toBeNull();
  });

  it('an admin sets a seat cost; a cost the server refuses is said in the row and nothing else changes', async () => {
    const guestSeat = 'app-jestor:seat:guest-seat';
    renderApp('/roles-and-seats', [
      listed([jestor()]),
      mockQueryErrors(SET_SEAT_COST_MUTATION, { input: { seatTypeId: guestSeat, monthlyCost: 250000 } }, [
        {
          message: "a seat's monthly cost must be a number from 0 to 100000, got 250000",
          extensions: { code: 'BAD_USER_INPUT', field: 'monthlyCost' },
        },
      ]),
      mockQuery(
        SET_SEAT_COST_MUTATION,
        { input: { seatTypeId: guestSeat, monthlyCost: 12.5 } },
        {
          setSeatCost: {
            __typename: 'SeatCostChange',
            app: { __typename: 'AppRef', id: 'app-jestor', name: 'Jestor' },
            seatType: seatType({ monthlyCost: 12.5, costSource: 'CONFIRMED' }),
          },
        },
      ),
      listed([jestor({ seatTypes: [] })]),
    ]);

    const cost = await screen.findByRole<HTMLInputElement>('spinbutton', { name: 'Monthly cost of one Guest seat seat, in USD' });
    expect(cost.value).toBe('9');
    const save = screen.getByRole('button', { name: 'Save the cost of Guest seat' });

    fireEvent.change(cost, { target: { value: '' } });
    fireEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the monthly cost of one seat.');
    expect(cost.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(cost, { target: { value: '250000' } });
    fireEvent.click(save);
    expect(await screen.findByText("Not saved. a seat's monthly cost must be a number from 0 to 100000, got 250000")).toBeDefined();

    fireEvent.change(cost, { target: { value: '12.5' } });
    fireEvent.click(save);
    expect(
      await screen.findByText(
        'Jestor: “Guest seat” costs $12.50 per seat a month now (it was $9.00, assumed); 1 account holds it. Seat spend, waste and findings were recomputed.',
      ),
    ).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('table', { name: /^Seat types of Jestor/ })).toBeNull());
  });

  it('finance reads the same list without anything to change', async () => {
    renderApp('/roles-and-seats', [listed([jestor(), myApp()])], { session: sessionAs('finance') });

    expect(await screen.findByRole('table', { name: /^Roles of Jestor/ })).toBeDefined();
    expect(screen.getByText('Only admins can classify roles and set seat costs: ask one to confirm what is listed here.')).toBeDefined();
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.queryAllByRole('spinbutton')).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Confirm/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Classify' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Roles and seats' })).toBeDefined();
  });

  it('says there is nothing to classify, and shows every role and seat type on request', async () => {
    const everything = jestor({
      roles: [
        role({ name: 'Admin', id: 'app-jestor:role:admin', privilege: 'ADMIN', defaultPrivilege: 'ADMIN', privilegeSource: 'CATALOG' }),
      ],
      seatTypes: [],
    });
    const { location } = renderApp('/roles-and-seats', [
      listed([]),
      mockQuery(ROLES_AND_SEATS_PAGE_QUERY, { onlyToClassify: false, appId: null }, { rolesAndSeats: [everything] }),
    ]);

    expect(await screen.findByText(/Nothing to classify: the app catalog knows every role and seat type/)).toBeDefined();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show every role and seat type, not only those to classify' }));

    const admin = await screen.findByRole('row', { name: /Admin/ });
    expect(admin.textContent).toContain('from the app catalog');
    expect(within(admin).queryByText('To classify')).toBeNull();
    expect(location()).toBe('/roles-and-seats?all=1');
  });

  it('explains a failed load by its code', async () => {
    renderApp('/roles-and-seats', [
      mockQueryErrors(ROLES_AND_SEATS_PAGE_QUERY, toClassify, [{ message: 'no', extensions: { code: 'FORBIDDEN' } }]),
    ]);
    expect((await screen.findByRole('alert')).textContent).toContain('Your role does not give access to this roles and seats.');
  });
});
