import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DECIDE_ITEMS_MUTATION } from '../../web/features/reviews/reviews.mutations.js';
import { MY_REVIEWS_QUERY, REVIEW_ITEM_QUERY } from '../../web/features/reviews/reviews.queries.js';
import { adminItem, flaggedItem, itemConnection, reviewItem, viewer } from './review-fixtures.js';
import { mockQuery, renderApp } from './render.js';
import type { DecideItemsInput } from '../../web/graphql/graphql.js';

const openItems = { decided: false, first: 50 };

function decideSpy() {
  const sent: DecideItemsInput[] = [];
  return {
    sent,
    mock: {
      request: { query: DECIDE_ITEMS_MUTATION, variables: () => true },
      result: (variables: { input: DecideItemsInput }) => {
        sent.push(variables.input);
        return { data: { decideItems: { __typename: 'DecisionResult' as const, items: [], secondStageItems: [] } } };
      },
    },
  };
}

describe('my reviews', () => {
  it('refuses to keep a flagged item or an admin role without a justification, and says why before sending', async () => {
    const spy = decideSpy();
    renderApp('/my-reviews', [
      mockQuery(MY_REVIEWS_QUERY, openItems, { me: viewer('MANAGER', 'p-ada'), myReviews: itemConnection([flaggedItem(), adminItem()]) }),
      spy.mock,
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Decide old@example.com in Slack' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Keep' }));
    const justification = screen.getByRole('textbox', { name: 'Justification (required)' });
    expect(screen.getByText('Required to keep this item: it is flagged. Recorded with the decision for the auditor.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Write a justification: keeping old@example.com needs one because it is flagged.')).toBeDefined();
    expect(document.activeElement).toBe(justification);
    expect(justification.getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Close old@example.com in Slack' }));
    fireEvent.click(screen.getByRole('button', { name: 'Decide root@example.com in Slack' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Keep' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(
      await screen.findByText('Write a justification: keeping root@example.com needs one because it holds an admin role.'),
    ).toBeDefined();

    // Revoking needs no justification: the rule is about keeping.
    fireEvent.click(screen.getByRole('radio', { name: 'Revoke' }));
    expect(screen.getByRole('textbox', { name: 'Justification' })).toBeDefined();
    expect(spy.sent).toEqual([]);
  });

  it('keeps the selected items in one request with each id and the version that was shown', async () => {
    const first = reviewItem({ id: 'i-1', version: 3, accountEmail: 'grace@example.com' });
    const second = reviewItem({ id: 'i-2', version: 1, accountEmail: 'linus@example.com', appId: 'app-jasper', appName: 'Jasper' });
    const notMine = reviewItem({ id: 'i-3', accountEmail: 'ada@example.com', viewerCanDecide: false });
    const kept = (item: typeof first) => ({
      ...item,
      version: item.version + 1,
      decision: 'KEEP' as const,
      decidedAt: '2026-10-03T08:00:00Z',
      decidedByName: 'Ada Lovelace',
      decisionSource: 'BULK' as const,
      viewerCanDecide: false,
    });
    const input: DecideItemsInput = {
      items: [
        { itemId: 'i-1', expectedVersion: 3 },
        { itemId: 'i-2', expectedVersion: 1 },
      ],
      decision: 'KEEP',
    };
    renderApp('/my-reviews', [
      mockQuery(MY_REVIEWS_QUERY, openItems, { me: viewer('MANAGER', 'p-ada'), myReviews: itemConnection([first, second, notMine]) }),
      mockQuery(
        DECIDE_ITEMS_MUTATION,
        { input },
        { decideItems: { __typename: 'DecisionResult', items: [kept(first), kept(second)], secondStageItems: [] } },
      ),
      mockQuery(MY_REVIEWS_QUERY, openItems, { me: viewer('MANAGER', 'p-ada'), myReviews: itemConnection([notMine]) }),
    ]);

    expect((await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Select ada@example.com in Slack' })).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Select all 2 undecided' }));
    expect(screen.getByText('2 items selected.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Decide the selected' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Keep' }));
    fireEvent.click(screen.getByRole('button', { name: 'Decide 2 items' }));

    // Deciding several at once asks first, with the count; Cancel sends nothing (the one mock answers the confirmed request).
    const asked = await screen.findByRole('dialog', { name: 'Keep 2 items?' });
    expect(within(asked).getByText('2 items will be kept as they are.')).toBeDefined();
    expect(document.activeElement).toBe(within(asked).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(asked).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('2 items selected.')).toBeDefined();
    expect(screen.getByText('grace@example.com')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Decide 2 items' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Keep 2 items?' })).getByRole('button', { name: 'Keep 2 items' }));

    const status = await screen.findByText('Keep: 2 items decided.');
    await waitFor(() => expect(document.activeElement).toBe(status.closest('[role="status"]')));
    await waitFor(() => expect(screen.queryByText('grace@example.com')).toBeNull());
    expect(screen.getByText('1 item', { selector: 'strong' })).toBeDefined();
  });

  it('shows who decided first when the server answers CONFLICT, and reloads that item', async () => {
    const item = reviewItem({ id: 'i-1', version: 2 });
    const conflict = 'Grace Hopper already decided this item (revoke) at 2026-10-02 10:00 UTC; reload it and decide again if needed';
    renderApp('/my-reviews', [
      mockQuery(MY_REVIEWS_QUERY, openItems, { me: viewer('MANAGER', 'p-ada'), myReviews: itemConnection([item]) }),
      {
        request: {
          query: DECIDE_ITEMS_MUTATION,
          variables: { input: { items: [{ itemId: 'i-1', expectedVersion: 2 }], decision: 'REVOKE' } },
        },
        result: {
          errors: [
            {
              message: conflict,
              extensions: {
                code: 'CONFLICT',
                itemId: 'i-1',
                expectedVersion: 2,
                currentVersion: 3,
                decidedByName: 'Grace Hopper',
                decidedAt: '2026-10-02T10:00:00Z',
              },
            },
          ],
        },
      },
      mockQuery(
        REVIEW_ITEM_QUERY,
        { id: 'i-1' },
        {
          reviewItem: {
            ...item,
            version: 3,
            decision: 'REVOKE',
            decidedAt: '2026-10-02T10:00:00Z',
            decidedByName: 'Grace Hopper',
            decisionSource: 'REVIEWER',
            viewerCanDecide: false,
          },
        },
      ),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Decide grace@example.com in Slack' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Revoke' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(conflict);
    expect(alert.textContent).toContain('Someone else got there first.');
    const table = within(screen.getByRole('table', { name: /Review items assigned to you/ }));
    expect(await table.findByText('Grace Hopper, Oct 2, 2026, 10:00 UTC (one by one)')).toBeDefined();
    expect(screen.getByText('Already decided (Revoke) by Grace Hopper on Oct 2, 2026, 10:00 UTC.')).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save decision' }).disabled).toBe(true);
  });
});
