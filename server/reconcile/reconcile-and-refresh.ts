import type { Catalog } from '../catalog/catalog.js';
import { refreshFindings } from '../findings/engine.js';
import type { Graph } from '../graph/graph.js';
import { EVERYTHING, type ChangeScope } from '../shared/change-scope.js';
import { withAppsOfIdentities } from './identity-scope.js';
import { reconcile, type ReconcileSummary } from './reconcile.js';

/**
 * Links the records a change touched to their people again, then recomputes the findings of what
 * that decides: what any change to the records or to a decision needs. With EVERYTHING (the
 * default, and `attest reconcile`) every app is redone, app by app.
 */
export async function reconcileAndRefresh(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  scope: ChangeScope = EVERYTHING,
): Promise<{ reconcile: ReconcileSummary; findings: number }> {
  // The apps identities reach are read before reconciling moves their sign-ins.
  const widened = await withAppsOfIdentities(graph, scope);
  const summary = await reconcile(graph, now, widened);
  const findings = await refreshFindings(graph, catalog, now, widened);
  return { reconcile: summary, findings: findings.total };
}
