import { join } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';
import { refreshFindings } from '../findings/engine.js';
import { reconcile } from '../reconcile/reconcile.js';
import { loadDemoOrg, readDemoOrg } from './load-demo.js';
import { writeSeed } from '../../seed/write-seed.js';

export interface DemoOptions {
  people: number;
  seed: number;
  now: Date;
  /** Where the generated files (org.json, truth.json) are kept for reference. */
  dir: string;
  log?: (message: string) => void;
}

export async function graphIsEmpty(graph: Graph): Promise<boolean> {
  const rows = await graph.read('MATCH (n) WHERE n:Person OR n:Account RETURN count(n) > 0 AS any');
  return rows[0]?.any !== true;
}

/** Generates the demo organization, loads it, reconciles it and computes its findings. */
export async function loadDemo(graph: Graph, catalog: Catalog, options: DemoOptions): Promise<void> {
  const nowIso = options.now.toISOString();
  options.log?.(`Generating the demo organization (${options.people} people, seed ${options.seed})…`);
  const { orgPath } = await writeSeed(options.dir, { people: options.people, seed: options.seed, now: nowIso });
  const org = readDemoOrg(orgPath);
  options.log?.(`Loading ${org.people.length} people, ${org.accounts.length} accounts in ${org.apps.length} apps…`);
  await loadDemoOrg(graph, catalog, org);
  await reconcile(graph, options.now);
  await refreshFindings(graph, catalog, options.now);
  options.log?.(`Demo organization loaded (files in ${join(options.dir)})`);
}
