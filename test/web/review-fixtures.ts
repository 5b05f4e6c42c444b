import type {
  CampaignFacts_CampaignFragment,
  CampaignPageQuery,
  MyReviewsQuery,
  ReviewItem_ItemFragment,
  ReviewViewerFragment,
  AttestTeamForm_TeamCampaignFragment,
  TeamMembers_MemberFragment,
  UserRole,
} from '../../web/graphql/graphql.js';

/** Builders for typed review query results; each test overrides only what it asserts on. */

export function viewer(role: UserRole = 'ADMIN', personId: string | null = 'p-admin'): ReviewViewerFragment {
  return { __typename: 'Me', id: `u-${role.toLowerCase()}`, role, personId };
}

export function reviewItem(overrides: Partial<ReviewItem_ItemFragment> = {}): ReviewItem_ItemFragment {
  return {
    __typename: 'AccessReviewItem',
    id: 'i-1',
    version: 1,
    stage: 1,
    accountId: 'acc-1',
    accountEmail: 'grace@example.com',
    appId: 'app-slack',
    appName: 'Slack',
    ownerPersonId: 'p-grace',
    ownerName: 'Grace Hopper',
    earlierDecisions: [],
    privileged: false,
    flagged: false,
    monthlyCost: 8.75,
    recommendation: 'KEEP',
    recommendationReason: 'keep: active, no findings',
    reviewerPersonId: 'p-ada',
    reviewerName: 'Ada Lovelace',
    reviewerReason: 'MANAGER',
    escalatedAt: null,
    decision: null,
    newRole: null,
    justification: null,
    decidedAt: null,
    decidedByName: null,
    decidedOnBehalfOf: null,
    decisionSource: null,
    remediationStatus: null,
    remediationDueAt: null,
    remediationDetail: null,
    overdue: false,
    keepNeedsJustification: false,
    viewerCanDecide: true,
    campaign: {
      __typename: 'CampaignRef',
      id: 'c-1',
      name: 'Q4 access review',
      period: '2026-Q4',
      status: 'ACTIVE',
      dueAt: '2026-12-15T23:59:59Z',
    },
    snapshot: {
      __typename: 'AccountSnapshot',
      status: 'active',
      kind: 'human',
      currency: 'USD',
      roles: [{ __typename: 'HeldRole', name: 'Member', privilege: 'standard' }],
      findings: [],
    },
    ...overrides,
  };
}

/** A flagged item: keeping it needs a justification. */
export function flaggedItem(overrides: Partial<ReviewItem_ItemFragment> = {}): ReviewItem_ItemFragment {
  return reviewItem({
    id: 'i-flagged',
    accountEmail: 'old@example.com',
    flagged: true,
    keepNeedsJustification: true,
    recommendation: 'REVOKE',
    recommendationReason: 'revoke: inactive 143 days, $59/month',
    ...overrides,
  });
}

/** An admin role: keeping it needs a justification too. */
export function adminItem(overrides: Partial<ReviewItem_ItemFragment> = {}): ReviewItem_ItemFragment {
  return reviewItem({
    id: 'i-admin',
    accountEmail: 'root@example.com',
    privileged: true,
    keepNeedsJustification: true,
    snapshot: { ...reviewItem().snapshot, roles: [{ __typename: 'HeldRole', name: 'Admin', privilege: 'admin' }] },
    ...overrides,
  });
}

export function itemConnection(nodes: ReviewItem_ItemFragment[], totalCount = nodes.length): MyReviewsQuery['myReviews'] {
  return {
    __typename: 'ReviewItemConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
    nodes,
  };
}

export function campaignFacts(overrides: Partial<CampaignFacts_CampaignFragment> = {}): CampaignFacts_CampaignFragment {
  return {
    __typename: 'Campaign',
    id: 'c-1',
    name: 'Q4 access review',
    period: '2026-Q4',
    scope: 'APPS',
    scopeAppIds: ['app-slack', 'app-jasper'],
    dueAt: '2026-12-15T23:59:59Z',
    ownerUser: null,
    secondStage: false,
    remediationDays: 14,
    status: 'ACTIVE',
    owner: { __typename: 'PersonRef', id: 'p-sec', displayName: 'Sam Security', email: 'sam@example.com', status: 'ACTIVE' },
    createdAt: '2026-10-01T09:00:00Z',
    createdByName: 'Sam Security',
    launchedAt: '2026-10-01T10:00:00Z',
    launchedByName: 'Sam Security',
    closedAt: null,
    closedByName: null,
    closeDefault: null,
    populationCount: 12,
    populationSha256: 'ab'.repeat(32),
    version: 2,
    ...overrides,
  };
}

