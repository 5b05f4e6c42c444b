import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FINDING_FILTER_APPS_QUERY, FINDINGS_PAGE_QUERY } from '../../web/features/findings/findings.queries.js';
import { FINDING_NEIGHBOURHOOD_QUERY } from '../../web/features/findings/neighbourhood.queries.js';
import { LINK_OWNER_MUTATION, UNLINK_OWNER_MUTATION } from '../../web/features/ownership/ownership.mutations.js';
import { PERSON_PICKER_QUERY, REVIEW_QUEUE_QUERY } from '../../web/features/ownership/ownership.queries.js';
import type { OwnershipChange_ChangeFragment, ReviewQueuePageQuery } from '../../web/graphql/graphql.js';
import { filterAppsData, finding, findingConnection, personRef } from './fixtures.js';
import { mockQuery, renderApp, sessionAs } from './render.js';

/** Answers every time it is asked: refetches after a decision ask again. */
function always<T extends MockLink.MockedResponse>(mock: T): T {
  return { ...mock, maxUsageCount: Number.POSITIVE_INFINITY };
}

const neighbourhood = always(
  mockQuery(
    FINDING_NEIGHBOURHOOD_QUERY,
    { id: 'f-1' },
    { finding: { __typename: 'Finding', id: 'f-1', neighbourhood: { __typename: 'Neighbourhood', nodes: [], edges: [] } } },
  ),
);

function change(owner: OwnershipChange_ChangeFragment['owner'], findingCount: number): OwnershipChange_ChangeFragment {
  return {
    __typename: 'OwnershipChange',
    record: { __typename: 'OwnedRecord', id: 'acc-1', recordType: 'account', label: 'grace@example.com', appName: 'Jasper' },
    owner,
    linkReason: owner ? 'Linked by hand' : null,
    findingCount,
  };
}

const chrisSales = personRef({ id: 'p-chris-1', displayName: 'Chris Lee', email: 'chris.lee@acme.com', status: 'ACTIVE' });
const chrisSupport = personRef({ id: 'p-chris-2', displayName: 'Chris Lee', email: 'c.lee@acme.com', status: 'ACTIVE' });

function queue(nodes: ReviewQueuePageQuery['reviewQueue']['nodes']): ReviewQueuePageQuery {
  return {
    reviewQueue: {
      __typename: 'ReviewQueue',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      nodes,
    },
  };
}

const ambiguous: ReviewQueuePageQuery['reviewQueue']['nodes'][number] = {
  __typename: 'ReviewItem',
  displayName: 'Chris Lee',
  reason: 'Matches 2 people by display name (Chris Lee, Chris Lee); a person must decide',
  record: { __typename: 'OwnedRecord', id: 'acc-chris', recordType: 'account', label: 'chrislee.home@example.net', appName: 'Jasper' },
  candidateDetails: [
    {
      __typename: 'ReviewCandidate',
      person: chrisSales,
      employeeId: 'E3',
      department: 'Sales',
      title: 'Account Executive',
      matchedOn: ['Display name "Chris Lee" is their HR name'],
    },
    {
      __typename: 'ReviewCandidate',
      person: chrisSupport,
      employeeId: 'E4',
      department: 'Support',
      title: 'Agent',
      matchedOn: ['Display name "Chris Lee" is their HR name'],
    },
  ],
};

