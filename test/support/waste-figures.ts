import 'reflect-metadata';
import { expect } from 'vitest';
import { FindingService } from '../../server/api/findings/finding.service.js';
import { FindingsArgs } from '../../server/api/findings/findings.args.js';
import type { Catalog } from '../../server/catalog/catalog.js';
import { WASTE_CAUSES } from '../../server/findings/waste-causes.js';
import type { Graph } from '../../server/graph/graph.js';
import { headlineKpis } from '../../server/kpi/headline.js';
import { roundToCents } from '../../server/shared/numbers.js';

/** The money figures the equality test reports: the overview total and its split by cause. */
export interface WasteFigures {
  monthlyWaste: number;
  findingsTotal: number;
  perAppTotal: number;
  byCause: Record<string, number>;
  apps: number;
}

const finance = { userId: 'test-finance', email: 'finance@test.example', displayName: 'Finance', role: 'finance' as const, personId: null };

/** What the findings page shows for a filter (its totals), read through the service the page's query uses. */
async function findingsTotals(graph: Graph, catalog: Catalog, now: Date, filter: FindingsArgs['filter']) {
  const args = Object.assign(new FindingsArgs(), { filter, first: 1 });
  return new FindingService({ graph, catalog, now, viewer: finance }).search(args);
}

/**
 * Every waste dollar adds up: the overview's monthly waste, the sum of every finding's monthly cost
 * and the sum of the per-app waste bars are one number, and so is each cause; each app's bar (and each
 * of its causes) is exactly what the findings page shows for that app and the waste-bearing types,
 * the link the bar opens.
 */
export async function expectWasteAddsUp(graph: Graph, catalog: Catalog, now: Date): Promise<WasteFigures> {
  const kpis = await headlineKpis(graph, catalog);
  const everything = await findingsTotals(graph, catalog, now, undefined);
  const perAppTotal = roundToCents(kpis.perApp.reduce((sum, app) => sum + app.monthlyWaste, 0));
  expect(everything.totalMonthlyCost, 'sum of every finding').toBe(kpis.monthlyWaste);
  expect(perAppTotal, 'sum of the per-app waste').toBe(kpis.monthlyWaste);
  expect(roundToCents(kpis.wasteByCause.reduce((sum, share) => sum + share.monthlyCost, 0)), 'sum of the causes').toBe(kpis.monthlyWaste);
  const byCause: Record<string, number> = {};
  for (const cause of WASTE_CAUSES) {
    const overview = kpis.wasteByCause.find((share) => share.type === cause)?.monthlyCost;
    const findings = kpis.findingCounts.find((total) => total.type === cause)?.monthlyCost;
    const apps = roundToCents(
      kpis.perApp.reduce((sum, app) => sum + (app.wasteByCause.find((s) => s.type === cause)?.monthlyCost ?? 0), 0),
    );
    expect({ cause, findings, apps }).toEqual({ cause, findings: overview, apps: overview });
    byCause[cause] = overview ?? 0;
  }
  for (const app of kpis.perApp) {
    const opened = await findingsTotals(graph, catalog, now, { apps: [app.appId], types: [...WASTE_CAUSES] });
    expect({ app: app.appName, total: opened.totalMonthlyCost }).toEqual({ app: app.appName, total: app.monthlyWaste });
    for (const share of app.wasteByCause) {
      const listed = opened.byType.find((total) => total.type === share.type)?.monthlyCost ?? 0;
      expect({ app: app.appName, cause: share.type, listed }).toEqual({ app: app.appName, cause: share.type, listed: share.monthlyCost });
    }
  }
  return { monthlyWaste: kpis.monthlyWaste, findingsTotal: everything.totalMonthlyCost, perAppTotal, byCause, apps: kpis.perApp.length };
}
