import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { evaluateFindings } from '../../server/findings/engine.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { countByCase, findingKey, hardCaseProblems, loadGeneratedOrg, TEST_NOW, type LoadedDemo } from '../support/demo.js';
import { LARGE_ROLE, ROLE_HOLDER_PAGE, ROLE_HOLDERS_SHOWN } from '../../server/findings/role-holders.js';
import { apiClient } from '../support/api.js';
import { appRoleHolders, everyHolderEmail, slackHolders } from '../support/role-holders.js';
import { STORED_ROLE_HOLDERS } from '../support/role-holders.queries.js';
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
    const slack = slackHolders(demo);
    const gql = await apiClient(connection.graph);
    const member = (await appRoleHolders(gql, slack.appId)).find((role) => role.name === 'Member')!;
    const expected = slack.expected('Member');
    expect(expected.length).toBeGreaterThan(LARGE_ROLE);
    expect(member.holders.totalCount).toBe(expected.length);
    expect(member.holders.nodes.map((h) => h.account.email)).toEqual(expected.slice(0, ROLE_HOLDER_PAGE));
    // Pages of 300 cross the end of the stored holders (500) inside a page; together they are every holder once, in order.
    expect(await everyHolderEmail(gql, member, 300)).toEqual(expected);
    const [stored] = await connection.graph.read(STORED_ROLE_HOLDERS, { roleName: 'Member', appId: slack.appId });
    expect(stored).toEqual({ n: ROLE_HOLDERS_SHOWN, live: expected.length });
  });
});
