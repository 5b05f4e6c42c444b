import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import { limitParam } from '../../graph/values.js';
import type { ApiContext } from '../context.js';
import { FINDING_TYPES } from '../shared/enums.js';
import { ACTIVITY_DAYS } from './activity.queries.js';
import { dayCount, dayOfQuarter, isoDay, quarterOf, type Quarter } from './quarters.js';
import { KPI_DAILY, KPI_TREND } from './trend.queries.js';
import type { ActivityBucket, KpiSnapshot, QuarterComparison, QuarterTrend } from './trend.type.js';

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

/**
 * A Snapshot node (server/ingest/snapshot.ts) and the kind of sync that took it. Its KPIs and the
 * per-type `count_<type>` / `cost_<type>` are read by name: a snapshot older than a rule lacks its keys.
 */
const snapshotRow = z.object({
  snapshot: z.looseObject({ id: z.string(), takenAt: z.string(), syncRunId: z.string().nullish() }),
  syncKind: z.string().nullable(),
});

const dailyRow = snapshotRow.extend({ day: z.string() });

const activityDayRow = z.object({ day: z.string().nullable(), accounts: z.number() });

function toKpiSnapshot({ snapshot: s, syncKind }: z.infer<typeof snapshotRow>): KpiSnapshot {
  const num = (key: string): number => (typeof s[key] === 'number' ? s[key] : 0);
  return {
    id: s.id,
    takenAt: s.takenAt,
    syncRunId: s.syncRunId ?? null,
    syncKind,
    people: num('people'),
    accounts: num('accounts'),
    seatsPaid: num('seatsPaid'),
    seatsUsed: num('seatsUsed'),
    monthlySpend: num('monthlySpend'),
    monthlyWaste: num('monthlyWaste'),
    findingCounts: FINDING_TYPES.map((type) => ({ type, count: num(`count_${type}`), monthlyCost: num(`cost_${type}`) })),
  };
}

export class TrendService {
  constructor(private readonly ctx: ApiContext) {}

  async kpiTrend(last: number): Promise<KpiSnapshot[]> {
    const rows = await readRows(this.ctx.graph, KPI_TREND, { last: limitParam(last, MAX_TREND_POINTS) }, snapshotRow, 'kpi-trend');
    return rows.map(toKpiSnapshot);
  }

  /** This quarter up to now against the whole last quarter, one point per day (the day's last snapshot). */
  async kpiQuarters(): Promise<QuarterComparison> {
    const now = this.ctx.now;
    const [thisQuarter, lastQuarter] = await Promise.all([this.quarter(quarterOf(now), now), this.quarter(quarterOf(now, -1), null)]);
    return { thisQuarter, lastQuarter };
  }

  private async quarter(quarter: Quarter, until: Date | null): Promise<QuarterTrend> {
    const to = until === null || until > quarter.next ? quarter.next : new Date(until.getTime() + 1);
    const rows = await readRows(
      this.ctx.graph,
      KPI_DAILY,
      { from: quarter.start.toISOString(), to: to.toISOString() },
      dailyRow,
      'kpi-daily',
    );
    return {
      label: quarter.label,
      start: isoDay(quarter.start),
      end: isoDay(new Date(quarter.next.getTime() - 1)),
      dayCount: dayCount(quarter),
      days: rows.map((row) => ({ day: row.day, dayOfQuarter: dayOfQuarter(quarter, row.day), snapshot: toKpiSnapshot(row) })),
    };
  }

  /**
   * Every range, empty ones included, in order; only apps that give activity data count. Days since
   * the last activity are calendar days (UTC) up to today; a day after today counts as today.
   */
  async activityHistogram(): Promise<ActivityBucket[]> {
    const activityApps = this.ctx.catalog.entries.filter((entry) => entry.activityData).map((entry) => entry.key);
    const rows = await readRows(this.ctx.graph, ACTIVITY_DAYS, { activityApps }, activityDayRow, 'activity-histogram');
    const today = Date.parse(isoDay(this.ctx.now));
    const counts = new Map<string, number>();
    for (const row of rows) {
      const range = row.day === null ? 'never' : rangeOf(Math.max(0, Math.round((today - Date.parse(row.day)) / DAY_MS)));
      counts.set(range, (counts.get(range) ?? 0) + row.accounts);
    }
    return BUCKETS.map((bucket) => ({ ...bucket, accounts: counts.get(bucket.range) ?? 0 }));
  }
}

const DAY_MS = 86_400_000;

/** The range of BUCKETS whose first day is the last at or before `days`. */
function rangeOf(days: number): string {
  let range = 'never';
  for (const bucket of BUCKETS) if (bucket.minDays !== null && bucket.minDays <= days) range = bucket.range;
  return range;
}
