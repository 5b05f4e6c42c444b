import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoOrg, Truth, TruthFinding } from '../../seed/org.types.js';
import { importVendorDir } from '../../seed/vendor/load-vendor.js';
import { writeSeed } from '../../seed/write-seed.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { Graph } from '../../server/graph/graph.js';

/** A fixed "now" so the planted ages and the rules agree whatever day the tests run. */
export const TEST_NOW = '2026-11-20T00:00:00.000Z';

export interface LoadedDemo {
  org: DemoOrg;
  truth: Truth;
}

/**
 * Generates the organization as vendor export files and imports them into the (already emptied)
 * graph through the importers, as `npm start` does; reconciliation and findings run at the end.
 */
export async function loadGeneratedOrg(graph: Graph, people: number, seed: number): Promise<LoadedDemo> {
  const dir = mkdtempSync(join(tmpdir(), 'attest-demo-'));
  try {
    const written = await writeSeed(dir, { people, seed, now: TEST_NOW });
    await importVendorDir(graph, loadCatalog(), new Date(TEST_NOW), written.vendorDir);
    const org = JSON.parse(readFileSync(written.orgPath, 'utf8')) as DemoOrg;
    const truth = JSON.parse(readFileSync(written.truthPath, 'utf8')) as Truth;
    return { org, truth };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function findingKey(f: { type: string; app: string; account: string | null }): string {
  return `${f.type} | ${f.app} | ${f.account ?? '-'}`;
}

export function countByType(findings: TruthFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}
