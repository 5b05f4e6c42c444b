import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ATTEST_TEAM_MUTATION } from '../../web/graphql/review-mutations.js';
import { MY_TEAM_QUERY, type MyTeamQuery } from '../../web/graphql/reviews.js';
import { mockQuery } from './render.js';
import { flaggedItem, reviewItem, teamCampaign, teamMember, viewer } from './review-fixtures.js';
import { renderReviews } from './review-render.js';

function team(overrides: Partial<MyTeamQuery['myTeam']> = {}): MyTeamQuery {
  const slackItem = reviewItem({ id: 'i-slack', accountId: 'acc-slack' });
  const jasperItem = flaggedItem({ id: 'i-jasper', accountId: 'acc-jasper', appId: 'app-jasper', appName: 'Jasper', accountEmail: 'grace@example.com' });
  return {
    me: viewer('MANAGER', 'p-ada'),
    myTeam: {
      __typename: 'MyTeam',
      personId: 'p-ada',
      campaigns: [teamCampaign()],
      members: [
        teamMember({
          accounts: [
            {
              __typename: 'TeamAccount',
              id: 'acc-slack',
              email: 'grace@example.com',
              username: null,
              status: 'ACTIVE',
              kind: 'human',
              lastActiveAt: '2026-09-30T12:00:00Z',
              appId: 'app-slack',
              appName: 'Slack',
              roles: [{ __typename: 'HeldRole', name: 'Member', privilege: 'standard' }],
              findings: [],
              recommendation: 'KEEP',
              recommendationReason: 'keep: active, no findings',
              reviewItems: [slackItem],
            },
            {
              __typename: 'TeamAccount',
              id: 'acc-jasper',
              email: 'grace@example.com',
              username: null,
              status: 'ACTIVE',
              kind: 'human',
              lastActiveAt: null,
              appId: 'app-jasper',
              appName: 'Jasper',
              roles: [{ __typename: 'HeldRole', name: 'Writer', privilege: 'standard' }],
              findings: [{ __typename: 'FindingBrief', type: 'inactive_user', severity: 'medium', reason: 'Never signed in', monthlyCost: 59 }],
              recommendation: 'REVOKE',
              recommendationReason: 'revoke: never active, $59/month',
              reviewItems: [jasperItem],
            },
          ],
        }),
        teamMember({ id: 'p-linus', displayName: 'Linus Torvalds', email: 'linus@example.com', depth: 2, managerId: 'p-grace', accounts: [] }),
      ],
      ...overrides,
    },
  };
}

describe('my team', () => {
  it('shows each report with their accounts, roles and suggestions', async () => {
    renderReviews('/team', [mockQuery(MY_TEAM_QUERY, {}, team())]);
    const accounts = within(await screen.findByRole('table', { name: 'Accounts of Grace Hopper' }));
    expect(screen.getByText('Engineer, Engineering · Direct report')).toBeDefined();
    expect(screen.getByText(/Reports to Grace Hopper/)).toBeDefined();
    const jasper = accounts.getByRole('row', { name: /Jasper/ });
    expect(within(jasper).getByText('Suggested: Revoke')).toBeDefined();
    expect(within(jasper).getByText('Flagged')).toBeDefined();
    expect(within(jasper).getByRole('button', { name: 'Decide grace@example.com in Jasper' })).toBeDefined();
  });

  it('attests every unflagged item in one action and says what is left', async () => {
    const attested = Array.from({ length: 5 }, (_, index) => reviewItem({ id: `i-${index}`, decision: 'KEEP', decisionSource: 'ATTESTATION', viewerCanDecide: false }));
    renderReviews('/team', [
      mockQuery(MY_TEAM_QUERY, {}, team()),
      mockQuery(ATTEST_TEAM_MUTATION, { campaignId: 'c-1' }, {
        attestTeam: { __typename: 'AttestationResult', attested, secondStageItems: [], flaggedRemaining: 1, privilegedRemaining: 0 },
      }),
      mockQuery(MY_TEAM_QUERY, {}, team({ campaigns: [teamCampaign({ undecided: 1, attestable: 0 })] })),
    ]);

    expect(await screen.findByText(/1 flagged item needs a decision one by one/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Attest 5 unflagged items' }));

    const status = await screen.findByText('Kept 5 items in Q4 access review. 1 flagged item still waits for you: decide them one by one below.');
    await waitFor(() => expect(document.activeElement).toBe(status.closest('[role="status"]')));
    expect(((await screen.findByRole('button', { name: 'Nothing unflagged left to attest' })) as HTMLButtonElement).disabled).toBe(true);
  });

  it('asks for a justification before including unflagged admin roles', async () => {
    renderReviews('/team', [mockQuery(MY_TEAM_QUERY, {}, team({ campaigns: [teamCampaign({ attestableWithJustification: 2 })] }))]);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Also keep the 2 unflagged admin roles/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Attest 7 unflagged items' }));
    expect(await screen.findByText('Write a justification: keeping admin roles needs one.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Justification for keeping the admin roles (required)' }));
  });
});
