import { useQuery } from '@apollo/client/react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatDate, formatMoney, formatMoneyCompact } from '../../shared/format.js';
import { KPI_QUARTERS_QUERY } from './trend.queries.js';
import { FINDING_TYPE_LABELS } from '../../shared/labels.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { CHART_TOOLTIP_STYLE } from '../../shared/chart-style.js';
import type { FindingType, KpiTrendChart_QuarterFragment } from '../../graphql/graphql.js';

const SERIES: readonly { type: FindingType; color: string }[] = [
  { type: 'ORPHANED_ACCOUNT', color: 'var(--chart-waste)' },
  { type: 'PENDING_INVITE', color: 'var(--chart-used)' },
  { type: 'INACTIVE_USER', color: 'var(--chart-inactive)' },
  { type: 'SOLE_ADMIN', color: 'var(--chart-admin)' },
];

const DAY_MS = 86_400_000;

/** The date (YYYY-MM-DD) of a quarter's `day`-th day. */
function dateOf(quarter: KpiTrendChart_QuarterFragment, day: number): string {
  return new Date(Date.parse(`${quarter.start}T00:00:00Z`) + (day - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** "Oct 1": a tick on the date axis. */
function shortDate(iso: string): string {
  return formatDate(iso).replace(/, \d{4}$/, '');
}

/** The first day of each month in the quarter, as days of the quarter: where the axis puts its dates. */
function monthTicks(quarter: KpiTrendChart_QuarterFragment): number[] {
  const ticks: number[] = [];
  for (let day = 1; day <= quarter.dayCount; day += 1) if (dateOf(quarter, day).endsWith('-01')) ticks.push(day);
  return [...ticks, quarter.dayCount];
}

interface TrendRow {
  day: number;
  date: string;
  lastDate: string;
  waste: number | null;
  lastWaste: number | null;
  counts: Partial<Record<FindingType, number>>;
}

/** One row per day of the quarter that had a sync in either quarter, lined up by day of quarter. */
function trendRows(current: KpiTrendChart_QuarterFragment, last: KpiTrendChart_QuarterFragment): TrendRow[] {
  const thisByDay = new Map(current.days.map((d) => [d.dayOfQuarter, d.snapshot]));
  const lastByDay = new Map(last.days.map((d) => [d.dayOfQuarter, d.snapshot]));
  const days = [...new Set([...thisByDay.keys(), ...lastByDay.keys()])].sort((a, b) => a - b);
  return days.map((day) => {
    const now = thisByDay.get(day);
    const before = lastByDay.get(day);
    return {
      day,
      date: dateOf(current, day),
      lastDate: dateOf(last, day),
      waste: now?.monthlyWaste ?? null,
      lastWaste: before?.monthlyWaste ?? null,
      counts: now ? Object.fromEntries(SERIES.map(({ type }) => [type, now.findingCounts.find((c) => c.type === type)?.count ?? 0])) : {},
    };
  });
}

/**
 * The headline findings and monthly waste by day (the last snapshot of each day), this quarter to
 * date against the last quarter on the same dated axis: is it getting better?
 */
export function KpiTrendChart({ currency }: { currency: string }) {
  const { data, error, refetch } = useQuery(KPI_QUARTERS_QUERY);
  const quarters = data?.kpiQuarters;
  const rows = quarters ? trendRows(quarters.thisQuarter, quarters.lastQuarter) : [];
  const points = rows.map((row) => ({ day: row.day, waste: row.waste, lastWaste: row.lastWaste, ...row.counts }));
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const current = quarters?.thisQuarter;
  const last = quarters?.lastQuarter;
  const wasteName = current ? `Waste per month, ${current.label}` : 'Waste per month';
  const lastWasteName = last ? `Waste per month, ${last.label}` : 'Waste per month, last quarter';

  return (
    <figure className="chart">
      <figcaption>
        <h2 id="trend-title">Trend by day</h2>
        <p className="muted">
          {current && last
            ? `Findings and monthly waste at the end of each day with a sync, ${current.label} to date against ${last.label}.`
            : 'Findings and monthly waste at the end of each day with a sync, this quarter against the last.'}
        </p>
      </figcaption>
      {error ? (
        <QueryError error={error} resource="the trend" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !current || !last ? (
        <Loading label="the trend" rows={5} />
      ) : current.days.length + last.days.length < 2 ? (
        <p>
          The trend starts with the next day of syncs:{' '}
          {current.days.length + last.days.length === 0 ? 'nothing has been imported this quarter or the last' : 'one day so far'}.
        </p>
      ) : (
        <>
          <div style={{ height: 280 }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={points} accessibilityLayer={false} margin={{ left: 8, right: 8, top: 8, bottom: 8 }}>
                <CartesianGrid stroke="var(--border)" vertical={false} />
                <XAxis
                  dataKey="day"
                  type="number"
                  domain={[1, current.dayCount]}
                  ticks={monthTicks(current)}
                  tickFormatter={(day: number) => shortDate(dateOf(current, day))}
                  stroke="var(--muted)"
                />
                <YAxis yAxisId="count" allowDecimals={false} stroke="var(--muted)" />
                <YAxis
                  yAxisId="money"
                  orientation="right"
                  tickFormatter={(value: number) => formatMoneyCompact(value, currency)}
                  stroke="var(--muted)"
                />
                <Tooltip
                  labelFormatter={(day) => {
                    const row = typeof day === 'number' ? byDay.get(day) : undefined;
                    return row ? `${formatDate(row.date)} (${last.label}: ${formatDate(row.lastDate)})` : null;
                  }}
                  formatter={(value, name) =>
                    (name === wasteName || name === lastWasteName) && typeof value === 'number'
                      ? formatMoney(value, currency)
                      : String(value)
                  }
                  contentStyle={CHART_TOOLTIP_STYLE}
                />
                <Legend />
                {SERIES.map(({ type, color }) => (
                  <Line
                    key={type}
                    yAxisId="count"
                    dataKey={type}
                    name={FINDING_TYPE_LABELS[type].plural}
                    stroke={color}
                    dot={false}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
                <Line
                  yAxisId="money"
                  dataKey="waste"
                  name={wasteName}
                  stroke="var(--text)"
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />
                <Line
                  yAxisId="money"
                  dataKey="lastWaste"
                  name={lastWasteName}
                  stroke="var(--muted)"
                  strokeDasharray="4 3"
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>Trend as a table</summary>
            <table aria-labelledby="trend-title">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  {SERIES.map(({ type }) => (
                    <th key={type} scope="col" className="num">
                      {FINDING_TYPE_LABELS[type].plural}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {wasteName}
                  </th>
                  <th scope="col" className="num">
                    {lastWasteName} (same day)
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.day}>
                    <th scope="row">{formatDate(row.date)}</th>
                    {SERIES.map(({ type }) => (
                      <td key={type} className="num">
                        {row.waste === null ? '—' : formatCount(row.counts[type] ?? 0)}
                      </td>
                    ))}
                    <td className="num">{row.waste === null ? '—' : formatMoney(row.waste, currency)}</td>
                    <td className="num">
                      {row.lastWaste === null ? '—' : `${formatMoney(row.lastWaste, currency)} (${formatDate(row.lastDate)})`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
