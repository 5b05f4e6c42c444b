import { generateOrg } from '../../seed/generate.js';
import type { DemoOrg, Truth, TruthFinding } from '../../seed/org.types.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { loadDemoOrg } from '../../server/demo/load-demo.js';
import { refreshFindings } from '../../server/findings/engine.js';
import type { Graph } from '../../server/graph/graph.js';
import { reconcile } from '../../server/reconcile/reconcile.js';

/** A fixed "now" so the planted ages and the rules agree whatever day the tests run. */
export const TEST_NOW = '2026-11-20T00:00:00.000Z';

export interface LoadedDemo {
  org: DemoOrg;
  truth: Truth;
}

/** Generates the organization, loads it into the (already emptied) graph, reconciles and computes findings. */
export async function loadGeneratedOrg(graph: Graph, people: number, seed: number): Promise<LoadedDemo> {
  const { org, truth } = generateOrg({ people, seed, now: TEST_NOW });
  const catalog = loadCatalog();
  await loadDemoOrg(graph, catalog, org);
  await reconcile(graph, new Date(TEST_NOW));
  await refreshFindings(graph, catalog, new Date(TEST_NOW));
  return { org, truth };
}

export function findingKey(f: { type: string; app: string; account: string | null }): string {
  return `${f.type} | ${f.app} | ${f.account ?? '-'}`;
}

export function countByType(findings: TruthFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}
