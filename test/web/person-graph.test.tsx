import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeNeighbourhood, personNeighbourhood } from '../../web/shared/graph/elements.js';
import { PERSON_PAGE_QUERY } from '../../web/features/people/person.queries.js';
import { personDetail } from './fixtures.js';
import { mockQuery, renderApp } from './render.js';
import type { PersonAccountsTable_AccountFragment } from '../../web/graphql/graphql.js';

function account(overrides: Partial<PersonAccountsTable_AccountFragment> = {}): PersonAccountsTable_AccountFragment {
  return {
    __typename: 'PersonAccount',
    id: 'app-jira:ada@example.com',
    app: { __typename: 'AppRef', id: 'app-jira', name: 'Jira' },
    email: 'ada@example.com',
    status: 'ACTIVE',
    kind: 'HUMAN',
    roles: ['Admin', 'User'],
    privilege: 'ADMIN',
    seatType: 'Standard',
    lastActiveAt: null,
    linkReason: 'exact email',
    findings: [],
    ...overrides,
  };
}

const okta = {
  __typename: 'Identity' as const,
  id: 'okta:00u1',
  idp: 'okta',
  login: 'ada@example.com',
  email: 'ada@example.com',
  status: 'SUSPENDED' as const,
  lastLoginAt: null,
  lastLoginKnown: true,
  isAdmin: false,
  groups: [],
};

describe('the person graph', () => {
  it('joins the person to identities and accounts, accounts to their app and roles, each app once', () => {
    const person = {
      id: 'p-ada',
      displayName: 'Ada Lovelace',
      email: 'ada@example.com',
      identities: [okta],
      accounts: [
        account(),
        account({
          id: 'app-jira:ada.l@example.org',
          email: 'ada.l@example.org',
          roles: ['User'],
          findings: [{ __typename: 'Finding', id: 'f1', type: 'DUPLICATE_ACCOUNT', severity: 'MEDIUM', reason: 'two seats' }],
        }),
      ],
    };
    const { nodes, edges } = personNeighbourhood(person);
    expect(nodes.map((n) => `${n.kind} ${n.label}${n.flagged ? ' !' : ''}`)).toEqual([
      'person Ada Lovelace',
      'identity Okta: ada@example.com !',
      'account ',
      'app Jira',
      'role Admin',
      'role User',
      'account ada.l@example.org !',
    ]);
    expect(nodes.find((n) => n.kind === 'app')?.href).toBe('/apps/app-jira');
    expect(edges.filter((e) => e.target === 'app:app-jira')).toHaveLength(2);
    expect(edges.filter((e) => e.target === 'role:app-jira:User')).toHaveLength(2);
    expect(describeNeighbourhood(person)).toBe('Ada Lovelace: 1 IdP identity, 2 app accounts in 1 app, 1 with findings.');
  });

  it('is drawn on the person page with a text summary for screen readers', async () => {
    renderApp('/people/p-ada', [
      mockQuery(PERSON_PAGE_QUERY, { id: 'p-ada' }, personDetail({ identities: [okta], accounts: [account()], accountCount: 1 })),
    ]);
    const graph = await screen.findByRole('img', { name: 'Ada Lovelace: 1 IdP identity, 1 app account in 1 app.' });
    expect(graph.closest('figure')?.textContent).toContain('app (opens its page)');
  });

  it('is left out for a person with nothing linked', async () => {
    renderApp('/people/p-ada', [mockQuery(PERSON_PAGE_QUERY, { id: 'p-ada' }, personDetail())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Graph' })).toBeNull();
  });
});
