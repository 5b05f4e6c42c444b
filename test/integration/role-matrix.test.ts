import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../server/api/schema.js';
import type { Role, Viewer } from '../../server/auth/viewer.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createFindingsExportRouter } from '../../server/http/findings-export.js';
import { apiClient, TEST_ADMIN, type GraphQLResult } from '../support/api.js';
import { loadGeneratedOrg, type LoadedDemo } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

type Caller = Role | 'anonymous';
type Client = <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;

const CALLERS: readonly Caller[] = ['admin', 'finance', 'auditor', 'manager', 'anonymous'];
const ORGANIZATION: readonly Caller[] = ['admin', 'finance', 'auditor'];
const EVERY_ROLE: readonly Caller[] = ['admin', 'finance', 'auditor', 'manager'];
const ADMIN_ONLY: readonly Caller[] = ['admin'];
/** The audit log and the campaigns' progress: evidence for auditors. */
const ADMIN_AUDITOR: readonly Caller[] = ['admin', 'auditor'];
/** Review items: managers see only theirs (the reviews' own tests check which). */
const REVIEW_READERS: readonly Caller[] = ['admin', 'auditor', 'manager'];
/** Review decisions: finance and auditors never decide. */
const REVIEWERS: readonly Caller[] = ['admin', 'manager'];

/**
 * Who may call every Query and Mutation field. The list of fields comes from the schema, so a field
 * added without an entry here fails the first test.
 */
const ACCESS: Record<string, readonly Caller[]> = {
  'Query.overview': ORGANIZATION,
  'Query.recentLeaverSla': ORGANIZATION,
  'Query.apps': ORGANIZATION,
  'Query.app': ORGANIZATION,
  'Query.roleHolders': ORGANIZATION,
  'Query.sources': ORGANIZATION,
  'Query.syncRuns': ORGANIZATION,
  'Query.importKinds': ORGANIZATION,
  'Query.importApps': ORGANIZATION,
  'Query.batonFiles': ORGANIZATION,
  'Query.connections': ORGANIZATION,
  'Query.connectorKinds': ORGANIZATION,
  'Mutation.addConnection': ADMIN_ONLY,
  'Mutation.testConnection': ADMIN_ONLY,
  'Mutation.syncConnection': ADMIN_ONLY,
  'Mutation.setConnectionSchedule': ADMIN_ONLY,
  'Mutation.removeConnection': ADMIN_ONLY,
  'Query.webhookEvents': ADMIN_ONLY,
  'Query.webhooks': ADMIN_ONLY,
  'Query.webhookDeliveries': ADMIN_ONLY,
  'Mutation.addWebhook': ADMIN_ONLY,
  'Mutation.removeWebhook': ADMIN_ONLY,
  'Mutation.redeliverWebhook': ADMIN_ONLY,
  'Query.kpiTrend': ORGANIZATION,
  'Query.kpiQuarters': ORGANIZATION,
  'Query.activityHistogram': ORGANIZATION,
  'Query.findings': EVERY_ROLE,
  'Query.finding': EVERY_ROLE,
  'Query.people': EVERY_ROLE,
  'Query.person': EVERY_ROLE,
  'Query.reviewQueue': ADMIN_ONLY,
  'Mutation.linkOwner': ADMIN_ONLY,
  'Mutation.unlinkOwner': ADMIN_ONLY,
  'Mutation.markAccountKind': ADMIN_ONLY,
  'Mutation.resetOwnership': ADMIN_ONLY,
  'Query.rolesAndSeats': ORGANIZATION,
  'Mutation.classifyRole': ADMIN_ONLY,
  'Mutation.setSeatCost': ADMIN_ONLY,
  'Query.me': EVERY_ROLE,
  'Query.auditEvents': ADMIN_AUDITOR,
  'Query.auditChain': ADMIN_AUDITOR,
  'Query.auditActions': ADMIN_AUDITOR,
  'Query.leavers': ADMIN_AUDITOR,
  'Query.campaigns': ADMIN_AUDITOR,
  'Query.campaign': ADMIN_AUDITOR,
  'Query.overdueReviewers': ADMIN_AUDITOR,
  'Query.reviewItem': REVIEW_READERS,
  'Query.myReviews': REVIEWERS,
  'Query.myTeam': REVIEWERS,
  'Mutation.createCampaign': ADMIN_ONLY,
  'Mutation.launchCampaign': ADMIN_ONLY,
  'Mutation.closeCampaign': ADMIN_ONLY,
  'Mutation.applyRemediation': ADMIN_ONLY,
  'Mutation.escalateOverdue': ADMIN_ONLY,
  'Query.campaignSchedules': ADMIN_AUDITOR,
  'Mutation.addCampaignSchedule': ADMIN_ONLY,
  'Mutation.removeCampaignSchedule': ADMIN_ONLY,
  'Mutation.decideItems': REVIEWERS,
  'Mutation.reassignItems': REVIEWERS,
  'Mutation.delegateMyReviews': REVIEWERS,
  'Mutation.attestTeam': REVIEWERS,
};

