import { gql, type TypedDocumentNode } from '@apollo/client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatPercent } from '../format.js';
import { CHART_TOOLTIP_STYLE } from './chart-style.js';

export interface SeatUsageChart_app {
  __typename: 'AppSeatUsage';
  appId: string;
  appName: string;
  seatsPaid: number;
  seatsUsed: number;
  seatsHeld: number;
}

export const SEAT_USAGE_CHART_APP: TypedDocumentNode<SeatUsageChart_app> = gql`
  fragment SeatUsageChart_app on AppSeatUsage {
    appId
    appName
    seatsPaid
    seatsUsed
    seatsHeld
  }
`;

function countTick(value: unknown): string {
  return typeof value === 'number' ? formatCount(value) : String(value);
}

/** Seats in real use against seats paid for, one pair of bars per app. */
export function SeatUsageChart({ apps }: { apps: readonly SeatUsageChart_app[] }) {
  const data = [...apps].sort((a, b) => b.seatsPaid - a.seatsPaid);
  const height = Math.max(220, data.length * 44 + 70);

  return (
    <figure className="chart">
      <figcaption>
        <h2 id="seat-usage-title">Seats used vs paid, per app</h2>
        <p className="muted">
          Used: held by active accounts that are neither orphaned nor inactive. Paid: purchased capacity, or seats held
          where the capacity is unknown.
        </p>
      </figcaption>
      {data.length === 0 ? (
        <p>No apps have seat data yet.</p>
      ) : (
        <>
          <div style={{ height }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
                <CartesianGrid horizontal={false} stroke="var(--border)" />
                <XAxis type="number" tickFormatter={countTick} allowDecimals={false} stroke="var(--muted)" />
                <YAxis type="category" dataKey="appName" width={150} stroke="var(--muted)" />
                <Tooltip
                  formatter={(value) => countTick(value)}
                  contentStyle={CHART_TOOLTIP_STYLE}
                  cursor={{ fill: 'var(--hover)' }}
                />
                <Legend />
                <Bar dataKey="seatsUsed" name="Used" fill="var(--chart-used)" isAnimationActive={false} />
                <Bar dataKey="seatsPaid" name="Paid" fill="var(--chart-paid)" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>Seat use as a table</summary>
            <table aria-labelledby="seat-usage-title">
              <thead>
                <tr>
                  <th scope="col">App</th>
                  <th scope="col" className="num">
                    Used
                  </th>
                  <th scope="col" className="num">
                    Held
                  </th>
                  <th scope="col" className="num">
                    Paid
                  </th>
                  <th scope="col" className="num">
                    Use
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.map((app) => (
                  <tr key={app.appId}>
                    <th scope="row">{app.appName}</th>
                    <td className="num">{formatCount(app.seatsUsed)}</td>
                    <td className="num">{formatCount(app.seatsHeld)}</td>
                    <td className="num">{formatCount(app.seatsPaid)}</td>
                    <td className="num">{formatPercent(app.seatsUsed, app.seatsPaid)}</td>
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
