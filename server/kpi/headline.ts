import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import type { FindingType } from '../catalog/catalog.types.js';
import { FINDING_TYPES } from '../findings/rules/index.js';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { roundToCents } from '../shared/numbers.js';
import { HEADLINE_COUNTS } from './headline.queries.js';
import { seatsByApp, type WasteShare } from './seats.js';
import { WASTE_CAUSES } from '../findings/waste-causes.js';

/** Seats and money for one app, as the overview charts draw them. */
export interface AppKpis {
  appId: string;
  appName: string;
  seatsPaid: number;
  seatsUsed: number;
  seatsHeld: number;
  seatsInactive: number;
  seatsPending: number;
  seatsOrphaned: number;
  seatsDuplicate: number;
  seatsSuspended: number;
  seatsUnassigned: number;
  monthlySpend: number;
  monthlyWaste: number;
  yearlyWaste: number;
  /** monthlyWaste by cause, in WASTE_CAUSES order: each the sum of the app's findings of that type. */
  wasteByCause: WasteShare[];
  currency: string;
}

export interface FindingTypeTotal {
  type: FindingType;
  count: number;
  monthlyCost: number;
}

/** The organization's headline figures: what the overview shows and each import's snapshot records. */
export interface HeadlineKpis {
  people: number;
  activePeople: number;
  apps: number;
  accounts: number;
  /** One entry per finding type, zero counts included. */
  findingCounts: FindingTypeTotal[];
  seatsPaid: number;
  seatsUsed: number;
  monthlySpend: number;
  monthlyWaste: number;
  yearlyWaste: number;
  /** monthlyWaste by cause, in WASTE_CAUSES order; adds up to monthlyWaste. */
  wasteByCause: WasteShare[];
  currency: string;
  /** Most waste first. */
  perApp: AppKpis[];
}

const countsRow = z.object({
  people: z.number(),
  activePeople: z.number(),
  apps: z.number(),
  accounts: z.number(),
  findings: z.array(z.object({ type: z.string(), count: z.number(), cost: z.number() })),
});

export async function headlineKpis(graph: Graph, catalog: Catalog): Promise<HeadlineKpis> {
  const [rows, seats] = await Promise.all([readRows(graph, HEADLINE_COUNTS, {}, countsRow, 'overview'), seatsByApp(graph, catalog)]);
  const counts = rows[0] ?? { people: 0, activePeople: 0, apps: 0, accounts: 0, findings: [] };
  const found = new Map(counts.findings.map((f) => [f.type, f]));
  const perApp = seats
    .map((app) => ({
      appId: app.appId,
      appName: app.appName,
      seatsPaid: app.seatsPaid,
      seatsUsed: app.seatsUsed,
      seatsHeld: app.seatsHeld,
      seatsInactive: app.seatsInactive,
      seatsPending: app.seatsPending,
      seatsOrphaned: app.seatsOrphaned,
      seatsDuplicate: app.seatsDuplicate,
      seatsSuspended: app.seatsSuspended,
      seatsUnassigned: app.seatsUnassigned,
      monthlySpend: roundToCents(app.monthlySpend),
      monthlyWaste: roundToCents(app.monthlyWaste),
      yearlyWaste: roundToCents(app.monthlyWaste * 12),
      wasteByCause: app.wasteByCause.map((share) => ({ ...share, monthlyCost: roundToCents(share.monthlyCost) })),
      currency: app.currency,
    }))
    .sort((a, b) => b.monthlyWaste - a.monthlyWaste || a.appName.localeCompare(b.appName));
  const monthlyWaste = roundToCents(perApp.reduce((sum, app) => sum + app.monthlyWaste, 0));
  return {
    people: counts.people,
    activePeople: counts.activePeople,
    apps: counts.apps,
    accounts: counts.accounts,
    findingCounts: FINDING_TYPES.map((type) => ({
      type,
      count: found.get(type)?.count ?? 0,
      monthlyCost: roundToCents(found.get(type)?.cost ?? 0),
    })),
    seatsPaid: perApp.reduce((sum, app) => sum + app.seatsPaid, 0),
    seatsUsed: perApp.reduce((sum, app) => sum + app.seatsUsed, 0),
    monthlySpend: roundToCents(perApp.reduce((sum, app) => sum + app.monthlySpend, 0)),
    monthlyWaste,
    yearlyWaste: roundToCents(monthlyWaste * 12),
    wasteByCause: WASTE_CAUSES.map((type) => {
      const shares = perApp.flatMap((app) => app.wasteByCause.filter((share) => share.type === type));
      return {
        type,
        seats: shares.reduce((sum, share) => sum + share.seats, 0),
        monthlyCost: roundToCents(shares.reduce((sum, share) => sum + share.monthlyCost, 0)),
      };
    }),
    currency: seats[0]?.currency ?? 'USD',
    perApp,
  };
}