/** Errors a resolver gives when it ran and judged the (made-up) arguments: the caller was let in. */
const RAN_CODES = ['NOT_FOUND', 'BAD_USER_INPUT'];

function fieldsOf(schema: GraphQLSchema): string[] {
  const query = Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`);
  const mutation = Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`);
  return [...query, ...mutation].sort();
}

/** The smallest value GraphQL accepts for an input type: required input fields only, one list element. */
function minimalValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return minimalValue(type.ofType);
  if (isListType(type)) return [minimalValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = minimalValue(field.type);
    }
    return value;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float') return 1;
    if (type.name === 'Boolean') return false;
    if (/date|time/i.test(type.name)) return '2026-12-31T00:00:00.000Z';
    return 'no-such-record';
  }
  throw new Error(`no minimal value for ${String(type)}`);
}

/** One operation calling `field` with every required argument (from `given`, else made up). */
function operationFor(
  schema: GraphQLSchema,
  field: string,
  given: Record<string, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const [kind, name] = field.split('.') as ['Query' | 'Mutation', string];
  const definition = (kind === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[name];
  if (!definition) throw new Error(`${field} is not in the schema`);
  const required = definition.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const variables = Object.fromEntries(required.map((arg) => [arg.name, given[arg.name] ?? minimalValue(arg.type)]));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const argumentList = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(definition.type)) ? ' { __typename }' : '';
  const query = `${kind === 'Query' ? 'query' : 'mutation'} Call${declarations ? `(${declarations})` : ''} { ${name}${argumentList ? `(${argumentList})` : ''}${selection} }`;
  return { query, variables };
}

function codes(result: GraphQLResult<unknown>): string[] {
  return (result.errors ?? []).map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'none'));
}

interface Team {
  manager: { id: string; email: string; displayName: string; employeeId: string };
  /** Employee ids of everyone who reports to the manager, directly or not, from the generator's org.json. */
  reports: Set<string>;
}

/** A manager from the demo org with direct and indirect reports and plenty of people outside the team. */
function pickTeam(demo: LoadedDemo): Team {
  const { people } = demo.org;
  const byManager = new Map<string, string[]>();
  for (const person of people)
    if (person.managerId) byManager.set(person.managerId, [...(byManager.get(person.managerId) ?? []), person.id]);
  const under = (id: string): string[] => (byManager.get(id) ?? []).flatMap((report) => [report, ...under(report)]);
  const candidates = people
    .map((person) => ({ person, all: under(person.id), direct: byManager.get(person.id)?.length ?? 0 }))
    .filter((c) => c.all.length > c.direct && c.all.length >= 8 && c.all.length <= people.length / 4)
    .sort((a, b) => b.all.length - a.all.length || a.person.id.localeCompare(b.person.id));
  const chosen = candidates[0];
  if (!chosen) throw new Error('the demo org has no manager with indirect reports');
  const employeeIdOf = new Map(people.map((p) => [p.id, p.employeeId]));
  return {
    manager: { id: '', email: chosen.person.email, displayName: chosen.person.displayName, employeeId: chosen.person.employeeId },
    reports: new Set(chosen.all.map((id) => employeeIdOf.get(id) ?? id)),
  };
}