describe('deciding whose an account is', () => {
  it('links a finding’s account to a person picked by search, and the finding list is asked again', async () => {
    renderApp('/findings', [
      always(mockQuery(FINDING_FILTER_APPS_QUERY, {}, filterAppsData)),
      mockQuery(FINDINGS_PAGE_QUERY, { filter: null, first: 50 }, findingConnection([finding({ person: null })])),
      always(mockQuery(FINDINGS_PAGE_QUERY, { filter: null, first: 50 }, findingConnection([]))),
      neighbourhood,
      always(
        mockQuery(
          PERSON_PICKER_QUERY,
          { search: 'grace', first: 8 },
          {
            people: {
              __typename: 'PersonConnection',
              totalCount: 1,
              nodes: [
                {
                  __typename: 'Person',
                  id: 'p-grace',
                  displayName: 'Grace Hopper',
                  email: 'grace@acme.com',
                  employeeId: 'E2',
                  department: 'Engineering',
                  title: 'Engineer',
                  status: 'ACTIVE',
                },
              ],
            },
          },
        ),
      ),
      mockQuery(
        LINK_OWNER_MUTATION,
        { input: { recordId: 'acc-1', personId: 'p-grace', note: 'her personal address' } },
        { linkOwner: change(personRef({ id: 'p-grace', displayName: 'Grace Hopper', email: 'grace@acme.com', status: 'ACTIVE' }), 0) },
      ),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: /Details: Orphaned account, grace@example.com/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Change owner: grace@example.com' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Who owns grace@example.com?' }));
    expect(document.activeElement).toBe(dialog.getByRole('radio', { name: 'Link to a person' }));

    // Saving without a person says what is missing and sends nothing.
    fireEvent.click(dialog.getByRole('button', { name: 'Save decision' }));
    expect(dialog.getByText('Choose a person from the matches.')).toBeDefined();
    const search = dialog.getByRole('searchbox', { name: 'Person' });
    expect(document.activeElement).toBe(search);

    fireEvent.change(search, { target: { value: 'grace' } });
    fireEvent.click(await dialog.findByRole('radio', { name: /Grace Hopper grace@acme.com/ }));
    expect(dialog.getByText('Chosen: Grace Hopper')).toBeDefined();
    fireEvent.change(dialog.getByRole('textbox', { name: 'Why (optional, kept in the audit log)' }), {
      target: { value: 'her personal address' },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Save decision' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('No findings: nothing needs action after the last sync.')).toBeDefined();
  });

  it('shows both candidates of an ambiguous account side by side and links the one chosen', async () => {
    renderApp('/ownership-queue', [
      mockQuery(REVIEW_QUEUE_QUERY, { first: 50 }, queue([ambiguous])),
      always(mockQuery(REVIEW_QUEUE_QUERY, { first: 50 }, queue([]))),
      mockQuery(
        LINK_OWNER_MUTATION,
        { input: { recordId: 'acc-chris', personId: 'p-chris-2', note: 'Chosen in the review queue' } },
        { linkOwner: { ...change(chrisSupport, 0), record: { ...ambiguous.record } } },
      ),
    ]);

    const candidates = within(await screen.findByRole('list', { name: 'Candidates for chrislee.home@example.net' }));
    const cards = candidates.getAllByRole('listitem').filter((item) => item.classList.contains('candidate'));
    expect(cards.map((card) => within(card).getByText(/^E\d$/).textContent)).toEqual(['E3', 'E4']);
    expect(within(cards[0]!).getByText('Sales')).toBeDefined();
    expect(within(cards[1]!).getByText('Support')).toBeDefined();
    expect(candidates.getAllByText('Display name "Chris Lee" is their HR name')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Neither: nobody in HR owns chrislee.home@example.net' })).toBeDefined();

    fireEvent.click(within(cards[1]!).getByRole('button', { name: 'It is Chris Lee’s: chrislee.home@example.net' }));
    expect(await screen.findByText('chrislee.home@example.net (Jasper) belongs to Chris Lee; no findings on it.')).toBeDefined();
    expect(await screen.findByText('Nothing to decide', { exact: false })).toBeDefined();
  });

  it('says "neither" with an unlink', async () => {
    renderApp('/ownership-queue', [
      mockQuery(REVIEW_QUEUE_QUERY, { first: 50 }, queue([ambiguous])),
      always(mockQuery(REVIEW_QUEUE_QUERY, { first: 50 }, queue([]))),
      mockQuery(
        UNLINK_OWNER_MUTATION,
        { input: { recordId: 'acc-chris', note: 'None of the candidates, in the review queue' } },
        { unlinkOwner: { ...change(null, 1), record: { ...ambiguous.record } } },
      ),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Neither: nobody in HR owns chrislee.home@example.net' }));
    expect(await screen.findByText('chrislee.home@example.net (Jasper) belongs to nobody in HR; 1 finding on it.')).toBeDefined();
  });

  it('offers neither the controls nor the queue to a role that may not decide', async () => {
    renderApp(
      '/findings',
      [
        mockQuery(FINDING_FILTER_APPS_QUERY, {}, filterAppsData),
        mockQuery(FINDINGS_PAGE_QUERY, { filter: null, first: 50 }, findingConnection([finding()])),
        neighbourhood,
      ],
      { session: sessionAs('finance') },
    );
    fireEvent.click(await screen.findByRole('button', { name: /Details: Orphaned account, grace@example.com/ }));
    expect(screen.getByText('Suggested action')).toBeDefined();
    expect(screen.queryByRole('button', { name: /Change owner/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Ownership queue' })).toBeNull();
  });
});
