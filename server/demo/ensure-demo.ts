import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';
import { writeSeed } from '../../seed/write-seed.js';
import { importVendorDir } from '../../seed/vendor/load-vendor.js';
import { describeDemoSignIns, ensureDemoUsers } from './demo-users.js';
import { launchDemoCampaign } from '../reviews/demo-campaign.js';
import { HAS_PEOPLE_OR_ACCOUNTS } from './ensure-demo.queries.js';

export interface DemoOptions {
  people: number;
  seed: number;
  now: Date;
  /** Where the generated files (vendor exports, org.json, truth.json) are kept. */
  dir: string;
  log?: (message: string) => void;
}

export async function graphIsEmpty(graph: Graph): Promise<boolean> {
  const rows = await graph.read(HAS_PEOPLE_OR_ACCOUNTS, {}, 'demo-graph-empty');
  return rows[0]?.any !== true;
}

/**
 * Generates the demo organization as the vendors' own export files and loads them through the
 * same importers a user runs, then reconciles and computes the findings once at the end, and
 * adds a demo user for each role.
 */
export async function loadDemo(graph: Graph, catalog: Catalog, options: DemoOptions): Promise<void> {
  options.log?.(`Generating the demo organization (${options.people} people, seed ${options.seed})…`);
  const written = await writeSeed(options.dir, { people: options.people, seed: options.seed, now: options.now.toISOString() });
  const imports = await importVendorDir(graph, catalog, options.now, written.vendorDir, (entry, index, total) =>
    options.log?.(`  import ${index + 1}/${total}: ${entry.kind} ${entry.path}${entry.app ? ` (${entry.app})` : ''}`),
  );
  const records = imports.reduce((sum, i) => sum + i.outcome.run.recordsRead, 0);
  options.log?.(`Demo organization loaded: ${imports.length} imports, ${records} records (files in ${written.vendorDir})`);
  const signIns = await ensureDemoUsers(graph, options.now);
  for (const line of describeDemoSignIns(signIns)) options.log?.(line);
  await launchDemoCampaign(graph, options.now, options.log);
}
