import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PEOPLE_PAGE_QUERY } from '../../web/features/people/people.queries.js';
import { personRow } from './fixtures.js';
import { mockQuery, renderApp } from './render.js';

const firstPage = mockQuery(
  PEOPLE_PAGE_QUERY,
  { first: 25 },
  {
    people: {
      __typename: 'PersonConnection',
      totalCount: 2,
      pageInfo: { __typename: 'PageInfo', endCursor: 'c2', hasNextPage: false },
      nodes: [personRow(), personRow({ id: 'p-alan', displayName: 'Alan Turing', email: 'alan@example.com' })],
    },
  },
);

describe('people page', () => {
  it('sends the typed search text as a variable, lists the results and keeps it in the URL', async () => {
    const { location } = renderApp('/people', [
      firstPage,
      mockQuery(
        PEOPLE_PAGE_QUERY,
        { search: 'grace', first: 25 },
        {
          people: {
            __typename: 'PersonConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', endCursor: 'g1', hasNextPage: false },
            nodes: [
              personRow({
                id: 'p-grace',
                displayName: 'Grace Hopper',
                email: 'grace@example.com',
                department: 'Research',
                status: 'TERMINATED',
                findingCount: 3,
              }),
            ],
          },
        },
      ),
    ]);
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toBeDefined();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search people' }), { target: { value: 'grace' } });

    const row = (await screen.findByRole('link', { name: 'Grace Hopper' })).closest('tr');
    if (!row) throw new Error('Grace is not in a table row');
    expect(within(row).getByText('Research')).toBeDefined();
    expect(within(row).getByText('Terminated')).toBeDefined();
    expect(within(row).getByRole('link', { name: '3 findings for Grace Hopper' }).getAttribute('href')).toBe('/findings?person=p-grace');
    expect(screen.queryByRole('link', { name: 'Ada Lovelace' })).toBeNull();
    expect(location()).toBe('/people?q=grace');
  });

  it('reads the search from ?q= and says so when nobody matches', async () => {
    renderApp('/people?q=zzz', [
      mockQuery(
        PEOPLE_PAGE_QUERY,
        { search: 'zzz', first: 25 },
        {
          people: {
            __typename: 'PersonConnection',
            totalCount: 0,
            pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
            nodes: [],
          },
        },
      ),
    ]);

    expect(await screen.findByText(/No people match “zzz”/)).toBeDefined();
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search people' }).value).toBe('zzz');
  });

  it('loads the next page with the cursor and appends it', async () => {
    renderApp('/people', [
      mockQuery(
        PEOPLE_PAGE_QUERY,
        { first: 25 },
        {
          people: {
            __typename: 'PersonConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', endCursor: 'c1', hasNextPage: true },
            nodes: [personRow()],
          },
        },
      ),
      mockQuery(
        PEOPLE_PAGE_QUERY,
        { first: 25, after: 'c1' },
        {
          people: {
            __typename: 'PersonConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', endCursor: 'c2', hasNextPage: false },
            nodes: [personRow({ id: 'p-alan', displayName: 'Alan Turing', email: 'alan@example.com' })],
          },
        },
      ),
    ]);

    expect(await screen.findByText('Showing 1 of 2 people')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Alan Turing' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Ada Lovelace' })).toBeDefined();
    expect(screen.getByText('Showing 2 of 2 people')).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull());
  });
});
