import { limitParam } from '../../graph/values.js';
import type { ApiContext } from '../context.js';
import { FINDING_TYPES, type FindingType } from '../shared/enums.js';
import { ACTIVITY_HISTOGRAM } from './activity.queries.js';
import { KPI_TREND } from './trend.queries.js';
import type { ActivityBucket, KpiSnapshot } from './trend.type.js';

export const MAX_TREND_POINTS = 365;

const BUCKETS: readonly { range: string; minDays: number | null }[] = [
  { range: '0-7', minDays: 0 },
  { range: '8-30', minDays: 8 },
  { range: '31-60', minDays: 31 },
  { range: '61-90', minDays: 61 },
  { range: '91-180', minDays: 91 },
  { range: '181-365', minDays: 181 },
  { range: '366+', minDays: 366 },
  { range: 'never', minDays: null },
];

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

  /** Every range, empty ones included, in order; only apps that give activity data count. */
  async activityHistogram(): Promise<ActivityBucket[]> {
    const activityApps = this.ctx.catalog.entries.filter((entry) => entry.activityData).map((entry) => entry.key);
    const rows = await this.ctx.graph.read(ACTIVITY_HISTOGRAM, { activityApps, now: this.ctx.now.toISOString() }, 'activity-histogram');
    const counts = new Map(rows.map((row) => [String(row.bucket), Number(row.accounts)]));
    return BUCKETS.map((bucket) => ({ ...bucket, accounts: counts.get(bucket.range) ?? 0 }));
  }
}
