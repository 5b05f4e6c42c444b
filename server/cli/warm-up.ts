import { OverviewService } from '../api/overview/overview.service.js';
import { TrendService } from '../api/trends/trend.service.js';
import { resolveSession } from '../auth/sessions.js';
import { SYSTEM_VIEWER } from '../auth/viewer.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';

/**
 * Runs the landing page's queries and a session lookup once before the server listens, so Neo4j has
 * planned them and the first person to open the dashboard after a restart does not pay for it.
 */
export async function warmUp(graph: Graph, catalog: Catalog, now: Date): Promise<void> {
  const ctx = { graph, catalog, now, viewer: SYSTEM_VIEWER };
  await Promise.all([
    new OverviewService(ctx).overview(),
    new TrendService(ctx).kpiQuarters(),
    new TrendService(ctx).activityHistogram(),
    // A well-formed token no session has, so the lookup query runs and finds nothing.
    resolveSession(graph, 'w'.repeat(43), now),
  ]);
}