interface PersonRow {
  id: string;
  employeeId: string;
  displayName: string;
}
interface FindingRow {
  id: string;
  type: string;
  person: { id: string } | null;
}

describe('every role against every query and mutation, and managers see only their reports', () => {
  let connection: GraphConnection;
  let schema: GraphQLSchema;
  let demo: LoadedDemo;
  let team: Team;
  let managerViewer: Viewer;
  const clients = new Map<Caller, Client>();
  const client = (caller: Caller): Client => {
    const found = clients.get(caller);
    if (!found) throw new Error(`no client for ${caller}`);
    return found;
  };
  /** Everyone in the demo org as the admin sees them, by graph id. */
  const everyone = new Map<string, PersonRow>();
  const inTeam = (personId: string): boolean => team.reports.has(everyone.get(personId)?.employeeId ?? '');

  beforeAll(async () => {
    connection = await freshGraph();
    demo = await loadGeneratedOrg(connection.graph, 300, 42);
    schema = await buildApiSchema();
    team = pickTeam(demo);
    const admin = await apiClient(connection.graph, TEST_ADMIN);
    for (let after: string | null = null; ;) {
      const page: GraphQLResult<{ people: { nodes: PersonRow[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }> =
        await admin(
          `query($after: String) { people(first: 100, after: $after) { nodes { id employeeId displayName } pageInfo { endCursor hasNextPage } } }`,
          { after },
        );
      for (const person of page.data?.people.nodes ?? []) everyone.set(person.id, person);
      if (!page.data?.people.pageInfo.hasNextPage) break;
      after = page.data.people.pageInfo.endCursor;
    }
    const managerRow = [...everyone.values()].find((p) => p.employeeId === team.manager.employeeId);
    if (!managerRow) throw new Error(`manager ${team.manager.employeeId} is not in the graph`);
    team.manager.id = managerRow.id;
    managerViewer = {
      userId: 'test-manager',
      email: team.manager.email,
      displayName: team.manager.displayName,
      role: 'manager',
      personId: managerRow.id,
    };
    // The admin is someone in HR too (the head of the org), as review work needs a person to act as.
    const head = demo.org.people.find((p) => p.managerId === null);
    const headRow = [...everyone.values()].find((p) => p.employeeId === head?.employeeId);
    const viewers: Record<Caller, Viewer | null> = {
      admin: { ...TEST_ADMIN, personId: headRow?.id ?? null },
      finance: { userId: 'test-finance', email: 'finance@test.example', displayName: 'Test Finance', role: 'finance', personId: null },
      auditor: { userId: 'test-auditor', email: 'auditor@test.example', displayName: 'Test Auditor', role: 'auditor', personId: null },
      manager: managerViewer,
      anonymous: null,
    };
    for (const caller of CALLERS) clients.set(caller, await apiClient(connection.graph, viewers[caller]));
  });
  afterAll(async () => connection.close());

  const allFindings = async (
    caller: Caller,
    filter: Record<string, unknown> | null = null,
  ): Promise<{ nodes: FindingRow[]; totalCount: number; byType: { type: string; count: number }[] }> => {
    const nodes: FindingRow[] = [];
    let totalCount: number;
    let byType: { type: string; count: number }[];
    for (let after: string | null = null; ;) {
      const page: GraphQLResult<{
        findings: {
          nodes: FindingRow[];
          totalCount: number;
          byType: { type: string; count: number }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      }> = await client(caller)(
        `query($filter: FindingFilter, $after: String) { findings(filter: $filter, first: 200, after: $after) {
           nodes { id type person { id } } totalCount byType { type count } pageInfo { endCursor hasNextPage } } }`,
        { filter, after },
      );
      expect(page.errors).toBeNull();
      nodes.push(...(page.data?.findings.nodes ?? []));
      totalCount = page.data?.findings.totalCount ?? 0;
      byType = page.data?.findings.byType ?? [];
      if (!page.data?.findings.pageInfo.hasNextPage) break;
      after = page.data.findings.pageInfo.endCursor;
    }
    return { nodes, totalCount, byType };
  };

  it('has an access rule for every query and mutation in the schema', () => {
    expect(fieldsOf(schema)).toEqual(Object.keys(ACCESS).sort());
  });

  it('lets each role call exactly what its rule allows: UNAUTHENTICATED without a viewer, FORBIDDEN for a wrong role', async () => {
    const someReport = [...everyone.values()].find((p) => team.reports.has(p.employeeId));
    const teamFinding = (await allFindings('manager')).nodes[0];
    const anyApp = (await client('admin')<{ apps: { id: string }[] }>(`{ apps { id } }`)).data?.apps[0];
    const anyRole = (
      await client('admin')<{ app: { roles: { id: string }[] } }>(`query($id: ID!) { app(id: $id) { roles { id } } }`, { id: anyApp?.id })
    ).data?.app.roles[0];
    expect(someReport && teamFinding && anyApp && anyRole).toBeTruthy();
    const realArguments: Record<string, Record<string, unknown>> = {
      'Query.person': { id: someReport?.id },
      'Query.finding': { id: teamFinding?.id },
      'Query.app': { id: anyApp?.id },
      'Query.roleHolders': { roleId: anyRole?.id },
    };
    const problems: string[] = [];
    for (const field of fieldsOf(schema)) {
      const allowed = ACCESS[field] ?? [];
      const { query, variables } = operationFor(schema, field, realArguments[field] ?? {});
      const name = field.split('.')[1] as string;
      for (const caller of CALLERS) {
        const result = await client(caller)<Record<string, unknown>>(query, variables);
        const got = codes(result);
        if (allowed.includes(caller)) {
          if (got.some((code) => !RAN_CODES.includes(code)))
            problems.push(`${caller} may call ${field} but got ${got.join(', ')}: ${result.errors?.[0]?.message ?? ''}`);
          if (field.startsWith('Query.') && realArguments[field] !== undefined && got.length > 0)
            problems.push(`${caller} got ${got.join(', ')} from ${field} with real arguments`);
        } else {
          const expected = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          if (got.length !== 1 || got[0] !== expected)
            problems.push(`${caller} calling ${field}: expected ${expected}, got ${got.join(', ') || 'no error'}`);
          if ((result.data?.[name] ?? null) !== null) problems.push(`${caller} read ${field} although refused`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('a role that may not decide ownership changes nothing when it tries', async () => {
    const [owned] = await connection.graph.read(
      `MATCH (a:Account)-[:BELONGS_TO]->(p:Person) WHERE a.removedAt IS NULL AND coalesce(a.kind, 'human') = 'human' RETURN a.id AS id, p.id AS owner ORDER BY a.id LIMIT 1`,
    );
    expect(owned).toBeDefined();
    const ownerOf = async () =>
      (await connection.graph.read(`MATCH (:Account {id: $id})-[:BELONGS_TO]->(p:Person) RETURN p.id AS owner`, { id: owned?.id }))[0]
        ?.owner ?? null;
    for (const caller of ['finance', 'auditor', 'manager', 'anonymous'] as const) {
      const unlink = await client(caller)(
        `mutation($id: ID!) { unlinkOwner(input: { recordId: $id, note: "not theirs" }) { record { id } } }`,
        { id: owned?.id },
      );
      expect(codes(unlink), caller).toEqual([caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      const mark = await client(caller)(
        `mutation($id: ID!, $owner: ID!) { markAccountKind(input: { accountId: $id, kind: SHARED, ownerId: $owner }) { record { id } } }`,
        {
          id: owned?.id,
          owner: owned?.owner,
        },
      );
      expect(codes(mark), caller).toEqual([caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    }
    expect(await ownerOf()).toBe(owned?.owner);
    const [kind] = await connection.graph.read(`MATCH (a:Account {id: $id}) RETURN coalesce(a.kind, 'human') AS kind`, { id: owned?.id });
    expect(kind?.kind).toBe('human');
  });

  it('a manager lists and counts exactly the people who report to them, directly or not', async () => {
    const seen: PersonRow[] = [];
    let totalCount: number;
    for (let after: string | null = null; ;) {
      const page: GraphQLResult<{
        people: { nodes: PersonRow[]; totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
      }> = await client('manager')(
        `query($after: String) { people(first: 100, after: $after) { nodes { id employeeId displayName } totalCount pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      expect(page.errors).toBeNull();
      seen.push(...(page.data?.people.nodes ?? []));
      totalCount = page.data?.people.totalCount ?? -1;
      if (!page.data?.people.pageInfo.hasNextPage) break;
      after = page.data.people.pageInfo.endCursor;
    }
    expect(new Set(seen.map((p) => p.employeeId))).toEqual(team.reports);
    expect(totalCount).toBe(team.reports.size);
    expect(everyone.size).toBeGreaterThan(team.reports.size * 3);
  });

  it("a manager's search finds their reports and nobody else", async () => {
    const outsider = [...everyone.values()].find((p) => !team.reports.has(p.employeeId) && p.id !== team.manager.id);
    const report = [...everyone.values()].find((p) => team.reports.has(p.employeeId));
    const search = (caller: Caller, text: string) =>
      client(caller)<{ people: { nodes: PersonRow[]; totalCount: number } }>(
        `query($q: String) { people(search: $q, first: 100) { nodes { id employeeId } totalCount } }`,
        { q: text },
      );
    const outsiderAsAdmin = await search('admin', outsider?.displayName ?? '');
    expect(outsiderAsAdmin.data?.people.nodes.map((p) => p.id)).toContain(outsider?.id);
    const outsiderAsManager = await search('manager', outsider?.displayName ?? '');
    expect(outsiderAsManager.data?.people.nodes.every((p) => team.reports.has(p.employeeId))).toBe(true);
    expect(outsiderAsManager.data?.people.nodes.map((p) => p.id)).not.toContain(outsider?.id);
    expect(outsiderAsManager.data?.people.totalCount).toBe(outsiderAsManager.data?.people.nodes.length);
    const reportAsManager = await search('manager', report?.displayName ?? '');
    expect(reportAsManager.data?.people.nodes.map((p) => p.id)).toContain(report?.id);
  });

  it('a person outside the team is NOT_FOUND for the manager, exactly like an id that does not exist', async () => {
    const outsider = [...everyone.values()].find((p) => !team.reports.has(p.employeeId) && p.id !== team.manager.id);
    const person = (caller: Caller, id: string) =>
      client(caller)<{ person: { id: string } | null }>(`query($id: ID!) { person(id: $id) { id displayName } }`, { id });
    expect((await person('admin', outsider?.id ?? '')).data?.person?.id).toBe(outsider?.id);
    const hidden = await person('manager', outsider?.id ?? '');
    const missing = await person('manager', 'person-that-does-not-exist');
    expect(hidden.data).toBeNull();
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(hidden.errors?.[0]?.message).toBe(`Person "${outsider?.id}" does not exist`);
    expect(missing.errors?.[0]?.message).toBe('Person "person-that-does-not-exist" does not exist');
  });

  it("a report's page shows the manager chain only up to the manager, never above", async () => {
    const deep = [...everyone.values()].filter((p) => team.reports.has(p.employeeId));
    let checked = 0;
    for (const report of deep) {
      const asManager = await client('manager')<{ person: { managerChain: { id: string }[]; reports: { employeeId: string }[] } }>(
        `query($id: ID!) { person(id: $id) { managerChain { id } reports { employeeId } } }`,
        { id: report.id },
      );
      expect(asManager.errors).toBeNull();
      const chain = asManager.data?.person.managerChain.map((m) => m.id) ?? [];
      expect(chain.at(-1), report.displayName).toBe(team.manager.id);
      expect(chain.slice(0, -1).every(inTeam)).toBe(true);
      expect(asManager.data?.person.reports.every((r) => team.reports.has(r.employeeId))).toBe(true);
      checked += 1;
    }
    expect(checked).toBe(team.reports.size);
    const asAdmin = await client('admin')<{ person: { managerChain: { id: string }[] } }>(
      `query($id: ID!) { person(id: $id) { managerChain { id } } }`,
      { id: team.manager.id },
    );
    expect(asAdmin.data?.person.managerChain.length ?? 0).toBeGreaterThan(0);
  });

  it("a manager's findings, totals and counts by type are exactly the team's share of everyone's", async () => {
    const everything = await allFindings('admin');
    const expected = everything.nodes.filter((f) => f.person !== null && inTeam(f.person.id));
    const mine = await allFindings('manager');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(everything.nodes.length);
    expect(mine.nodes.map((f) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
    expect(mine.totalCount).toBe(expected.length);
    const expectedByType: Record<string, number> = {};
    for (const f of expected) expectedByType[f.type] = (expectedByType[f.type] ?? 0) + 1;
    expect(Object.fromEntries(mine.byType.map((t) => [t.type, t.count]))).toEqual(expectedByType);
  });

  it('a finding about someone outside the team is NOT_FOUND for the manager, and filtering by an outsider finds nothing', async () => {
    const everything = await allFindings('admin');
    const outside = everything.nodes.find((f) => f.person !== null && !inTeam(f.person.id));
    const appLevel = everything.nodes.find((f) => f.person === null);
    for (const finding of [outside, appLevel]) {
      const result = await client('manager')<{ finding: { id: string } | null }>(
        `query($id: ID!) { finding(id: $id) { id neighbourhood { nodes { id } } } }`,
        { id: finding?.id },
      );
      expect(result.data).toBeNull();
      expect(codes(result)).toEqual(['NOT_FOUND']);
      expect(result.errors?.[0]?.message).toBe(`Finding "${finding?.id}" does not exist`);
    }
    const filtered = await allFindings('manager', { personId: outside?.person?.id });
    expect(filtered.totalCount).toBe(0);
    expect(filtered.nodes).toEqual([]);
  });

  it("the graph around a team member's finding shows no person outside the team", async () => {
    const mine = await allFindings('manager');
    for (const finding of mine.nodes.slice(0, 40)) {
      const result = await client('manager')<{ finding: { neighbourhood: { nodes: { id: string; kind: string }[] } } }>(
        `query($id: ID!) { finding(id: $id) { neighbourhood { nodes { id kind } } } }`,
        { id: finding.id },
      );
      expect(result.errors).toBeNull();
      const people = result.data?.finding.neighbourhood.nodes.filter((n) => n.kind === 'person').map((n) => n.id) ?? [];
      expect(people.length).toBeGreaterThan(0);
      expect(
        people.filter((id) => !inTeam(id)),
        finding.id,
      ).toEqual([]);
    }
  });

  describe('the findings CSV download', () => {
    let server: Server;
    let base: string;
    let viewer: Viewer | null = null;

    beforeAll(async () => {
      const app = express();
      // Stands in for the session middleware, which sets the signed-in viewer on res.locals.
      app.use((_req, res, next) => {
        res.locals.viewer = viewer;
        next();
      });
      app.use('/api', createFindingsExportRouter(connection.graph));
      server = app.listen(0, '127.0.0.1');
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

    const download = async (as: Viewer | null, query = '') => {
      viewer = as;
      const response = await fetch(`${base}/api/findings.csv${query}`);
      return { status: response.status, text: await response.text() };
    };

    it("gives a manager only their team's findings, refuses anyone not signed in", async () => {
      const mine = await allFindings('manager');
      const asManager = await download(managerViewer);
      expect(asManager.status).toBe(200);
      const rows = parse<Record<string, string>>(asManager.text, { columns: true });
      expect(rows.map((row) => row.id).sort()).toEqual(mine.nodes.map((f) => f.id).sort());
      const asAdmin = await download(TEST_ADMIN);
      expect(parse<unknown>(asAdmin.text, { columns: true }).length).toBeGreaterThan(rows.length);
      const anonymous = await download(null);
      expect(anonymous.status).toBe(401);
      expect(anonymous.text).not.toContain(',');
    });
  });
});
