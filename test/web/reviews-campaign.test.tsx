import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import {
  CLOSE_CAMPAIGN_MUTATION,
  DECIDE_ITEMS_MUTATION,
  LAUNCH_CAMPAIGN_MUTATION,
  REASSIGN_ITEMS_MUTATION,
} from '../../web/features/reviews/reviews.mutations.js';
import {
  CAMPAIGN_ITEMS_QUERY,
  CAMPAIGN_PAGE_QUERY,
  CAMPAIGN_REVIEWERS_QUERY,
  LAUNCH_PREVIEW_QUERY,
  REVIEW_ITEM_ROLES_QUERY,
} from '../../web/features/reviews/reviews.queries.js';
import { campaignFacts, campaignPage, itemConnection, reviewItem } from './review-fixtures.js';
import { mockQuery, renderApp } from './render.js';

describe('campaign page', () => {
  it('shows progress per reviewer and per app, who is overdue, remediation and the evidence downloads', async () => {
    renderApp('/reviews/c-1', [
      mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage()),
      mockQuery(
        CAMPAIGN_ITEMS_QUERY,
        { id: 'c-1', first: 50 },
        { campaign: { __typename: 'Campaign', id: 'c-1', items: itemConnection([reviewItem({ overdue: true })]) } },
      ),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: /Q4 access review/ })).toBeDefined();

    const reviewers = within(screen.getByRole('table', { name: 'Progress per reviewer, most left to do first' }));
    const ada = reviewers.getByRole('row', { name: /Ada Lovelace/ });
    expect(within(ada).getByText('3 / 10 (30%)')).toBeDefined();
    expect(within(ada).getByRole('progressbar', { name: 'Ada Lovelace: 3 of 10 decided' })).toBeDefined();
    expect(within(ada).getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe('/reviews/c-1?reviewer=p-ada');
    expect(reviewers.getByText('Nobody (an admin must reassign)')).toBeDefined();

    const apps = within(screen.getByRole('table', { name: 'Progress per app' }));
    const slack = apps.getByRole('row', { name: /Slack/ });
    expect(within(slack).getByText('4 / 8 (50%)')).toBeDefined();
    expect(within(slack).getByText('$17.50')).toBeDefined();
    expect(apps.getByRole('row', { name: /Jasper/ }).textContent).toContain('1 / 4 (25%)');

    const overdue = within(screen.getByRole('table', { name: 'Reviewers with undecided items past the due date' }));
    const overdueAda = overdue.getByRole('row', { name: /Ada Lovelace/ });
    expect(
      within(overdueAda)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4', '1', 'Dec 15, 2026']);
    expect(within(overdueAda).getByRole('link').getAttribute('href')).toBe('/reviews/c-1?reviewer=p-ada&decision=UNDECIDED');

    const remediation = within(screen.getByRole('table', { name: 'Revoked items and their remediation' }));
    expect(remediation.getByText('gone@example.com')).toBeDefined();
    expect(remediation.getByText('Waiting for the next import')).toBeDefined();

    const items = within(await screen.findByRole('table', { name: /Review items and decisions so far/ }));
    expect(items.getByText('Overdue')).toBeDefined();

    expect(screen.getByRole('link', { name: 'Evidence (CSV)' }).getAttribute('href')).toBe('/api/campaigns/c-1/evidence.csv');
    expect(screen.getByRole('link', { name: /Report \(HTML/ }).getAttribute('href')).toBe('/api/campaigns/c-1/report.html');
    expect(screen.getByRole('link', { name: 'Report (PDF)' }).getAttribute('href')).toBe('/api/campaigns/c-1/report.pdf');
    expect(screen.getByRole('heading', { name: 'Close the campaign' })).toBeDefined();
  });

  it('shows the 25 reviewers most behind with how many there are, and more on request', async () => {
    const reviewer = (n: number) => ({
      __typename: 'ReviewerProgress' as const,
      personId: `p-${n}`,
      displayName: `Reviewer ${n}`,
      email: null,
      total: 100,
      decided: n,
      overdue: 0,
    });
    const all = Array.from({ length: 30 }, (_, n) => reviewer(n));
    renderApp('/reviews/c-1', [
      mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage({ reviewerCount: 30, progressByReviewer: all.slice(0, 25) })),
      mockQuery(
        CAMPAIGN_ITEMS_QUERY,
        { id: 'c-1', first: 50 },
        { campaign: { __typename: 'Campaign', id: 'c-1', items: itemConnection([]) } },
      ),
      mockQuery(
        CAMPAIGN_REVIEWERS_QUERY,
        { id: 'c-1', first: 100 },
        { campaign: { __typename: 'Campaign', id: 'c-1', reviewerCount: 30, progressByReviewer: all } },
      ),
    ]);

    expect(await screen.findByText('Showing 25 of 30 reviewers')).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: /^Progress per reviewer/ }).textContent).toBe('Progress per reviewer 30');
    const table = within(screen.getByRole('table', { name: 'Progress per reviewer, most left to do first' }));
    expect(table.getAllByRole('row')).toHaveLength(26);
    expect(table.queryByText('Reviewer 29')).toBeNull();
    // The decisions filter offers the reviewers read so far, not every reviewer of the campaign.
    expect(within(screen.getByRole('combobox', { name: 'Reviewer' })).getAllByRole('option')).toHaveLength(26);

    fireEvent.click(screen.getByRole('button', { name: 'Show more reviewers' }));
    expect(await table.findByText('Reviewer 29')).toBeDefined();
    expect(table.getAllByRole('row')).toHaveLength(31);
    expect(screen.getByText('Showing 30 of 30 reviewers')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Show more reviewers' })).toBeNull();
  });

  it('keeps the decisions filter in the URL and asks the server for the filtered items', async () => {
    const { location } = renderApp('/reviews/c-1?app=app-slack', [
      mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage({}, 'AUDITOR')),
      mockQuery(
        CAMPAIGN_ITEMS_QUERY,
        { id: 'c-1', appId: 'app-slack', first: 50 },
        { campaign: { __typename: 'Campaign', id: 'c-1', items: itemConnection([reviewItem()]) } },
      ),
      mockQuery(
        CAMPAIGN_ITEMS_QUERY,
        { id: 'c-1', appId: 'app-slack', decision: 'REVOKE', first: 50 },
        {
          campaign: {
            __typename: 'Campaign',
            id: 'c-1',
            items: itemConnection([reviewItem({ id: 'i-9', accountEmail: 'revoked@example.com', decision: 'REVOKE' })]),
          },
        },
      ),
    ]);

    expect(await screen.findByText('grace@example.com')).toBeDefined();
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'App' }).value).toBe('app-slack');
    // An auditor reads: no selection, no Decide buttons, no close form.
    expect(screen.queryByRole('button', { name: /^Decide/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Close the campaign' })).toBeNull();

    fireEvent.change(screen.getByRole('combobox', { name: 'Decision' }), { target: { value: 'REVOKE' } });
    await waitFor(() => expect(location()).toBe('/reviews/c-1?app=app-slack&decision=REVOKE'));
    expect(await screen.findByText('revoked@example.com')).toBeDefined();
  });

  it('says so when the campaign does not exist', async () => {
    renderApp('/reviews/nope', [mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'nope' }, { me: campaignPage().me, campaign: null })]);
    expect(await screen.findByRole('heading', { name: 'Campaign not found' })).toBeDefined();
  });

  it('asks before launching, with how many items and reviewers the launch makes; Cancel launches nothing', async () => {
    renderApp('/reviews/c-1', [
      always(mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage({ status: 'DRAFT', launchedAt: null, populationCount: null }))),
      always(noItems),
      always(
        mockQuery(
          LAUNCH_PREVIEW_QUERY,
          { id: 'c-1' },
          {
            campaign: {
              __typename: 'Campaign',
              id: 'c-1',
              launchPreview: { __typename: 'LaunchPreview', items: 120, reviewers: 7, unassigned: 2 },
            },
          },
        ),
      ),
      mockQuery(LAUNCH_CAMPAIGN_MUTATION, { id: 'c-1' }, { launchCampaign: campaignFacts({ status: 'ACTIVE', populationCount: 120 }) }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Launch campaign' }));
    const asked = await screen.findByRole('dialog', { name: 'Launch Q4 access review for 120 accounts?' });
    expect(asked.textContent).toContain(
      '120 review items will be created, one per account in scope as it is now, and assigned to 7 reviewers',
    );
    expect(asked.textContent).toContain('2 items will have no reviewer until an admin reassigns them');
    fireEvent.click(within(asked).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Launch campaign' }));

    fireEvent.click(screen.getByRole('button', { name: 'Launch campaign' }));
    fireEvent.click(await within(await screen.findByRole('dialog')).findByRole('button', { name: 'Launch: 120 review items' }));
    expect(await screen.findByText('Campaign launched: 120 accounts to review.')).toBeDefined();
  });

  it('asks before closing, with how many undecided items get the default and what it does to them', async () => {
    renderApp('/reviews/c-1', [
      always(mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage())),
      always(noItems),
      mockQuery(CLOSE_CAMPAIGN_MUTATION, { id: 'c-1', default: 'REVOKE' }, { closeCampaign: campaignFacts({ status: 'CLOSED' }) }),
    ]);

    fireEvent.click(await screen.findByRole('radio', { name: /^Revoke: undecided items are revoked/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Close and sign off' }));
    const asked = await screen.findByRole('dialog', { name: 'Close the campaign with 7 undecided items?' });
    expect(asked.textContent).toContain('7 undecided items will be revoked by default, each with a remediation task');
    expect(asked.textContent).toContain('no decision can be made or changed');
    fireEvent.click(within(asked).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Close and sign off' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close: revoke 7 items' }));
    expect(await screen.findByText('Campaign closed and signed off: 7 undecided items revoked by default.')).toBeDefined();
  });

  it("changing a role offers the app's roles in a list and sends the one chosen", async () => {
    const item = reviewItem({ id: 'i-1', version: 1 });
    const modified = {
      ...item,
      version: 2,
      decision: 'MODIFY' as const,
      newRole: 'Member',
      decidedByName: 'Test Admin',
      decidedAt: '2026-10-03T08:00:00Z',
    };
    renderApp('/reviews/c-1', [
      always(mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage())),
      always(
        mockQuery(
          CAMPAIGN_ITEMS_QUERY,
          { id: 'c-1', first: 50 },
          { campaign: { __typename: 'Campaign', id: 'c-1', items: itemConnection([item]) } },
        ),
      ),
      always(
        mockQuery(
          REVIEW_ITEM_ROLES_QUERY,
          { id: 'i-1' },
          {
            reviewItem: {
              __typename: 'AccessReviewItem',
              id: 'i-1',
              appRoles: [
                { __typename: 'HeldRole', name: 'Admin', privilege: 'admin' },
                { __typename: 'HeldRole', name: 'Guest', privilege: 'viewer' },
                { __typename: 'HeldRole', name: 'Member', privilege: 'standard' },
              ],
            },
          },
        ),
      ),
      mockQuery(
        DECIDE_ITEMS_MUTATION,
        { input: { items: [{ itemId: 'i-1', expectedVersion: 1 }], decision: 'MODIFY', newRole: 'Member' } },
        { decideItems: { __typename: 'DecisionResult', items: [modified], secondStageItems: [] } },
      ),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Decide grace@example.com in Slack' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Modify role' }));
    const roles = screen.getByRole<HTMLSelectElement>('combobox', { name: 'New role' });
    await waitFor(() => expect(within(roles).getAllByRole('option')).toHaveLength(4));
    expect(
      within(roles)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a role', 'Admin (admin)', 'Guest (viewer)', 'Member, held now']);
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Choose the role to change to.')).toBeDefined();
    fireEvent.change(roles, { target: { value: 'Member' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Modify role: grace@example.com in Slack.')).toBeDefined();
  });

  it('asks before reassigning several items, with the count; Cancel moves nothing', async () => {
    const first = reviewItem({ id: 'i-1', version: 1 });
    const second = reviewItem({ id: 'i-2', version: 4, accountId: 'acc-2', accountEmail: 'linus@example.com' });
    const moved = (item: typeof first) => ({ ...item, version: item.version + 1, reviewerPersonId: 'p-sam', reviewerName: 'Sam Shield' });
    renderApp('/reviews/c-1', [
      always(mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage())),
      always(
        mockQuery(
          CAMPAIGN_ITEMS_QUERY,
          { id: 'c-1', first: 50 },
          { campaign: { __typename: 'Campaign', id: 'c-1', items: itemConnection([first, second]) } },
        ),
      ),
      mockQuery(
        REASSIGN_ITEMS_MUTATION,
        {
          input: {
            items: [
              { itemId: 'i-1', expectedVersion: 1 },
              { itemId: 'i-2', expectedVersion: 4 },
            ],
            toPersonId: 'sam@example.com',
          },
        },
        { reassignItems: [moved(first), moved(second)] },
      ),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Select all 2 undecided' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reassign the selected' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'New reviewer' }), { target: { value: 'sam@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reassign 2 items' }));
    const asked = await screen.findByRole('dialog', { name: 'Reassign 2 items to sam@example.com?' });
    fireEvent.click(within(asked).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('2 items selected.')).toBeDefined();

    fireEvent.click(screen.getAllByRole('button', { name: 'Reassign 2 items' })[0]!);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reassign 2 items' }));
    expect(await screen.findByText('2 items reassigned to Sam Shield.')).toBeDefined();
  });
});

/** Answers every time it is asked: refetches after an action ask again. */
function always<T extends MockLink.MockedResponse>(mock: T): T {
  return { ...mock, maxUsageCount: Number.POSITIVE_INFINITY };
}

const noItems = mockQuery(
  CAMPAIGN_ITEMS_QUERY,
  { id: 'c-1', first: 50 },
  { campaign: { __typename: 'Campaign', id: 'c-1', items: itemConnection([]) } },
);
