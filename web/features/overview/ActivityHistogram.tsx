import { useQuery } from '@apollo/client/react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link, useNavigate } from 'react-router';
import { findingsHref } from '../findings/findingsUrl.js';
import { formatCount } from '../../shared/format.js';
import { ACTIVITY_HISTOGRAM_QUERY } from './trend.queries.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { CHART_TOOLTIP_STYLE } from '../../shared/chart-style.js';

/** Past the default inactivity threshold, or never used: these bars open the inactive-user findings. */
const STALE_FROM_DAYS = 91;
const INACTIVE_HREF = findingsHref({ types: ['INACTIVE_USER'] });

function isStale(bucket: { minDays: number | null }): boolean {
  return bucket.minDays === null || bucket.minDays >= STALE_FROM_DAYS;
}

/** Active accounts by days since last activity; the stale bars open the inactive-user findings. */
export function ActivityHistogram() {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(ACTIVITY_HISTOGRAM_QUERY);
  const buckets = (data?.activityHistogram ?? []).map((bucket) => ({
    ...bucket,
    label: bucket.range === 'never' ? 'never' : `${bucket.range} d`,
  }));
  const total = buckets.reduce((sum, bucket) => sum + bucket.accounts, 0);

  return (
    <figure className="chart">
      <figcaption>
        <h2 id="activity-title">Days since last activity</h2>
        <p className="muted">
          Active accounts in apps that report usage. Bars past {STALE_FROM_DAYS - 1} days, and never-used accounts, open the inactive-user
          findings (each app may set its own threshold).
        </p>
      </figcaption>
      {error ? (
        <QueryError error={error} resource="activity" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <Loading label="activity" rows={4} />
      ) : total === 0 ? (
        <p>No app reports usage for its accounts, so activity is unknown.</p>
      ) : (
        <>
          <div style={{ height: 240 }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={buckets} accessibilityLayer={false} margin={{ left: 8, right: 8, top: 8, bottom: 8 }}>
                <CartesianGrid stroke="var(--border)" vertical={false} />
                <XAxis dataKey="label" stroke="var(--muted)" />
                <YAxis allowDecimals={false} stroke="var(--muted)" />
                <Tooltip
                  formatter={(value) => formatCount(Number(value))}
                  contentStyle={CHART_TOOLTIP_STYLE}
                  cursor={{ fill: 'var(--hover)' }}
                />
                <Bar
                  dataKey="accounts"
                  name="Accounts"
                  isAnimationActive={false}
                  onClick={(_, index) => {
                    const bucket = buckets[index];
                    if (bucket && isStale(bucket)) void navigate(INACTIVE_HREF);
                  }}
                >
                  {buckets.map((bucket) => (
                    <Cell
                      key={bucket.range}
                      fill={isStale(bucket) ? 'var(--chart-waste)' : 'var(--chart-used)'}
                      cursor={isStale(bucket) ? 'pointer' : 'default'}
                    />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>Activity as a table</summary>
            <table aria-labelledby="activity-title">
              <thead>
                <tr>
                  <th scope="col">Days since last activity</th>
                  <th scope="col" className="num">
                    Accounts
                  </th>
                </tr>
              </thead>
              <tbody>
                {buckets.map((bucket) => (
                  <tr key={bucket.range}>
                    <th scope="row">{isStale(bucket) ? <Link to={INACTIVE_HREF}>{bucket.label}</Link> : bucket.label}</th>
                    <td className="num">{formatCount(bucket.accounts)}</td>
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
