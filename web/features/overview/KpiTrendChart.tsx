import { useQuery } from '@apollo/client/react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatDateTime, formatMoney, formatMoneyCompact } from '../../shared/format.js';
import { KPI_TREND_POINTS, KPI_TREND_QUERY } from './trend.queries.js';
import { FINDING_TYPE_LABELS } from '../../shared/labels.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { CHART_TOOLTIP_STYLE } from '../../shared/chart-style.js';
import type { FindingType } from '../../graphql/graphql.js';

const SERIES: readonly { type: FindingType; color: string }[] = [
  { type: 'ORPHANED_ACCOUNT', color: 'var(--chart-waste)' },
  { type: 'PENDING_INVITE', color: 'var(--chart-used)' },
  { type: 'INACTIVE_USER', color: 'var(--chart-inactive)' },
  { type: 'SOLE_ADMIN', color: 'var(--chart-admin)' },
];

/** The headline findings and monthly waste after each of the latest syncs: is it getting better? */
export function KpiTrendChart({ currency }: { currency: string }) {
  const { data, error, refetch } = useQuery(KPI_TREND_QUERY, { variables: { last: KPI_TREND_POINTS } });
  const points = (data?.kpiTrend ?? []).map((point, index) => {
    const row: Record<string, number | string> = {
      index,
      label: `${formatDateTime(point.takenAt)}${point.syncKind ? ` (${point.syncKind})` : ''}`,
      waste: point.monthlyWaste,
    };
    for (const { type } of SERIES) row[type] = point.findingCounts.find((c) => c.type === type)?.count ?? 0;
    return row;
  });

  return (
    <figure className="chart">
      <figcaption>
        <h2 id="trend-title">Trend across syncs</h2>
        <p className="muted">Findings and monthly waste after each of the last {KPI_TREND_POINTS} syncs, oldest on the left.</p>
      </figcaption>
      {error ? (
        <QueryError error={error} resource="the trend" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <Loading label="the trend" rows={5} />
      ) : points.length < 2 ? (
        <p>The trend starts with the next sync: {points.length === 0 ? 'nothing has been imported yet' : 'one sync so far'}.</p>
      ) : (
        <>
          <div style={{ height: 280 }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={points} accessibilityLayer={false} margin={{ left: 8, right: 8, top: 8, bottom: 8 }}>
                <CartesianGrid stroke="var(--border)" vertical={false} />
                <XAxis dataKey="index" tickFormatter={(i: number) => String(i + 1)} stroke="var(--muted)" />
                <YAxis yAxisId="count" allowDecimals={false} stroke="var(--muted)" />
                <YAxis
                  yAxisId="money"
                  orientation="right"
                  tickFormatter={(value: number) => formatMoneyCompact(value, currency)}
                  stroke="var(--muted)"
                />
                <Tooltip
                  labelFormatter={(index) => (typeof index === 'number' ? points[index]?.label : null)}
                  formatter={(value, name) =>
                    name === 'Waste per month' && typeof value === 'number' ? formatMoney(value, currency) : String(value)
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
                    isAnimationActive={false}
                  />
                ))}
                <Line
                  yAxisId="money"
                  dataKey="waste"
                  name="Waste per month"
                  stroke="var(--muted)"
                  strokeDasharray="4 3"
                  dot={false}
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
                  <th scope="col">Sync</th>
                  {SERIES.map(({ type }) => (
                    <th key={type} scope="col" className="num">
                      {FINDING_TYPE_LABELS[type].plural}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Waste per month
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={String(point.index)}>
                    <th scope="row">{String(point.label)}</th>
                    {SERIES.map(({ type }) => (
                      <td key={type} className="num">
                        {formatCount(Number(point[type]))}
                      </td>
                    ))}
                    <td className="num">{formatMoney(Number(point.waste), currency)}</td>
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
