import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ATTEST_TEAM_MUTATION, DECIDE_ITEMS_MUTATION } from '../../web/features/reviews/reviews.mutations.js';
import { MY_REVIEWS_QUERY, MY_TEAM_QUERY } from '../../web/features/reviews/reviews.queries.js';
import { flaggedItem, itemConnection, reviewItem, teamCampaign, teamMember, viewer } from './review-fixtures.js';
import { mockQuery, renderApp } from './render.js';
import type {
  MyTeamQuery,
  MyTeamQueryVariables,
  ReviewItem_ItemFragment,
  TeamMembers_AccountFragment,
  AttestTeamForm_TeamCampaignFragment,
  TeamMembers_MemberFragment,
} from '../../web/graphql/graphql.js';

const FIRST_PAGE: MyTeamQueryVariables = { first: 25, flaggedOnly: false };

function slackAccount(item: ReviewItem_ItemFragment = reviewItem({ id: 'i-slack', accountId: 'acc-slack' })): TeamMembers_AccountFragment {
  return {
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
    reviewItems: [item],
  };
}

const JASPER_ACCOUNT: TeamMembers_AccountFragment = {
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
  reviewItems: [
    flaggedItem({ id: 'i-jasper', accountId: 'acc-jasper', appId: 'app-jasper', appName: 'Jasper', accountEmail: 'grace@example.com' }),
  ],
};

const GRACE = teamMember({ accounts: [slackAccount(), JASPER_ACCOUNT] });
const LINUS = teamMember({
  id: 'p-linus',
  displayName: 'Linus Torvalds',
  email: 'linus@example.com',
  depth: 2,
  managerId: 'p-grace',
  accounts: [],
});

interface TeamPage {
  campaigns?: AttestTeamForm_TeamCampaignFragment[];
  nodes?: TeamMembers_MemberFragment[];
  totalCount?: number;
  endCursor?: string | null;
}

/** What the server answers for one page of My team. */
function team({
  campaigns = [teamCampaign()],
  nodes = [GRACE, LINUS],
  totalCount = nodes.length,
  endCursor = null,
}: TeamPage = {}): MyTeamQuery {
  return {
    me: viewer('MANAGER', 'p-ada'),
    myTeam: {
      __typename: 'MyTeam',
      personId: 'p-ada',
      campaigns,
      people: {
        __typename: 'TeamMemberConnection',
        totalCount,
        accountCount: nodes.reduce((sum, member) => sum + member.accounts.length, 0),
        pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage: endCursor !== null },
        nodes,
      },
    },
  };
}

