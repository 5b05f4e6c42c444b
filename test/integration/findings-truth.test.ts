import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { evaluateFindings } from '../../server/findings/engine.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { countByCase, findingKey, hardCaseProblems, loadGeneratedOrg, TEST_NOW, type LoadedDemo } from '../support/demo.js';
import { LARGE_ROLE, ROLE_HOLDERS_SHOWN } from '../../server/findings/role-holders.js';
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

  it('a role held by thousands lists its first holders by email, as stored by the refresh', async () => {
    // Slack's export keeps deactivated members (they stay holders); users it no longer lists are gone.
    const slack = demo.org.apps.find((a) => a.catalogKey === 'slack')!;
    const listed = demo.org.accounts.filter((a) => a.appId === slack.id && (a.removedAt === null || a.status === 'deactivated'));
    const gql = await apiClient(connection.graph);
    const { data, errors } = await gql<{ app: { roles: { name: string; holders: { account: { email: string } }[] }[] } }>(
      `query($id: ID!) { app(id: $id) { roles { name holders { account { email } } } } }`,
      { id: slack.id },
    );
    expect(errors).toBeNull();
    const member = data!.app.roles.find((role) => role.name === 'Member')!;
    const holders = listed.filter((a) => a.roleNames.includes('Member'));
    expect(holders.length).toBeGreaterThan(LARGE_ROLE);
    const expected = holders
      .map((a) => a.email)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, ROLE_HOLDERS_SHOWN);
    expect(member.holders.map((h) => h.account.email)).toEqual(expected);
    const [stored] = await connection.graph.read(
      `MATCH (r:Role {name: 'Member'})-[:OF]->(:App {id: $id}) RETURN size(r.firstHolderIds) AS n`,
      { id: slack.id },
    );
    expect(stored).toEqual({ n: ROLE_HOLDERS_SHOWN });
  });
});
