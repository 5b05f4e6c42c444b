import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PERSON_PAGE_QUERY } from '../../web/features/people/person.queries.js';
import { personDetail } from './fixtures.js';
import { mockQuery, mockQueryErrors, renderApp } from './render.js';

describe('person page', () => {
  it('says the person does not exist on NOT_FOUND, without offering a retry', async () => {
    renderApp('/people/p-gone', [
      mockQueryErrors(PERSON_PAGE_QUERY, { id: 'p-gone' }, [{ message: 'No person with id p-gone', extensions: { code: 'NOT_FOUND' } }]),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This person does not exist.');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(within(alert).getByRole('link', { name: 'Back to people' }).getAttribute('href')).toBe('/people');
  });

  it('offers a retry for other errors and shows the person once it succeeds', async () => {
    renderApp('/people/p-ada', [
      mockQueryErrors(PERSON_PAGE_QUERY, { id: 'p-ada' }, [
        { message: 'Neo4j unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]),
      mockQuery(PERSON_PAGE_QUERY, { id: 'p-ada' }, personDetail()),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load person.');
    expect(alert.textContent).not.toContain('does not exist');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeDefined();
  });

  it('lists the integrations the person enabled or authorized and links one left behind to its finding', async () => {
    renderApp('/people/p-ada', [
      mockQuery(
        PERSON_PAGE_QUERY,
        { id: 'p-ada' },
        personDetail({
          status: 'TERMINATED',
          integrations: [
            {
              __typename: 'PersonIntegration',
              id: 'int-zapier',
              name: 'Zapier',
              mode: 'workspace',
              how: 'ENABLED_BY',
              app: { __typename: 'AppRef', id: 'app-jasper', name: 'Jasper' },
              account: { __typename: 'AccountRef', id: 'acc-ada', email: 'ada@example.com', status: 'DEACTIVATED' },
              scopes: ['documents:write'],
              enabledAt: '2025-01-10T00:00:00Z',
              lastUsedAt: null,
              leftBehindFindingId: 'integration_left_behind:acc-ada:int-zapier',
            },
          ],
        }),
      ),
    ]);

    const table = within(await screen.findByRole('table', { name: 'Integrations this person enabled or authorized' }));
    const row = within(table.getByRole('row', { name: /Zapier/ }));
    expect(row.getByText('Enabled for the workspace')).toBeDefined();
    expect(row.getByRole('link', { name: 'Jasper' }).getAttribute('href')).toBe('/apps/app-jasper');
    expect(row.getByRole('link', { name: 'Left behind: see the finding' }).getAttribute('href')).toBe(
      '/findings?type=INTEGRATION_LEFT_BEHIND&person=p-ada',
    );
    expect(row.getByText('documents:write')).toBeDefined();
  });

  it('says so when the person has no integrations', async () => {
    renderApp('/people/p-ada', [mockQuery(PERSON_PAGE_QUERY, { id: 'p-ada' }, personDetail())]);
    expect(await screen.findByText('Ada Lovelace has not enabled or authorized any integration.')).toBeDefined();
  });

  it('shows HR facts, the manager chain and accounts with their findings', async () => {
    renderApp('/people/p-ada', [
      mockQuery(
        PERSON_PAGE_QUERY,
        { id: 'p-ada' },
        personDetail({
          findingCount: 1,
          accountCount: 1,
          managerChain: [
            { __typename: 'Person', id: 'p-boss', displayName: 'Barbara Liskov', title: 'VP Engineering', status: 'ACTIVE' },
            { __typename: 'Person', id: 'p-ceo', displayName: 'Margaret Hamilton', title: 'CEO', status: 'ACTIVE' },
          ],
          accounts: [
            {
              __typename: 'PersonAccount',
              id: 'acc-ada',
              app: { __typename: 'AppRef', id: 'app-jasper', name: 'Jasper' },
              email: 'ada@example.com',
              status: 'ACTIVE',
              kind: 'HUMAN',
              roles: ['Admin'],
              privilege: 'ADMIN',
              seatType: 'Pro seat',
              lastActiveAt: '2025-11-02T10:00:00Z',
              linkReason: 'exact email',
              findings: [
                { __typename: 'Finding', id: 'f-9', type: 'INACTIVE_USER', severity: 'MEDIUM', reason: 'No activity for 149 days' },
              ],
            },
          ],
        }),
      ),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeDefined();
    expect(screen.getByText('E-0001')).toBeDefined();
    expect(screen.getByText('Apr 1, 2021')).toBeDefined();

    const chain = within(screen.getByRole('navigation', { name: 'Manager chain' }));
    expect(chain.getAllByRole('link').map((link) => link.textContent)).toEqual(['Margaret Hamilton', 'Barbara Liskov']);
    expect(chain.getByRole('link', { name: 'Barbara Liskov' }).getAttribute('href')).toBe('/people/p-boss');

    const accounts = within(screen.getByRole('table', { name: 'App accounts linked to this person' }));
    expect(accounts.getByRole('link', { name: 'Jasper' }).getAttribute('href')).toBe('/apps/app-jasper');
    expect(accounts.getByRole('link', { name: 'Inactive user' }).getAttribute('href')).toBe(
      '/findings?type=INACTIVE_USER&app=app-jasper&person=p-ada',
    );
  });
});
