import type {
  AppPageQuery,
  AppsTable_AppFragment,
  FindingFilterAppsQuery,
  FindingType,
  FindingsPageQuery,
  FindingsTable_FindingFragment,
  ImportForm_KindFragment,
  ImportKindsQuery,
  OverviewPageQuery,
  PeopleTable_PersonFragment,
  PersonPageQuery,
  SourcesTable_SourceFragment,
  SyncRunsTable_RunFragment,
} from '../../web/graphql/graphql.js';

/** Builders for typed query results; each test overrides only what it asserts on. */

type PersonRef = NonNullable<FindingsTable_FindingFragment['person']>;
type HolderPage = AppPageQuery['app']['roles'][number]['holders'];

/** A role's first page of holders as the app page reads it: all of them unless `totalCount` says there are more. */
export function holderPage(nodes: HolderPage['nodes'], totalCount = nodes.length, endCursor: string | null = null): HolderPage {
  return {
    __typename: 'RoleHolderConnection',
    nodes,
    totalCount,
    pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage: endCursor !== null },
  };
}

export function personRef(overrides: Partial<PersonRef> = {}): PersonRef {
  return {
    __typename: 'PersonRef',
    id: 'p-ada',
    displayName: 'Ada Lovelace',
    email: 'ada@example.com',
    status: 'ACTIVE',
    ...overrides,
  };
}

export function overview(overrides: Partial<OverviewPageQuery['overview']> = {}): OverviewPageQuery {
  const counts: [FindingType, number, number][] = [
    ['ORPHANED_ACCOUNT', 1234, 5678.9],
    ['PENDING_INVITE', 37, 2183],
    ['SOLE_ADMIN', 3, 0],
    ['INACTIVE_USER', 210, 9120.5],
    ['INTEGRATION_LEFT_BEHIND', 4, 0],
    ['DUPLICATE_ACCOUNT', 12, 708],
    ['PRIVILEGED_WITHOUT_SSO', 6, 0],
    ['EXTERNAL_ACCOUNT', 19, 95],
  ];
  return {
    overview: {
      __typename: 'Overview',
      asOf: '2026-03-31T00:00:00Z',
      currency: 'USD',
      people: 1480,
      activePeople: 1402,
      apps: 3,
      accounts: 9876,
      seatsPaid: 4200,
      seatsUsed: 3150,
      monthlySpend: 48250,
      monthlyWaste: 12345.67,
      yearlyWaste: 148148.04,
      findingCounts: counts.map(([type, count, monthlyCost]) => ({ __typename: 'FindingTotal', type, count, monthlyCost })),
      // Adds up to monthlyWaste, as the server's does.
      wasteByCause: wasteShares({ ORPHANED_ACCOUNT: 5678.9, DUPLICATE_ACCOUNT: 708, INACTIVE_USER: 3775.77, PENDING_INVITE: 2183 }),
      perApp: [
        perApp('app-slack', 'Slack', 900, 700, 150.5),
        perApp('app-jasper', 'Jasper', 5, 2, 177),
        perApp('app-zoom', 'Zoom', 300, 300, 0),
      ],
      staleSources: [],
      ...overrides,
    },
  };
}

/** The overview's leaver tile, which loads on its own. */
export function recentLeaverSla() {
  return { recentLeaverSla: { __typename: 'LeaverSla' as const, slaHours: 24, withinSla: 7, late: 3, percentWithinSla: 70 } };
}

function perApp(appId: string, appName: string, seatsPaid: number, seatsUsed: number, monthlyWaste: number) {
  return {
    __typename: 'AppSeatUsage' as const,
    appId,
    appName,
    currency: 'USD',
    seatsPaid,
    seatsUsed,
    seatsHeld: seatsPaid,
    seatsInactive: Math.round((seatsPaid - seatsUsed) / 2),
    seatsPending: seatsPaid - seatsUsed - Math.round((seatsPaid - seatsUsed) / 2),
    seatsOrphaned: 0,
    seatsDuplicate: 0,
    seatsSuspended: 0,
    monthlyWaste,
    yearlyWaste: monthlyWaste * 12,
    wasteByCause: wasteShares({ INACTIVE_USER: monthlyWaste }),
  };
}

const WASTE_CAUSES: readonly FindingType[] = [
  'ORPHANED_ACCOUNT',
  'DUPLICATE_ACCOUNT',
  'INACTIVE_USER',
  'PENDING_INVITE',
  'SUSPENDED_SEAT',
  'UNASSIGNED_SEATS',
];

/** Every waste cause in the server's order, with the given monthly costs (one seat per 50 a month), the rest 0. */
export function wasteShares(costs: Partial<Record<FindingType, number>>) {
  return WASTE_CAUSES.map((type) => ({
    __typename: 'WasteShare' as const,
    type,
    seats: Math.ceil((costs[type] ?? 0) / 50),
    monthlyCost: costs[type] ?? 0,
  }));
}

