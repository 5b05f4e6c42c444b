import { randomUUID } from 'node:crypto';
import { SYSTEM_VIEWER } from '../auth/viewer.js';
import { OverviewService } from '../api/overview/overview.service.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';

const CREATE_SNAPSHOT = `
CREATE (s:Snapshot)
SET s = $snapshot, s.takenAt = datetime($snapshot.takenAt)`;

/** Records the headline KPIs after an import, so the dashboard can draw trends across syncs. */
export async function takeSnapshot(graph: Graph, catalog: Catalog, now: Date, syncRunId: string | null): Promise<void> {
  const overview = await new OverviewService({ graph, catalog, now, viewer: SYSTEM_VIEWER }).overview();
  const snapshot: Record<string, unknown> = {
    id: randomUUID(),
    takenAt: now.toISOString(),
    // Wall clock: orders snapshots taken at one pinned "now" (ATTEST_NOW).
    recordedAt: new Date().toISOString(),
    syncRunId,
    people: overview.people,
    accounts: overview.accounts,
    seatsPaid: overview.seatsPaid,
    seatsUsed: overview.seatsUsed,
    monthlySpend: overview.monthlySpend,
    monthlyWaste: overview.monthlyWaste,
  };
  for (const total of overview.findingCounts) {
    snapshot[`count_${total.type}`] = total.count;
    snapshot[`cost_${total.type}`] = total.monthlyCost;
  }
  await graph.write(CREATE_SNAPSHOT, { snapshot }, 'snapshot');
}