describe('my team', () => {
  it('shows each report with their accounts, roles and suggestions', async () => {
    renderApp('/team', [mockQuery(MY_TEAM_QUERY, FIRST_PAGE, team())]);
    const accounts = within(await screen.findByRole('table', { name: 'Accounts of Grace Hopper' }));
    expect(screen.getByText('Engineer, Engineering · Direct report')).toBeDefined();
    expect(screen.getByText(/Reports to Grace Hopper/)).toBeDefined();
    const jasper = accounts.getByRole('row', { name: /Jasper/ });
    expect(within(jasper).getByText('Suggested: Revoke')).toBeDefined();
    expect(within(jasper).getByText('Flagged')).toBeDefined();
    expect(within(jasper).getByRole('button', { name: 'Decide grace@example.com in Jasper' })).toBeDefined();
    expect(screen.getByText('2 accounts across 2 people.')).toBeDefined();
    expect(screen.getByText('Showing 2 of 2 people')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Show more people' })).toBeNull();
  });

  it('shows the next page of people on "Show more people", after the ones already there', async () => {
    const alan = teamMember({
      id: 'p-alan',
      displayName: 'Alan Turing',
      email: 'alan@example.com',
      depth: 2,
      managerId: 'p-grace',
      accounts: [],
    });
    renderApp('/team', [
      mockQuery(MY_TEAM_QUERY, FIRST_PAGE, team({ nodes: [GRACE, LINUS], totalCount: 3, endCursor: 'page-2' })),
      mockQuery(MY_TEAM_QUERY, { ...FIRST_PAGE, after: 'page-2' }, team({ nodes: [alan], totalCount: 3 })),
    ]);
    expect(await screen.findByText('Showing 2 of 3 people')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Show more people' }));

    expect(await screen.findByText('Showing 3 of 3 people')).toBeDefined();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Grace Hopper',
      'Linus Torvalds',
      'Alan Turing',
    ]);
    expect(screen.queryByRole('button', { name: 'Show more people' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Attest 5 unflagged items' })).toBeDefined();
  });

  it('asks the server for the people matching the search and the findings filter, keeping the attest form for the whole team', async () => {
    const { location } = renderApp('/team', [
      mockQuery(MY_TEAM_QUERY, FIRST_PAGE, team()),
      mockQuery(MY_TEAM_QUERY, { ...FIRST_PAGE, flaggedOnly: true }, team({ nodes: [{ ...GRACE, accounts: [JASPER_ACCOUNT] }] })),
      mockQuery(MY_TEAM_QUERY, { ...FIRST_PAGE, flaggedOnly: true, search: 'nobody' }, team({ nodes: [] })),
    ]);
    await screen.findByRole('table', { name: 'Accounts of Grace Hopper' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only accounts with findings' }));

    expect(await screen.findByText('1 account with findings across 1 person.')).toBeDefined();
    expect(location()).toBe('/team?flagged=true');
    const accounts = within(screen.getByRole('table', { name: 'Accounts of Grace Hopper' }));
    expect(accounts.queryByRole('row', { name: /Slack/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Attest 5 unflagged items' })).toBeDefined();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Person' }), { target: { value: ' nobody ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Nobody in your team matches these filters.')).toBeDefined();
    expect(location()).toBe('/team?q=nobody&flagged=true');
    expect(screen.getByRole('button', { name: 'Attest 5 unflagged items' })).toBeDefined();
  });

  it('says so when nobody reports to the manager', async () => {
    renderApp('/team', [mockQuery(MY_TEAM_QUERY, FIRST_PAGE, team({ campaigns: [], nodes: [] }))]);
    expect(await screen.findByText('Nobody reports to you in HR.')).toBeDefined();
  });

  it('attests every unflagged item in one action, says what is left and shows the decisions', async () => {
    const attested = Array.from({ length: 5 }, (_, index) =>
      reviewItem({ id: `i-${index}`, decision: 'KEEP', decisionSource: 'ATTESTATION', viewerCanDecide: false }),
    );
    const keptSlack = reviewItem({
      id: 'i-slack',
      accountId: 'acc-slack',
      decision: 'KEEP',
      decisionSource: 'ATTESTATION',
      viewerCanDecide: false,
    });
    renderApp('/team', [
      mockQuery(MY_TEAM_QUERY, FIRST_PAGE, team()),
      mockQuery(
        ATTEST_TEAM_MUTATION,
        { campaignId: 'c-1' },
        {
          attestTeam: { __typename: 'AttestationResult', attested, secondStageItems: [], flaggedRemaining: 1, privilegedRemaining: 0 },
        },
      ),
      mockQuery(
        MY_TEAM_QUERY,
        FIRST_PAGE,
        team({
          campaigns: [teamCampaign({ undecided: 1, attestable: 0 })],
          nodes: [{ ...GRACE, accounts: [slackAccount(keptSlack), JASPER_ACCOUNT] }, LINUS],
        }),
      ),
    ]);

    expect(await screen.findByText(/1 flagged item needs a decision one by one/)).toBeDefined();
    const slack = () => within(screen.getByRole('table', { name: 'Accounts of Grace Hopper' })).getByRole('row', { name: /Slack/ });
    expect(within(slack()).getByText('Undecided')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Attest 5 unflagged items' }));

    // It asks first, with the count and what happens; Cancel sends nothing (the one mock answers the confirmed request).
    const asked = await screen.findByRole('dialog', { name: 'Attest 5 items in Q4 access review?' });
    expect(asked.textContent).toContain('5 items of your team will be kept as they are');
    expect(asked.textContent).toContain('The 1 flagged item stays undecided');
    fireEvent.click(within(asked).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(slack()).getByText('Undecided')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Attest 5 unflagged items' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Keep 5 items' }));

    const status = await screen.findByText(
      'Kept 5 items in Q4 access review. 1 flagged item still waits for you: decide them one by one below.',
    );
    await waitFor(() => expect(document.activeElement).toBe(status.closest('[role="status"]')));
    expect((await screen.findByRole<HTMLButtonElement>('button', { name: 'Nothing unflagged left to attest' })).disabled).toBe(true);
    expect(within(slack()).getByText('Keep')).toBeDefined();
  });

  it('asks for a justification before including unflagged admin roles', async () => {
    renderApp('/team', [mockQuery(MY_TEAM_QUERY, FIRST_PAGE, team({ campaigns: [teamCampaign({ attestableWithJustification: 2 })] }))]);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Also keep the 2 unflagged admin roles/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Attest 7 unflagged items' }));
    expect(await screen.findByText('Write a justification: keeping admin roles needs one.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Justification for keeping the admin roles (required)' }));
  });

  it('shows the counts after a decision made on My reviews: its earlier answer is not shown again', async () => {
    const item = reviewItem({ id: 'i-1', version: 1 });
    const revoked = { ...item, version: 2, decision: 'REVOKE' as const, decidedByName: 'Ada Lovelace', decidedAt: '2026-10-03T08:00:00Z' };
    const openItems = { decided: false, first: 50 };
    renderApp('/team', [
      mockQuery(MY_TEAM_QUERY, FIRST_PAGE, team()),
      mockQuery(MY_REVIEWS_QUERY, openItems, { me: viewer('MANAGER', 'p-ada'), myReviews: itemConnection([item]) }),
      mockQuery(
        DECIDE_ITEMS_MUTATION,
        { input: { items: [{ itemId: 'i-1', expectedVersion: 1 }], decision: 'REVOKE' } },
        { decideItems: { __typename: 'DecisionResult', items: [revoked], secondStageItems: [] } },
      ),
      mockQuery(MY_REVIEWS_QUERY, openItems, { me: viewer('MANAGER', 'p-ada'), myReviews: itemConnection([]) }),
      mockQuery(MY_TEAM_QUERY, FIRST_PAGE, team({ campaigns: [teamCampaign({ undecided: 5, attestable: 4 })] })),
    ]);

    expect(await screen.findByRole('button', { name: 'Attest 5 unflagged items' })).toBeDefined();
    const nav = within(screen.getByRole('navigation', { name: 'Main' }));
    fireEvent.click(nav.getByRole('link', { name: 'My reviews' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My reviews' })).toBeDefined();
    fireEvent.click(await screen.findByRole('button', { name: 'Decide grace@example.com in Slack' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Revoke' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Revoke: grace@example.com in Slack.')).toBeDefined();

    // My team was read before the decision; it is read again, not shown from before.
    fireEvent.click(nav.getByRole('link', { name: 'My team' }));
    expect(await screen.findByRole('button', { name: 'Attest 4 unflagged items' })).toBeDefined();
    expect(screen.getByText(/5 of your 7 items undecided/)).toBeDefined();
  });
});
