import type { Catalog } from '../catalog/catalog.js';
import { refreshFindings } from '../findings/engine.js';
import type { Graph } from '../graph/graph.js';
import { takeSnapshot } from '../ingest/snapshot.js';
import { reconcileAndRefresh } from '../reconcile/reconcile-and-refresh.js';
import type { ChangeScope } from '../shared/change-scope.js';

/**
 * What a person's decision (an ownership decision, a classification, a threshold or an app setting)
 * needs after it is written: the findings it changes, then a snapshot, so the trend's point for the
 * day holds the figures the overview shows, not those of the day's last import.
 */
export async function settleDecision(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  change: { reconcile: ChangeScope } | { refresh: ChangeScope },
): Promise<void> {
  if ('reconcile' in change) await reconcileAndRefresh(graph, catalog, now, change.reconcile);
  else await refreshFindings(graph, catalog, now, change.refresh);
  await takeSnapshot(graph, catalog, now, null);
}
