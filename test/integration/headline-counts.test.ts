import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { decodeRow, readRows } from '../../server/graph/decode.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { headlineKpis } from '../../server/kpi/headline.js';
import { roundToCents } from '../../server/shared/numbers.js';
import { apiClient } from '../support/api.js';
import { loadGeneratedOrg } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { ACCOUNTS_OUTSIDE_APPS, FORGET_STORED_APP_FIGURES, LIVE_HEADLINE } from '../support/headline-truth.queries.js';

const liveRow = z.object({
  accounts: z.number(),
  findings: z.array(z.object({ type: z.string(), count: z.number(), cost: z.number() })),
});

/**
 * The overview's headline and activity card read what each app's refresh stored on it; these
 * tests hold it to a count of every account and finding, with the figures stored, missing (a database
 * from before them) and with accounts in no app.
 */
describe('overview headline counts', () => {
  let connection: GraphConnection;
  const catalog = loadCatalog();

  beforeAll(async () => {
    connection = await freshGraph();
    await loadGeneratedOrg(connection.graph, 100, 7);
  });
  afterAll(async () => connection.close());

  async function activityHistogram(): Promise<{ range: string; accounts: number }[]> {
    const gql = await apiClient(connection.graph);
    const result = await gql<{ activityHistogram: { range: string; accounts: number }[] }>(`{ activityHistogram { range accounts } }`);
    return result.data?.activityHistogram ?? [];
  }

  async function expectHeadlineIsLive(): Promise<number> {
    const [live] = await readRows(connection.graph, LIVE_HEADLINE, {}, liveRow, 'test-live-headline');
    const kpis = await headlineKpis(connection.graph, catalog);
    expect(kpis.accounts).toBe(live?.accounts);
    const byType = new Map(live?.findings.map((f) => [f.type, f]));
    for (const total of kpis.findingCounts) {
      expect(total.count, total.type).toBe(byType.get(total.type)?.count ?? 0);
      expect(total.monthlyCost, total.type).toBe(roundToCents(byType.get(total.type)?.cost ?? 0));
    }
    expect(kpis.findingCounts.reduce((sum, f) => sum + f.count, 0)).toBe(live?.findings.reduce((sum, f) => sum + f.count, 0));
    return kpis.accounts;
  }

  it('equals a count of every live account and every finding, from the figures the refresh stored', async () => {
    const accounts = await expectHeadlineIsLive();
    expect(accounts).toBeGreaterThan(100);
  });

  it('counts live the apps whose figures were never stored, in the headline and the activity histogram', async () => {
    const histogram = await activityHistogram();
    expect(histogram.reduce((sum, bucket) => sum + bucket.accounts, 0)).toBeGreaterThan(50);
    const [row] = await connection.graph.write(FORGET_STORED_APP_FIGURES, {}, 'test');
    expect(decodeRow(z.object({ forgotten: z.number() }), row, 'test').forgotten).toBeGreaterThan(1);
    await expectHeadlineIsLive();
    expect(await activityHistogram()).toEqual(histogram);
  });

  it('counts a live account in no app, and neither a deactivated nor a removed one', async () => {
    const before = await expectHeadlineIsLive();
    await connection.graph.write(ACCOUNTS_OUTSIDE_APPS, {}, 'test');
    expect(await expectHeadlineIsLive()).toBe(before + 1);
  });
});
