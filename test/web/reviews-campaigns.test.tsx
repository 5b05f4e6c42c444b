import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CREATE_CAMPAIGN_MUTATION } from '../../web/features/reviews/reviews.mutations.js';
import {
  CAMPAIGN_ITEMS_QUERY,
  CAMPAIGN_PAGE_QUERY,
  CAMPAIGNS_PAGE_QUERY,
  NEW_CAMPAIGN_PAGE_QUERY,
} from '../../web/features/reviews/reviews.queries.js';
import { PERSON_PICKER_QUERY } from '../../web/features/ownership/ownership.queries.js';
import { campaignFacts, campaignPage, itemConnection, viewer } from './review-fixtures.js';
import { mockQuery, renderApp } from './render.js';
import type { CreateCampaignInput } from '../../web/graphql/graphql.js';

const newCampaignPage = (personId: string | null = 'p-admin') =>
  mockQuery(
    NEW_CAMPAIGN_PAGE_QUERY,
    {},
    {
      me: { ...viewer('ADMIN', personId), email: 'admin@demo.test', displayName: 'Demo Admin' },
      apps: [
        { __typename: 'App', id: 'app-slack', name: 'Slack' },
        { __typename: 'App', id: 'app-jasper', name: 'Jasper' },
      ],
    },
  );

describe('campaigns', () => {
  it('creates a campaign with what the form says and opens it', async () => {
    const sent: CreateCampaignInput[] = [];
    const { location } = renderApp('/reviews/new', [
      newCampaignPage(),
      mockQuery(
        PERSON_PICKER_QUERY,
        { search: 'sam', first: 8 },
        {
          people: {
            __typename: 'PersonConnection',
            totalCount: 1,
            nodes: [
              {
                __typename: 'Person',
                id: 'p-sam',
                displayName: 'Sam Shield',
                email: 'sam@example.com',
                employeeId: 'E5',
                department: 'Security',
                title: 'Security Lead',
                status: 'ACTIVE',
              },
            ],
          },
        },
      ),
      {
        request: { query: CREATE_CAMPAIGN_MUTATION, variables: () => true },
        result: (variables: { input: CreateCampaignInput }) => {
          sent.push(variables.input);
          return { data: { createCampaign: campaignFacts({ id: 'c-new', status: 'DRAFT', launchedAt: null, populationCount: null }) } };
        },
      },
      mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-new' }, campaignPage({ id: 'c-new', status: 'DRAFT' })),
      mockQuery(
        CAMPAIGN_ITEMS_QUERY,
        { id: 'c-new', first: 50 },
        { campaign: { __typename: 'Campaign', id: 'c-new', items: itemConnection([]) } },
      ),
    ]);

    const name = await screen.findByRole('textbox', { name: 'Name' });
    fireEvent.click(screen.getByRole('button', { name: 'Create draft campaign' }));
    expect(await screen.findByText('Give the campaign a name.')).toBeDefined();
    expect(document.activeElement).toBe(name);

    fireEvent.change(name, { target: { value: 'Q4 admin review' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Period' }), { target: { value: '2026-Q5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create draft campaign' }));
    expect(await screen.findByText('Write the period as 2026-Q4, 2026-H2, 2026-11 or 2026.')).toBeDefined();
    fireEvent.change(screen.getByRole('textbox', { name: 'Period' }), { target: { value: '2026-Q4' } });

    expect(screen.getByText(/The manager of the account’s owner in HR/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Create draft campaign' }));
    expect(await screen.findByText('Choose at least one app to review.')).toBeDefined();
    fireEvent.click(within(screen.getByRole('group', { name: /Apps to review/ })).getByRole('checkbox', { name: 'Jasper' }));
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-12-15' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Second stage/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create draft campaign' }));
    expect(await screen.findByText('Choose the campaign owner from the matches: they review accounts nobody in HR owns.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search HR for the owner' }));
    // The owner is searched for in HR and chosen from the matches.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search HR for the owner' }), { target: { value: 'sam' } });
    fireEvent.click(await screen.findByRole('radio', { name: /Sam Shield/ }));
    expect(screen.getByText('Chosen: Sam Shield')).toBeDefined();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Days to carry out a revoke' }), { target: { value: '21' } });
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Create draft campaign' }));

    await waitFor(() => expect(location()).toBe('/reviews/c-new'));
    expect(sent).toEqual([
      {
        name: 'Q4 admin review',
        period: '2026-Q4',
        scope: 'APPS',
        apps: ['app-jasper'],
        dueAt: '2026-12-15',
        owner: 'p-sam',
        secondStage: true,
        remediationDays: 21,
      },
    ]);
    expect(await screen.findByRole('button', { name: 'Launch campaign' })).toBeDefined();
  });

  it('an admin who is not in HR can choose to own it: sends their sign-in email, no apps for another scope, and shows what the server refused', async () => {
    renderApp('/reviews/new', [
      newCampaignPage(null),
      {
        request: {
          query: CREATE_CAMPAIGN_MUTATION,
          variables: {
            input: {
              name: 'Everything',
              period: '2026',
              scope: 'FLAGGED',
              dueAt: '2026-12-31',
              owner: 'admin@demo.test',
              secondStage: false,
              remediationDays: 14,
            },
          },
        },
        result: {
          errors: [
            {
              message: 'a campaign named "Everything" already exists; pick another name',
              extensions: { code: 'BAD_USER_INPUT', field: 'name' },
            },
          ],
        },
      },
    ]);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), { target: { value: 'Everything' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Period' }), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('radio', { name: /Flagged accounts only/ }));
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Me (Demo Admin)' }));
    expect(screen.getByText(/You are not in HR: accounts nobody in HR owns will have no reviewer/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Create draft campaign' }));

    expect((await screen.findByRole('alert')).textContent).toContain('a campaign named "Everything" already exists');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' })));
  });

  it('lists the campaigns with their progress, filters by status in the URL and lists who is overdue', async () => {
    const listed = {
      __typename: 'Campaign' as const,
      id: 'c-1',
      name: 'Q4 access review',
      period: '2026-Q4',
      scope: 'ALL' as const,
      status: 'ACTIVE' as const,
      dueAt: '2026-12-15T23:59:59Z',
      secondStage: false,
      progress: { __typename: 'CampaignProgress' as const, total: 40, decided: 10, overdue: 3, unassigned: 0 },
    };
    const overdueReviewers = campaignPage().campaign?.overdueReviewers ?? [];
    const { location } = renderApp('/reviews', [
      mockQuery(CAMPAIGNS_PAGE_QUERY, {}, { me: viewer('ADMIN'), campaigns: [listed], overdueReviewers }),
      mockQuery(CAMPAIGNS_PAGE_QUERY, { status: 'CLOSED' }, { me: viewer('ADMIN'), campaigns: [], overdueReviewers }),
    ]);
    const table = within(await screen.findByRole('table', { name: 'Access-review campaigns, newest first' }));
    expect(table.getByRole('link', { name: 'Q4 access review' }).getAttribute('href')).toBe('/reviews/c-1');
    expect(table.getByText('10 / 40 (25%)')).toBeDefined();
    expect(screen.getByRole('link', { name: 'New campaign' }).getAttribute('href')).toBe('/reviews/new');
    expect(
      within(screen.getByRole('table', { name: 'Reviewers with undecided items past the due date' })).getByText('Ada Lovelace'),
    ).toBeDefined();

    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'CLOSED' } });
    await waitFor(() => expect(location()).toBe('/reviews?status=CLOSED'));
    expect(await screen.findByText('No closed campaigns.')).toBeDefined();
  });
});
