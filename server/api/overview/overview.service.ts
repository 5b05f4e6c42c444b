import { FINDING_TYPES, FindingType } from '../shared/enums.js';
import type { ApiContext } from '../context.js';
import { seatsByApp } from '../shared/seats.js';
import { SourceService } from '../sources/source.service.js';
import type { Overview } from './overview.type.js';
import { OVERVIEW_COUNTS } from './overview.queries.js';

export class OverviewService {
  constructor(private readonly ctx: ApiContext) {}

  async overview(): Promise<Overview> {
    const [rows, seats, sources] = await Promise.all([
      this.ctx.graph.read(OVERVIEW_COUNTS, {}, 'overview'),
      seatsByApp(this.ctx.graph, this.ctx.catalog),
      new SourceService(this.ctx).sources(),
    ]);
    const row = rows[0] ?? {};
    const found = new Map(
      ((row.findings as { type: string; count: number; cost: number }[] | undefined) ?? []).map((f) => [f.type, f]),
    );
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
        monthlySpend: round(app.monthlySpend),
        monthlyWaste: round(app.monthlyWaste),
        yearlyWaste: round(app.monthlyWaste * 12),
        currency: app.currency,
      }))
      .sort((a, b) => b.monthlyWaste - a.monthlyWaste || a.appName.localeCompare(b.appName));
    const monthlyWaste = round(perApp.reduce((sum, app) => sum + app.monthlyWaste, 0));
    return {
      asOf: this.ctx.now.toISOString(),
      people: Number(row.people ?? 0),
      activePeople: Number(row.activePeople ?? 0),
      apps: Number(row.apps ?? 0),
      accounts: Number(row.accounts ?? 0),
      findingCounts: FINDING_TYPES.map((type) => ({
        type: type as FindingType,
        count: found.get(type)?.count ?? 0,
        monthlyCost: round(found.get(type)?.cost ?? 0),
      })),
      seatsPaid: perApp.reduce((sum, app) => sum + app.seatsPaid, 0),
      seatsUsed: perApp.reduce((sum, app) => sum + app.seatsUsed, 0),
      monthlySpend: round(perApp.reduce((sum, app) => sum + app.monthlySpend, 0)),
      monthlyWaste,
      yearlyWaste: round(monthlyWaste * 12),
      currency: seats[0]?.currency ?? 'USD',
      perApp,
      staleSources: sources.filter((source) => source.stale),
    };
  }
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
