import { limitParam } from '../../graph/values.js';
import type { ApiContext } from '../context.js';
import { FINDING_TYPES, type FindingType } from '../shared/enums.js';
import { KPI_TREND } from './trend.queries.js';
import type { KpiSnapshot } from './trend.type.js';

export const MAX_TREND_POINTS = 365;

export class TrendService {
  constructor(private readonly ctx: ApiContext) {}

  async kpiTrend(last: number): Promise<KpiSnapshot[]> {
    const rows = await this.ctx.graph.read(KPI_TREND, { last: limitParam(last, MAX_TREND_POINTS) }, 'kpi-trend');
    return rows.map((row) => {
      const s = row.snapshot as Record<string, unknown>;
      const num = (key: string): number => (typeof s[key] === 'number' ? s[key] : 0);
      return {
        id: String(s.id),
        takenAt: String(s.takenAt),
        syncRunId: typeof s.syncRunId === 'string' ? s.syncRunId : null,
        syncKind: typeof row.syncKind === 'string' ? row.syncKind : null,
        people: num('people'),
        accounts: num('accounts'),
        seatsPaid: num('seatsPaid'),
        seatsUsed: num('seatsUsed'),
        monthlySpend: num('monthlySpend'),
        monthlyWaste: num('monthlyWaste'),
        findingCounts: FINDING_TYPES.map((type) => ({ type: type as FindingType, count: num(`count_${type}`), monthlyCost: num(`cost_${type}`) })),
      };
    });
  }
}
