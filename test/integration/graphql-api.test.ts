import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_TYPES } from '../../server/findings/rules/index.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { apiClient } from '../support/api.js';
import { appRoleHolders, everyHolderEmail, slackHolders } from '../support/role-holders.js';
import { ROLE_HOLDER_PAGE } from '../../server/findings/role-holders.js';
import { countByType, loadGeneratedOrg, type LoadedDemo } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

type Query = Awaited<ReturnType<typeof apiClient>>;

interface OverviewData {
  overview: {
    people: number;
    accounts: number;
    findingCounts: { type: string; count: number; monthlyCost: number }[];
    seatsPaid: number;
    seatsUsed: number;
    monthlySpend: number;
    monthlyWaste: number;
    yearlyWaste: number;
    perApp: { appId: string; appName: string; seatsPaid: number; seatsUsed: number; monthlyWaste: number }[];
  };
}

interface PeopleData {
  people: {
    totalCount: number;
    nodes: { id: string; displayName: string; email: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('GraphQL API on the demo organization', () => {
  let connection: GraphConnection;
  let demo: LoadedDemo;
  let query: Query;

  beforeAll(async () => {
    connection = await freshGraph();
    demo = await loadGeneratedOrg(connection.graph, 300, 42);
    query = await apiClient(connection.graph);
  });
  afterAll(async () => connection.close());

  it('overview counts every finding type exactly as truth.json plants them', async () => {
    const { data, errors } = await query<OverviewData>(`{ overview { people accounts findingCounts { type count monthlyCost }
      seatsPaid seatsUsed monthlySpend monthlyWaste yearlyWaste perApp { appId appName seatsPaid seatsUsed monthlyWaste } } }`);
    expect(errors).toBeNull();
    const overview = data!.overview;
    const expected = countByType(demo.truth.findings);
    const counts = Object.fromEntries(overview.findingCounts.map((f) => [f.type.toLowerCase(), f.count]));
    for (const type of Object.keys(counts)) expect(counts[type], type).toBe(expected[type] ?? 0);
    expect(overview.findingCounts).toHaveLength(FINDING_TYPES.length);
    expect(overview.people).toBe(demo.org.people.length);
    // The overview's account total agrees with the app pages' own counts by status.
    let notDeactivated = 0;
    for (const app of overview.perApp) {
      const detail = await query<{ app: { accountsByStatus: { status: string; count: number }[] } }>(
        `query($id: ID!) { app(id: $id) { accountsByStatus { status count } } }`,
        { id: app.appId },
      );
      notDeactivated += detail.data!.app.accountsByStatus.filter((s) => s.status !== 'DEACTIVATED').reduce((sum, s) => sum + s.count, 0);
    }
    expect(overview.accounts).toBe(notDeactivated);
    expect(overview.accounts).toBeGreaterThan(demo.org.people.length * 5);
  });

  it("the leaver report shows the demo's SLA figure: Okta deprovisioning on time and late, and accounts left active", async () => {
    interface LeaverData {
      overview: { leaverSla: { withinSla: number; late: number; percentWithinSla: number | null } };
      leavers: { rows: { personName: string; appName: string; source: string | null; hours: number | null; outcome: string }[] };
    }
    const { data, errors } = await query<LeaverData>(`{ overview { leaverSla { withinSla late percentWithinSla } }
      leavers { rows { personName appName source hours outcome } } }`);
    expect(errors).toBeNull();
    const { leaverSla } = data!.overview;
    console.info('demo leaver SLA (300 people, seed 42):', JSON.stringify(leaverSla));
    expect(leaverSla.withinSla).toBeGreaterThan(0);
    expect(leaverSla.late).toBeGreaterThan(0);
    expect(leaverSla.percentWithinSla).toBe(Math.round((leaverSla.withinSla / (leaverSla.withinSla + leaverSla.late)) * 1000) / 10);
    const okta = data!.leavers.rows.filter((row) => row.appName === 'Okta' && row.source === 'VENDOR');
    expect(okta.some((row) => row.outcome === 'WITHIN')).toBe(true);
    expect(okta.some((row) => row.outcome === 'LATE' && (row.hours ?? 0) > 24)).toBe(true);
    expect(data!.leavers.rows.some((row) => row.outcome === 'ACTIVE')).toBe(true);
  });

  it('overview money adds up: waste is paid minus used seats, and yearly is twelve months', async () => {
    const { data } = await query<OverviewData>(
      `{ overview { seatsPaid seatsUsed monthlyWaste yearlyWaste perApp { seatsPaid seatsUsed monthlyWaste } } }`,
    );
    const overview = data!.overview;
    expect(overview.seatsUsed).toBeLessThanOrEqual(overview.seatsPaid);
    expect(overview.monthlyWaste).toBeGreaterThan(0);
    expect(overview.yearlyWaste).toBeCloseTo(overview.monthlyWaste * 12, 2);
    expect(overview.perApp.reduce((s, a) => s + a.monthlyWaste, 0)).toBeCloseTo(overview.monthlyWaste, 2);
    expect(overview.perApp.reduce((s, a) => s + a.seatsPaid, 0)).toBe(overview.seatsPaid);
  });

  it("splits each app's held seats into active, inactive, pending, orphaned, duplicate and suspended, with the pending invites truth.json plants", async () => {
    const { data, errors } = await query<{
      overview: {
        perApp: {
          appName: string;
          seatsHeld: number;
          seatsUsed: number;
          seatsInactive: number;
          seatsPending: number;
          seatsOrphaned: number;
          seatsDuplicate: number;
          seatsSuspended: number;
        }[];
      };
    }>(`{ overview { perApp { appName seatsHeld seatsUsed seatsInactive seatsPending seatsOrphaned seatsDuplicate seatsSuspended } } }`);
    expect(errors).toBeNull();
    const wasted = new Set(
      demo.truth.findings
        .filter((f) => f.type === 'orphaned_account' || f.type === 'duplicate_account')
        .map((f) => `${f.app}|${f.account}`),
    );
    let pendingSeen = 0;
    for (const app of data!.overview.perApp) {
      const split = app.seatsUsed + app.seatsInactive + app.seatsPending + app.seatsOrphaned + app.seatsDuplicate + app.seatsSuspended;
      expect(split, app.appName).toBe(app.seatsHeld);
      // Every planted suspended_seat holds a seat of its own.
      expect(app.seatsSuspended, app.appName).toBe(
        demo.truth.findings.filter((f) => f.type === 'suspended_seat' && f.app === app.appName).length,
      );
      // Every planted pending invite eats a seat (the rule only flags apps that bill at invite).
      const planted = demo.truth.findings.filter(
        (f) => f.type === 'pending_invite' && f.app === app.appName && !wasted.has(`${f.app}|${f.account}`),
      );
      expect(app.seatsPending, app.appName).toBe(planted.length);
      pendingSeen += app.seatsPending;
    }
    expect(pendingSeen).toBeGreaterThan(0);
  });

  it("a person's page lists the integrations they enabled or authorized, marking those left behind", async () => {
    const leftBehind = demo.truth.findings.filter((f) => f.type === 'integration_left_behind');
    const byEmail = new Map(demo.org.people.map((p) => [p.email.toLowerCase(), p]));
    const planted = leftBehind.map((f) => ({ finding: f, person: byEmail.get(String(f.account).toLowerCase()) })).find((x) => x.person);
    if (!planted?.person) throw new Error('the demo plants no left-behind integration of a known person');
    const { data, errors } = await query<{
      person: {
        integrations: {
          name: string;
          how: string;
          app: { name: string };
          account: { email: string };
          leftBehindFindingId: string | null;
        }[];
      };
    }>(`query($id: ID!) { person(id: $id) { integrations { name how app { name } account { email } leftBehindFindingId } } }`, {
      id: planted.person.id,
    });
    expect(errors).toBeNull();
    const inApp = data!.person.integrations.filter((i) => i.app.name === planted.finding.app);
    expect(inApp.length).toBeGreaterThan(0);
    expect(inApp.every((i) => i.account.email.toLowerCase() === String(planted.finding.account).toLowerCase())).toBe(true);
    expect(inApp.some((i) => i.leftBehindFindingId?.startsWith('integration_left_behind:'))).toBe(true);
  });

  it("each app page lists exactly that app's integrations, as many as the demo organization has", async () => {
    const appNames = new Map(demo.org.apps.map((app) => [app.id, app.name]));
    const expected = new Map<string, number>();
    for (const integration of demo.org.integrations) {
      const name = appNames.get(integration.appId) ?? integration.appId;
      expected.set(name, (expected.get(name) ?? 0) + 1);
    }
    const list = await query<{ apps: { id: string; name: string }[] }>(`{ apps { id name } }`);
    const listed = new Map<string, number>();
    for (const app of list.data!.apps) {
      const detail = await query<{ app: { integrations: { id: string }[] } }>(`query($id: ID!) { app(id: $id) { integrations { id } } }`, {
        id: app.id,
      });
      const ids = new Set(detail.data!.app.integrations.map((integration) => integration.id));
      if (ids.size) listed.set(app.name, ids.size);
      expect(
        [...ids].every((id) => id.startsWith(`${app.id}:`)),
        app.name,
      ).toBe(true);
    }
    expect(expected.size).toBeGreaterThan(1);
    expect(listed).toEqual(expected);
  });

  it('the apps list (counts stored with the findings) agrees with each app page (counts read live)', async () => {
    const fields = 'id name accounts adminCount effectiveAdminCount pendingInvites findingCount';
    const list = await query<{ apps: Record<string, unknown>[] }>(`{ apps { ${fields} } }`);
    expect(list.errors).toBeNull();
    expect(list.data!.apps.length).toBeGreaterThan(5);
    for (const app of list.data!.apps) {
      const detail = await query<{ app: Record<string, unknown> }>(`query($id: ID!) { app(id: $id) { ${fields} } }`, { id: app.id });
      expect(detail.data!.app, String(app.name)).toEqual(app);
    }
  });

  it('people search finds a person by name and pages through everyone with cursors', async () => {
    const person = demo.org.people.find((p) => p.status === 'active')!;
    const found = await query<PeopleData>(
      `query($q: String) { people(search: $q, first: 10) { totalCount nodes { id displayName email } pageInfo { endCursor hasNextPage } } }`,
      {
        q: `${person.firstName} ${person.lastName}`,
      },
    );
    expect(found.errors).toBeNull();
    expect(found.data!.people.nodes.map((n) => n.id)).toContain(person.id);

    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: Awaited<ReturnType<Query>> & { data: PeopleData | null } = await query<PeopleData>(
        `query($after: String) { people(first: 100, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      for (const node of result.data!.people.nodes) seen.add(node.id);
      expect(result.data!.people.totalCount).toBe(demo.org.people.length);
      if (!result.data!.people.pageInfo.hasNextPage) break;
      after = result.data!.people.pageInfo.endCursor;
    }
    expect(seen.size).toBe(demo.org.people.length);
  });

  it('caps the page size and says which argument is wrong', async () => {
    const { errors } = await query(`{ people(first: 5000) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/first|Argument Validation/i);
  });

  it('person page shows identities, accounts with roles, manager and reports', async () => {
    const manager = demo.org.people.find((p) => p.status === 'active' && demo.org.people.some((r) => r.managerId === p.id) && p.managerId)!;
    const { data, errors } = await query<{
      person: {
        displayName: string;
        manager: { id: string } | null;
        reports: { id: string }[];
        identities: { login: string; status: string }[];
        accounts: { app: { name: string }; roles: string[]; status: string; linkReason: string | null }[];
      };
    }>(
      `query($id: ID!) { person(id: $id) { displayName manager { id } reports { id } identities { login status } accounts { app { name } roles status linkReason } } }`,
      { id: manager.id },
    );
    expect(errors).toBeNull();
    const person = data!.person;
    expect(person.displayName).toBe(manager.displayName);
    expect(person.manager?.id).toBe(manager.managerId);
    expect(person.reports.map((r) => r.id).sort()).toEqual(
      demo.org.people
        .filter((p) => p.managerId === manager.id)
        .map((p) => p.id)
        .sort(),
    );
    expect(person.identities.map((i) => i.login)).toContain(manager.email);
    const expectedApps = demo.org.accounts.filter((a) => a.email === manager.email && a.removedAt === null).length;
    expect(person.accounts.length).toBe(expectedApps);
    expect(person.accounts.every((a) => a.roles.length > 0 && a.linkReason)).toBe(true);
  });

  it('an unknown id is NOT_FOUND, not an internal error', async () => {
    const { data, errors } = await query(`query($id: ID!) { person(id: $id) { id } }`, { id: 'no-such-person' });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const app = await query(`query($id: ID!) { app(id: $id) { id } }`, { id: 'no-such-app' });
    expect(app.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('app page lists admins, pending invites and the catalog caveats', async () => {
    const jasper = demo.org.apps.find((a) => a.catalogKey === 'jasper')!;
    const { data, errors } = await query<{
      app: {
        name: string;
        effectiveAdminCount: number;
        roles: { name: string; holders: { nodes: { effective: boolean }[] } }[];
        caveats: { text: string }[];
        findings: { type: string }[];
      };
    }>(
      `query($id: ID!) { app(id: $id) { name effectiveAdminCount roles { name holders { nodes { effective } } } caveats { text } findings { type } } }`,
      { id: jasper.id },
    );
    expect(errors).toBeNull();
    expect(data!.app.roles.map((r) => r.name)).toContain('Admin');
    expect(data!.app.caveats.some((c) => /last Admin/i.test(c.text))).toBe(true);
    const soleAdminPlanted = demo.truth.findings.some((f) => f.type === 'sole_admin' && f.app === jasper.name);
    expect(data!.app.findings.some((f) => f.type === 'SOLE_ADMIN')).toBe(soleAdminPlanted);
  });

  it("each role lists its holders by email a page at a time, with the total, the same for a role of a few and of most of the app's accounts", async () => {
    const slack = slackHolders(demo);
    const roles = await appRoleHolders(query, slack.appId);
    const sizes = roles.map((role) => role.holders.totalCount);
    expect(Math.min(...sizes)).toBeLessThan(5);
    expect(Math.max(...sizes)).toBeGreaterThan(slack.accounts / 2);
    for (const role of roles) {
      const expected = slack.expected(role.name);
      expect(role.holders.totalCount, role.name).toBe(expected.length);
      expect(role.holders.nodes.length, role.name).toBe(Math.min(expected.length, ROLE_HOLDER_PAGE));
      expect(await everyHolderEmail(query, role, 500), role.name).toEqual(expected);
    }
  });

  it('findings filter by type and app, with totals over the whole filter', async () => {
    const expected = demo.truth.findings.filter((f) => f.type === 'pending_invite').length;
    const { data, errors } = await query<{
      findings: { totalCount: number; totalMonthlyCost: number; nodes: { type: string; monthlyCost: number }[] };
    }>(`{ findings(filter: { types: [PENDING_INVITE] }, first: 200) { totalCount totalMonthlyCost nodes { type monthlyCost } } }`);
    expect(errors).toBeNull();
    expect(data!.findings.totalCount).toBe(expected);
    expect(data!.findings.nodes.every((n) => n.type === 'PENDING_INVITE')).toBe(true);
    expect(data!.findings.totalMonthlyCost).toBeCloseTo(
      data!.findings.nodes.reduce((s, n) => s + n.monthlyCost, 0),
      2,
    );
  });

  it('findings search matches account email, person or app in any case, within the other filters, and pages without overlap', async () => {
    interface SearchNode {
      id: string;
      type: string;
      reason: string;
      app: { name: string };
      account: { email: string } | null;
      person: { displayName: string } | null;
    }
    type SearchData = {
      findings: { totalCount: number; nodes: SearchNode[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    };
    const search = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
      const { data, errors } = await query<SearchData>(
        `query($filter: FindingFilter, $sort: FindingSort, $first: Int!, $after: String) {
          findings(filter: $filter, sort: $sort, first: $first, after: $after) {
            totalCount nodes { id type reason app { name } account { email } person { displayName } } pageInfo { endCursor hasNextPage }
          } }`,
        { filter, first: 200, ...extra },
      );
      expect(errors).toBeNull();
      return data!.findings;
    };
    const matches = (node: SearchNode, needle: string) =>
      [node.account?.email ?? '', node.person?.displayName ?? '', node.app.name, node.reason].some((text) =>
        text.toLowerCase().includes(needle.toLowerCase()),
      );

    const everything = await search({});
    const target = everything.nodes.find((node) => node.account && node.person);
    if (!target?.account || !target.person) throw new Error('the demo has no finding about an owned account');

    // Part of the account's email, typed in capitals.
    const local = target.account.email.split('@')[0]!.toUpperCase();
    const byEmail = await search({ search: local });
    expect(byEmail.nodes.map((node) => node.id)).toContain(target.id);
    expect(byEmail.totalCount).toBe(byEmail.nodes.length);
    expect(byEmail.totalCount).toBeLessThan(everything.totalCount);
    for (const node of byEmail.nodes) expect(matches(node, local), node.id).toBe(true);

    // The person's name, with another filter: only that type, still every match.
    const byPerson = await search({ search: `  ${target.person.displayName.toLowerCase()} `, types: [target.type] });
    expect(byPerson.nodes.map((node) => node.id)).toContain(target.id);
    for (const node of byPerson.nodes) {
      expect(node.type).toBe(target.type);
      expect(matches(node, target.person.displayName), node.id).toBe(true);
    }

    // An app's name, sorted by cost and read one finding a page: the pages add up to the whole search.
    const byApp = await search({ search: target.app.name });
    expect(byApp.nodes.every((node) => matches(node, target.app.name))).toBe(true);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3 && (page === 0 || after); page += 1) {
      const next = await search({ search: target.app.name }, { sort: 'COST', first: 1, ...(after ? { after } : {}) });
      expect(next.totalCount).toBe(byApp.totalCount);
      paged.push(...next.nodes.map((node) => node.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(new Set(paged).size).toBe(paged.length);
    for (const id of paged) expect(byApp.nodes.map((node) => node.id)).toContain(id);

    const nothing = await search({ search: 'no-such-finding-anywhere' });
    expect(nothing.totalCount).toBe(0);
    expect(nothing.nodes).toEqual([]);
  });
});