export function finding(overrides: Partial<FindingsTable_FindingFragment> = {}): FindingsTable_FindingFragment {
  return {
    __typename: 'Finding',
    id: 'f-1',
    type: 'ORPHANED_ACCOUNT',
    severity: 'HIGH',
    reason: 'Owner left the company on 2026-01-15',
    suggestedAction: 'Deactivate the account and reclaim the seat',
    monthlyCost: 59,
    currency: 'USD',
    ageDays: 75,
    detectedAt: '2026-01-20T06:00:00.000Z',
    evidence: ['Person status: terminated'],
    appCaveat: null,
    app: { __typename: 'AppRef', id: 'app-jasper', name: 'Jasper' },
    account: { __typename: 'AccountRef', id: 'acc-1', email: 'grace@example.com', status: 'ACTIVE' },
    person: personRef({ id: 'p-grace', displayName: 'Grace Hopper', email: 'grace@example.com', status: 'TERMINATED' }),
    ...overrides,
  };
}

export function personRow(overrides: Partial<PeopleTable_PersonFragment> = {}): PeopleTable_PersonFragment {
  return {
    __typename: 'Person',
    id: 'p-ada',
    displayName: 'Ada Lovelace',
    email: 'ada@example.com',
    employeeId: 'E-0001',
    department: 'Engineering',
    title: 'Staff Engineer',
    status: 'ACTIVE',
    accountCount: 7,
    findingCount: 0,
    ...overrides,
  };
}

export function appRow(overrides: Partial<AppsTable_AppFragment> = {}): AppsTable_AppFragment {
  return {
    __typename: 'App',
    id: 'app-jasper',
    name: 'Jasper',
    vendor: 'Jasper AI',
    catalogKey: 'jasper',
    plan: 'Pro',
    billingModel: 'per seat, billed at invite',
    seatsPaid: 5,
    seatsUsed: 2,
    seatCap: 5,
    currency: 'USD',
    monthlySpend: 295,
    monthlyWaste: 177,
    yearlyWaste: 2124,
    wasteByCause: wasteShares({ PENDING_INVITE: 118, UNASSIGNED_SEATS: 59 }).map(({ __typename, type }) => ({ __typename, type })),
    effectiveAdminCount: 1,
    minimumAdmins: 2,
    pendingInvites: 2,
    findingCount: 4,
    activityData: true,
    ...overrides,
  };
}

/** An app's page; `toClassify` is what rolesAndSeats lists for it (nothing by default). */
export function appDetail(overrides: Partial<AppPageQuery['app']> = {}, toClassify: AppPageQuery['toClassify'] = []): AppPageQuery {
  return {
    toClassify,
    app: {
      __typename: 'AppDetail',
      id: 'app-jasper',
      name: 'Jasper',
      vendor: 'Jasper AI',
      catalogKey: 'jasper',
      plan: 'Pro',
      billingModel: 'per seat, billed at invite',
      billingNote: 'Billed per paid seat: a freed seat stops costing once the seat count is lowered.',
      seatsPaid: 5,
      seatsUsed: 2,
      seatsAtUnknownCost: 0,
      seatCap: 5,
      currency: 'USD',
      monthlySpend: 295,
      monthlyWaste: 177,
      yearlyWaste: 2124,
      wasteByCause: wasteShares({ PENDING_INVITE: 118, UNASSIGNED_SEATS: 59 }),
      accounts: 5,
      accountsByStatus: [
        { __typename: 'AccountStatusCount', status: 'ACTIVE', count: 3 },
        { __typename: 'AccountStatusCount', status: 'INVITED', count: 2 },
      ],
      adminCount: 2,
      effectiveAdminCount: 1,
      minimumAdmins: 2,
      pendingInvites: 2,
      ssoEnforced: false,
      scimEnabled: false,
      activityData: true,
      lastSyncedAt: '2026-03-30T08:00:00Z',
      owner: personRef(),
      findingCount: 1,
      roles: [
        {
          __typename: 'AppRole',
          name: 'Admin',
          id: 'app-jasper:role:Admin',
          description: 'Manages billing, members and workspace settings',
          privilege: 'ADMIN',
          privilegeSource: 'CATALOG',
          holders: holderPage([
            {
              __typename: 'RoleHolder',
              effective: true,
              notEffectiveBecause: null,
              account: { __typename: 'AccountRef', id: 'acc-ada', email: 'ada@example.com', status: 'ACTIVE' },
              person: personRef(),
            },
            {
              __typename: 'RoleHolder',
              effective: false,
              notEffectiveBecause: 'owner left the company',
              account: { __typename: 'AccountRef', id: 'acc-grace', email: 'grace@example.com', status: 'ACTIVE' },
              person: personRef({ id: 'p-grace', displayName: 'Grace Hopper', email: 'grace@example.com', status: 'TERMINATED' }),
            },
          ]),
        },
        {
          __typename: 'AppRole',
          name: 'Member',
          id: 'app-jasper:role:Member',
          description: 'Uses Jasper',
          privilege: 'STANDARD',
          privilegeSource: 'CATALOG',
          holders: holderPage([
            {
              __typename: 'RoleHolder',
              effective: false,
              notEffectiveBecause: null,
              account: { __typename: 'AccountRef', id: 'acc-alan', email: 'alan@example.com', status: 'ACTIVE' },
              person: personRef({ id: 'p-alan', displayName: 'Alan Turing', email: 'alan@example.com' }),
            },
          ]),
        },
      ],
      seatTypes: [
        { __typename: 'AppSeatType', name: 'Pro seat', monthlyCost: 59, costSource: 'CATALOG', currency: 'USD', held: 5, capacity: 5 },
      ],
      pendingInviteList: [
        {
          __typename: 'PendingInvite',
          account: { __typename: 'AccountRef', id: 'acc-inv', email: 'new.hire@example.com', status: 'INVITED' },
          invitedAt: '2026-02-01',
          ageDays: 58,
          expired: true,
          holdsSeat: true,
        },
      ],
      integrations: [],
      caveats: [{ __typename: 'Caveat', topic: 'Admins', text: 'With no admin left, Jasper support must intervene.' }],
      findings: [finding()],
      ...overrides,
    },
  };
}

