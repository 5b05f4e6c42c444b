import type { Catalog } from '../catalog/catalog.js';
import { refreshFindings } from '../findings/engine.js';
import type { Graph } from '../graph/graph.js';
import { reconcile, type ReconcileSummary } from './reconcile.js';

/** Links every record to its person again, then recomputes the findings: what any change to the records or to a decision needs. */
export async function reconcileAndRefresh(
  graph: Graph,
  catalog: Catalog,
  now: Date,
): Promise<{ reconcile: ReconcileSummary; findings: number }> {
  const summary = await reconcile(graph, now);
  const findings = await refreshFindings(graph, catalog, now);
  return { reconcile: summary, findings: findings.total };
}