export function campaignPage(
  overrides: Partial<NonNullable<CampaignPageQuery['campaign']>> = {},
  role: UserRole = 'ADMIN',
): CampaignPageQuery {
  return {
    me: viewer(role),
    campaign: {
      ...campaignFacts(),
      progress: {
        __typename: 'CampaignProgress',
        total: 12,
        decided: 5,
        overdue: 4,
        secondStage: 0,
        unassigned: 1,
        remediationOpen: 1,
        remediationVerified: 1,
        remediationFailed: 0,
        byDecision: [],
      },
      reviewerCount: 2,
      progressByReviewer: [
        {
          __typename: 'ReviewerProgress',
          personId: 'p-ada',
          displayName: 'Ada Lovelace',
          email: 'ada@example.com',
          total: 10,
          decided: 3,
          overdue: 4,
        },
        { __typename: 'ReviewerProgress', personId: null, displayName: null, email: null, total: 2, decided: 2, overdue: 0 },
      ],
      progressByApp: [
        {
          __typename: 'AppProgress',
          appId: 'app-slack',
          appName: 'Slack',
          total: 8,
          decided: 4,
          kept: 2,
          revoked: 2,
          modified: 0,
          monthlyCostRevoked: 17.5,
        },
        {
          __typename: 'AppProgress',
          appId: 'app-jasper',
          appName: 'Jasper',
          total: 4,
          decided: 1,
          kept: 0,
          revoked: 0,
          modified: 1,
          monthlyCostRevoked: 0,
        },
      ],
      burndown: [
        { __typename: 'BurndownDay', date: '2026-10-01', remaining: 12, decided: 0 },
        { __typename: 'BurndownDay', date: '2026-10-02', remaining: 7, decided: 5 },
      ],
      overdueReviewers: [
        {
          __typename: 'OverdueReviewer',
          personId: 'p-ada',
          displayName: 'Ada Lovelace',
          email: 'ada@example.com',
          overdueItems: 4,
          escalatedItems: 1,
          oldestDueAt: '2026-12-15T23:59:59Z',
          campaignIds: ['c-1'],
        },
      ],
      notifications: [],
      revoked: itemConnection([
        reviewItem({
          id: 'i-revoked',
          accountEmail: 'gone@example.com',
          decision: 'REVOKE',
          decidedAt: '2026-10-02T10:00:00Z',
          decidedByName: 'Ada Lovelace',
          decisionSource: 'REVIEWER',
          remediationStatus: 'OPEN',
          remediationDueAt: '2026-10-16T10:00:00Z',
          viewerCanDecide: false,
        }),
      ]),
      ...overrides,
    },
  };
}

export function teamMember(overrides: Partial<TeamMembers_MemberFragment> = {}): TeamMembers_MemberFragment {
  return {
    __typename: 'TeamMember',
    id: 'p-grace',
    displayName: 'Grace Hopper',
    email: 'grace@example.com',
    status: 'ACTIVE',
    title: 'Engineer',
    department: 'Engineering',
    depth: 1,
    managerId: 'p-ada',
    accounts: [],
    ...overrides,
  };
}

export function teamCampaign(overrides: Partial<AttestTeamForm_TeamCampaignFragment> = {}): AttestTeamForm_TeamCampaignFragment {
  return {
    __typename: 'TeamCampaign',
    campaign: {
      __typename: 'CampaignRef',
      id: 'c-1',
      name: 'Q4 access review',
      period: '2026-Q4',
      status: 'ACTIVE',
      dueAt: '2026-12-15T23:59:59Z',
    },
    assigned: 7,
    undecided: 6,
    attestable: 5,
    attestableWithJustification: 0,
    flaggedUndecided: 1,
    ...overrides,
  };
}
