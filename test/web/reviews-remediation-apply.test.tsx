import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APPLY_REMEDIATION_MUTATION, REMEDIATION_APPLY_QUERY } from '../../web/features/reviews/remediation-apply.graphql.js';
import { CAMPAIGN_ITEMS_QUERY, CAMPAIGN_PAGE_QUERY } from '../../web/features/reviews/reviews.queries.js';
import type { RemediationApplyQuery } from '../../web/graphql/graphql.js';
import { campaignPage, itemConnection, reviewItem } from './review-fixtures.js';
import { mockQuery, renderApp } from './render.js';

type Apply = NonNullable<NonNullable<RemediationApplyQuery['reviewItem']>['remediationApply']>;

function applyState(overrides: Partial<Apply> = {}): RemediationApplyQuery {
  return {
    reviewItem: {
      __typename: 'AccessReviewItem',
      id: 'i-1',
      remediationApply: {
        __typename: 'RemediationApply',
        offeredVia: 'acme-github',
        action: 'remove priya-dev from the GitHub organization acme',
        account: 'priya-dev',
        appName: 'GitHub',
        appliedAt: null,
        appliedByName: null,
        appliedVia: null,
        httpStatus: null,
        outcome: null,
        ok: null,
        ...overrides,
      },
    },
  };
}

const revoked = reviewItem({
  id: 'i-1',
  accountEmail: 'priya-dev',
  appName: 'GitHub',
  decision: 'REVOKE',
  decidedAt: '2026-12-01T10:00:00Z',
  decidedByName: 'Ada Lovelace',
  viewerCanDecide: false,
  remediationStatus: 'OPEN',
  remediationDueAt: '2026-12-15T00:00:00Z',
});

describe('applying a revoke through the vendor API on the campaign page', () => {
  it('asks first, naming the account, the app and the connection, then shows the refusal and offers a retry', async () => {
    const refused = 'GitHub refused (403): You must be an organization owner to remove members.';
    renderApp('/reviews/c-1', [
      mockQuery(CAMPAIGN_PAGE_QUERY, { id: 'c-1' }, campaignPage()),
      mockQuery(
        CAMPAIGN_ITEMS_QUERY,
        { id: 'c-1', first: 50 },
        { campaign: { __typename: 'Campaign', id: 'c-1', items: itemConnection([revoked]) } },
      ),
      mockQuery(REMEDIATION_APPLY_QUERY, { id: 'i-1' }, applyState()),
      mockQuery(
        APPLY_REMEDIATION_MUTATION,
        { itemId: 'i-1' },
        { applyRemediation: { __typename: 'RemediationApply', offeredVia: 'acme-github', ok: false, httpStatus: 403, outcome: refused } },
      ),
      mockQuery(
        REMEDIATION_APPLY_QUERY,
        { id: 'i-1' },
        applyState({
          appliedAt: '2026-12-07T10:00:00Z',
          appliedByName: 'Test Admin',
          appliedVia: 'acme-github',
          httpStatus: 403,
          outcome: refused,
          ok: false,
        }),
      ),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Apply via acme-github' }));
    const asked = await screen.findByRole('dialog', { name: 'Deprovision priya-dev in GitHub?' });
    expect(asked.textContent).toContain('Attest will ask acme-github to remove priya-dev from the GitHub organization acme.');
    expect(asked.textContent).toContain('stays open until the next import of GitHub');
    fireEvent.click(within(asked).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Apply via acme-github' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Apply via acme-github' }));
    expect(await screen.findByText(`Apply failed: ${refused}`)).toBeDefined();
    const items = within(screen.getByRole('table', { name: /Review items and decisions so far/ }));
    expect(items.getByText(/Apply failed via acme-github/).textContent).toContain('(HTTP 403)');
    expect(items.getByRole('button', { name: 'Retry via acme-github' })).toBeDefined();
    expect(items.getByText('Waiting for the next import')).toBeDefined();
  });
});
