import { randomUUID } from 'node:crypto';
import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';
import { headlineKpis } from '../kpi/headline.js';
import { CREATE_SNAPSHOT } from './snapshot.queries.js';

/** Records the headline KPIs after an import, so the dashboard can draw trends across syncs. */
export async function takeSnapshot(graph: Graph, catalog: Catalog, now: Date, syncRunId: string | null): Promise<void> {
  const kpis = await headlineKpis(graph, catalog);
  const snapshot: Record<string, unknown> = {
    id: randomUUID(),
    takenAt: now.toISOString(),
    // Wall clock: orders snapshots taken at one pinned "now" (ATTEST_NOW).
    recordedAt: new Date().toISOString(),
    syncRunId,
    people: kpis.people,
    accounts: kpis.accounts,
    seatsPaid: kpis.seatsPaid,
    seatsUsed: kpis.seatsUsed,
    monthlySpend: kpis.monthlySpend,
    monthlyWaste: kpis.monthlyWaste,
  };
  for (const total of kpis.findingCounts) {
    snapshot[`count_${total.type}`] = total.count;
    snapshot[`cost_${total.type}`] = total.monthlyCost;
  }
  await graph.write(CREATE_SNAPSHOT, { snapshot }, 'snapshot');
}
