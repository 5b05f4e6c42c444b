import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { evaluateFindings } from '../../server/findings/engine.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { countByCase, findingKey, hardCaseProblems, loadGeneratedOrg, TEST_NOW, type LoadedDemo } from '../support/demo.js';
import { LARGE_ROLE, ROLE_HOLDER_PAGE, ROLE_HOLDERS_SHOWN } from '../../server/findings/role-holders.js';
import { apiClient } from '../support/api.js';
import { freshGraph } from '../support/graph.js';
import { expectWasteAddsUp } from '../support/waste-figures.js';

describe('findings on a 5,000-person organization imported from its vendor exports', () => {
  let connection: GraphConnection;
  let demo: LoadedDemo;

  beforeAll(async () => {
    connection = await freshGraph();
    demo = await loadGeneratedOrg(connection.graph, 5000, 7);
  }, 900_000);
  afterAll(async () => connection.close());

  it('reports every planted finding and nothing else, and every hard case holds in the graph', async () => {
    const found = await evaluateFindings(connection.graph, loadCatalog(), new Date(TEST_NOW));
    const reported = found.map((f) => findingKey({ type: f.type, app: f.appName, account: f.accountEmail })).sort();
    const planted = demo.truth.findings.map(findingKey).sort();
    expect({ missed: planted.filter((k) => !reported.includes(k)), extra: reported.filter((k) => !planted.includes(k)) }).toEqual({
      missed: [],
      extra: [],
    });
    expect(reported).toEqual(planted);
    expect(planted.length).toBeGreaterThan(250);

    // The hard cases of reconciliation: each of the twelve kinds is planted, and each instance holds.
    expect(Object.keys(countByCase(demo.truth.hardCases)).length).toBe(14);
    expect(await hardCaseProblems(connection.graph, demo.truth.hardCases, found)).toEqual([]);
  });

  it('every waste dollar adds up: overview, findings and per-app bars, in total and by cause', async () => {
    const started = Date.now();
    const figures = await expectWasteAddsUp(connection.graph, loadCatalog(), new Date(TEST_NOW));
    console.info(`waste at 5,000 people (seed 7), checked in ${Date.now() - started} ms:`, JSON.stringify(figures));
    expect(figures.byCause.unassigned_seats).toBeGreaterThan(0);
    expect(figures.byCause.suspended_seat).toBeGreaterThan(0);
  });

  it('a role held by thousands lists its holders by email a page at a time, the first ones as stored by the refresh, then the rest', async () => {
    // Slack's export keeps deactivated members (they stay holders); users it no longer lists are gone.
    const slack = demo.org.apps.find((a) => a.catalogKey === 'slack')!;
    const listed = demo.org.accounts.filter((a) => a.appId === slack.id && (a.removedAt === null || a.status === 'deactivated'));
    const gql = await apiClient(connection.graph);
    type Page = {
      totalCount: number;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      nodes: { account: { email: string } }[];
    };
    const PAGE = 'totalCount pageInfo { endCursor hasNextPage } nodes { account { email } }';
    const { data, errors } = await gql<{ app: { roles: { id: string; name: string; holders: Page }[] } }>(
      `query($id: ID!) { app(id: $id) { roles { id name holders { ${PAGE} } } } }`,
      { id: slack.id },
    );
    expect(errors).toBeNull();
    const member = data!.app.roles.find((role) => role.name === 'Member')!;
    const expected = listed
      .filter((a) => a.roleNames.includes('Member'))
      .map((a) => a.email)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(expected.length).toBeGreaterThan(LARGE_ROLE);
    expect(member.holders.totalCount).toBe(expected.length);
    expect(member.holders.nodes.map((h) => h.account.email)).toEqual(expected.slice(0, ROLE_HOLDER_PAGE));

    // Pages of 300 cross the end of the stored holders (500) inside a page; together they are every holder once, in order.
    const emails = member.holders.nodes.map((h) => h.account.email);
    for (let page = member.holders; page.pageInfo.hasNextPage;) {
      const next = await gql<{ roleHolders: Page }>(
        `query($roleId: ID!, $after: String) { roleHolders(roleId: $roleId, first: 300, after: $after) { ${PAGE} } }`,
        { roleId: member.id, after: page.pageInfo.endCursor },
      );
      expect(next.errors).toBeNull();
      page = next.data!.roleHolders;
      expect(page.totalCount).toBe(expected.length);
      emails.push(...page.nodes.map((h) => h.account.email));
    }
    expect(emails).toEqual(expected);
    const [stored] = await connection.graph.read(
      `MATCH (r:Role {name: 'Member'})-[:OF]->(:App {id: $id}) RETURN size(r.firstHolderIds) AS n, r.liveHolderCount AS live`,
      { id: slack.id },
    );
    expect(stored).toEqual({ n: ROLE_HOLDERS_SHOWN, live: expected.length });
  });
});