export function personDetail(overrides: Partial<PersonPageQuery['person']> = {}): PersonPageQuery {
  return {
    person: {
      __typename: 'PersonDetail',
      id: 'p-ada',
      displayName: 'Ada Lovelace',
      employeeId: 'E-0001',
      email: 'ada@example.com',
      department: 'Engineering',
      title: 'Staff Engineer',
      status: 'ACTIVE',
      startDate: '2021-04-01',
      endDate: null,
      alternateEmails: ['ada.l@example.org'],
      findingCount: 0,
      accountCount: 0,
      managerChain: [],
      reports: [],
      identities: [],
      accounts: [],
      integrations: [],
      ...overrides,
    },
  };
}

export function findingConnection(nodes: FindingsTable_FindingFragment[] = []): FindingsPageQuery {
  return {
    findings: {
      __typename: 'FindingConnection',
      totalCount: nodes.length,
      totalMonthlyCost: nodes.reduce((sum, node) => sum + node.monthlyCost, 0),
      currency: 'USD',
      byType: [],
      pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      nodes,
    },
  };
}

export const filterAppsData: FindingFilterAppsQuery = {
  apps: [
    { __typename: 'App', id: 'app-jasper', name: 'Jasper' },
    { __typename: 'App', id: 'app-slack', name: 'Slack' },
  ],
};

export function source(overrides: Partial<SourcesTable_SourceFragment> = {}): SourcesTable_SourceFragment {
  return {
    __typename: 'Source',
    scope: 'hr-csv',
    kind: 'hr-csv',
    lastSyncedAt: '2026-03-30T08:00:00Z',
    lastStatus: 'succeeded',
    daysSinceSync: 1,
    stale: false,
    runs: 4,
    reconciling: false,
    ...overrides,
  };
}

export function syncRun(overrides: Partial<SyncRunsTable_RunFragment> = {}): SyncRunsTable_RunFragment {
  return {
    __typename: 'SyncRun',
    id: 'run-1',
    kind: 'hr-csv',
    scope: 'hr-csv',
    status: 'succeeded',
    files: ['hr.csv'],
    sha256: '3f9a1c0b7e42d5aa0c6f1e9b8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c',
    recordsRead: 1480,
    added: 12,
    updated: 30,
    unchanged: 1436,
    removed: 2,
    complete: true,
    startedAt: '2026-03-30T08:00:00Z',
    durationMs: 4250,
    errors: [],
    notes: [],
    reconciling: false,
    ...overrides,
  };
}

function importKind(kind: string, needsApp: boolean, description: string): ImportForm_KindFragment {
  return { __typename: 'ImportKindInfo', kind, needsApp, description };
}

export const importKindsData: ImportKindsQuery = {
  importKinds: [
    importKind('hr-csv', false, 'HR export (CSV): one row per person.'),
    importKind('okta-users', false, 'Okta users (JSON from GET /api/v1/users: an array, or a folder of page files).'),
    importKind('accounts-csv', true, 'Accounts of one app (CSV) for the app named by --app.'),
  ],
};
