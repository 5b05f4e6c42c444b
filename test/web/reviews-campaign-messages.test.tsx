import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_ITEMS_QUERY, CAMPAIGN_PAGE_QUERY } from '../../web/features/reviews/reviews.queries.js';
import { campaignPage, itemConnection } from './review-fixtures.js';
import { mockQuery, renderApp } from './render.js';

const message = {
  __typename: 'CampaignNotification' as const,
  channel: 'EMAIL' as const,
  toName: 'Ada Lovelace',
  to: 'ada@example.com',
  lastError: null,
  nextAttemptAt: null,
};

describe('campaign page: messages to reviewers', () => {
  it('lists who was told what and when, and shows a failed mail with its error and when it is retried', async () => {
    const notifications = [
      {
        ...message,
        id: 'n-3',
        kind: 'REMINDER' as const,
        subject: 'Reminder: 4 items in “Q4 access review” due in 3 days',
        status: 'FAILED' as const,
        attempts: 1,
        lastError: 'Mailbox unavailable, try again later',
        createdAt: '2026-12-12T09:00:00Z',
        sentAt: null,
        nextAttemptAt: '2026-12-12T09:15:00Z',
      },
      {
        ...message,
        id: 'n-2',
        channel: 'SLACK' as const,
        to: 'slack',
        kind: 'DIGEST' as const,
        subject: 'Access reviews: 2 updates for you',
        status: 'SENT' as const,
        attempts: 1,
        createdAt: '2026-12-11T09:00:00Z',
        sentAt: '2026-12-11T09:00:01Z',
      },
      {
        ...message,
        id: 'n-1',
        kind: 'ASSIGNED' as const,
        subject: '10 items to review in “Q4 access review”, due 2026-12-15',
        status: 'SENT' as const,
        attempts: 2,
        createdAt: '2026-12-01T09:00:00Z',
        sentAt: '2026-12-01T09:30:00Z',
      },
    ];
    renderApp('/reviews/c-1', [
      mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage({ notifications }, 'AUDITOR')),
      mockQuery(
        CAMPAIGN_ITEMS_QUERY,
        { id: 'c-1', first: 50 },
        { campaign: { __typename: 'Campaign', id: 'c-1', items: itemConnection([]) } },
      ),
    ]);

    const table = within(await screen.findByRole('table', { name: 'Messages to reviewers, newest first' }));
    expect(screen.getByRole('heading', { level: 2, name: /^Messages/ }).textContent).toBe('Messages 3');
    const rows = table.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Ada Lovelace ada@example.com',
      'Ada Lovelace Slack',
      'Ada Lovelace ada@example.com',
    ]);
    const [failed, digest, assigned] = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    expect(failed?.[0]).toBe('Reminder Reminder: 4 items in “Q4 access review” due in 3 days');
    expect(failed?.[1]).toMatch(/^Failed \(1 attempt\): Mailbox unavailable, try again later; retried after /);
    expect(digest?.slice(0, 2)).toEqual(['Daily digest Access reviews: 2 updates for you', 'Sent']);
    expect(assigned?.[1]).toBe('Sent after 2 attempts');
  });

  it('says how to turn messages on when there are none', async () => {
    renderApp('/reviews/c-1', [
      mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage()),
      mockQuery(
        CAMPAIGN_ITEMS_QUERY,
        { id: 'c-1', first: 50 },
        { campaign: { __typename: 'Campaign', id: 'c-1', items: itemConnection([]) } },
      ),
    ]);
    expect(await screen.findByText(/No messages yet\. Reviewers are notified when ATTEST_SMTP_URL/)).toBeDefined();
  });
});
