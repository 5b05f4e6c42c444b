import { readFileSync } from 'node:fs';
import type { DemoOrg } from '../../seed/org.types.js';
import type { Catalog } from '../catalog/catalog.js';
import { writeInBatches } from '../graph/batches.js';
import type { Graph } from '../graph/graph.js';
import * as q from './demo.queries.js';

const SOURCE = 'demo';

export function readDemoOrg(path: string): DemoOrg {
  return JSON.parse(readFileSync(path, 'utf8')) as DemoOrg;
}

/**
 * Loads the generated organization straight into the graph. The vendor-format importers replace
 * this once they exist; until then it is how `npm start` gets its demo data.
 */
export async function loadDemoOrg(graph: Graph, catalog: Catalog, org: DemoOrg): Promise<void> {
  const now = org.now;
  const extra = { source: SOURCE, now };
  await graph.write(q.MERGE_ORGANIZATION, { org: org.organization, aliasDomains: Object.keys(org.organization.domainAliases) });
  await writeInBatches(graph, q.MERGE_PEOPLE, org.people, extra);
  await writeInBatches(graph, q.MERGE_REPORTS_TO, org.people.filter((p) => p.managerId !== null), extra);
  await writeInBatches(graph, q.MERGE_IDENTITIES, org.identities, extra);
  const apps = org.apps.map((app) => {
    const entry = catalog.get(app.catalogKey);
    return {
      ...app,
      billingModel: entry.billingModel,
      roles: entry.roles.map((role) => ({ name: role.name, privilege: role.privilege })),
      seatTypes: entry.seatTypes.map((seat) => ({
        name: seat.name,
        monthlyCost: seat.monthlyCost,
        currency: seat.currency,
        capacity: app.seatCapacity[seat.name] ?? null,
      })),
    };
  });
  await writeInBatches(graph, q.MERGE_APPS, apps, extra, 100);
  await writeInBatches(graph, q.MERGE_GROUPS, org.groups, extra, 50);
  await writeInBatches(graph, q.MERGE_ACCOUNTS, org.accounts, extra);
  await writeInBatches(graph, q.MERGE_INTEGRATIONS, org.integrations, extra);
}
