import { graphql } from '../../graphql/index.js';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link, useNavigate } from 'react-router';
import { findingsHref } from '../findings/findingsUrl.js';
import { wasteCauseColor } from './wasteCauses.js';
import { formatCount, formatPercent } from '../../shared/format.js';
import { CHART_TOOLTIP_STYLE } from '../../shared/chart-style.js';
import type { FindingType, SeatUsageChart_AppFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment SeatUsageChart_app on AppSeatUsage {
    appId
    appName
    seatsPaid
    seatsUsed
    seatsHeld
    seatsInactive
    seatsPending
    seatsOrphaned
    seatsDuplicate
    seatsSuspended
  }
`);

interface SeatRow extends SeatUsageChart_AppFragment {
  /** Seats held by orphaned or duplicate accounts (the server counts each once). */
  seatsOrphanedOrDuplicate: number;
  /** Paid seats nobody holds. */
  seatsUnassigned: number;
}

type SeatPart = 'seatsUsed' | 'seatsInactive' | 'seatsPending' | 'seatsOrphanedOrDuplicate' | 'seatsSuspended' | 'seatsUnassigned';

/** The stacks, in drawing order; a part with finding types opens those findings for the app. */
const PARTS: readonly { key: SeatPart; name: string; fill: string; findings: FindingType[] | null }[] = [
  { key: 'seatsUsed', name: 'Active', fill: 'var(--chart-used)', findings: null },
  { key: 'seatsInactive', name: 'Inactive', fill: wasteCauseColor('INACTIVE_USER'), findings: ['INACTIVE_USER'] },
  { key: 'seatsPending', name: 'Pending invite', fill: wasteCauseColor('PENDING_INVITE'), findings: ['PENDING_INVITE'] },
  {
    key: 'seatsOrphanedOrDuplicate',
    name: 'Orphaned or duplicate',
    fill: wasteCauseColor('ORPHANED_ACCOUNT'),
    findings: ['ORPHANED_ACCOUNT', 'DUPLICATE_ACCOUNT'],
  },
  { key: 'seatsSuspended', name: 'Suspended, billed', fill: wasteCauseColor('SUSPENDED_SEAT'), findings: ['SUSPENDED_SEAT'] },
  { key: 'seatsUnassigned', name: 'Paid, unassigned', fill: wasteCauseColor('UNASSIGNED_SEATS'), findings: ['UNASSIGNED_SEATS'] },
];

function countTick(value: unknown): string {
  return typeof value === 'number' ? formatCount(value) : String(value);
}

/** Where a part of an app's bar leads: its findings, or the app page for active seats. */
function partHref(app: SeatRow, part: (typeof PARTS)[number]): string {
  return part.findings ? findingsHref({ types: part.findings, apps: [app.appId] }) : `/apps/${encodeURIComponent(app.appId)}`;
}

/**
 * Each app's seats as one stacked bar: active, inactive, pending invites and orphaned accounts, plus
 * the paid seats nobody holds, so the bar's length is the paid capacity (or the seats held, where
 * more are held than paid for). Selecting a part opens the findings behind it.
 */
export function SeatUsageChart({ apps }: { apps: readonly SeatUsageChart_AppFragment[] }) {
  const navigate = useNavigate();
  const data: SeatRow[] = apps
    .filter((app) => app.seatsPaid > 0 || app.seatsHeld > 0)
    .map((app) => ({
      ...app,
      seatsOrphanedOrDuplicate: app.seatsOrphaned + app.seatsDuplicate,
      seatsUnassigned: Math.max(app.seatsPaid - app.seatsHeld, 0),
    }))
    .sort((a, b) => b.seatsPaid - a.seatsPaid || a.appName.localeCompare(b.appName));
  const height = Math.max(220, data.length * 36 + 90);

  return (
    <figure className="chart">
      <figcaption>
        <h2 id="seat-usage-title">Seat use per app</h2>
        <p className="muted">
          Each bar is an app's paid seats: active, inactive, pending invites, orphaned or duplicate accounts, suspended accounts still
          billed, and paid seats nobody holds. Select a part to see the findings behind it.
        </p>
      </figcaption>
      {data.length === 0 ? (
        <p>No apps have seat data yet.</p>
      ) : (
        <>
          {/* An HTML legend rather than recharts': it wraps at narrow widths and never squeezes the plot. */}
          <ul className="chart-legend" aria-hidden="true">
            {PARTS.map((part) => (
              <li key={part.key}>
                <span className="chart-swatch" style={{ background: part.fill }} />
                {part.name}
              </li>
            ))}
          </ul>
          <div style={{ height }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
                <CartesianGrid horizontal={false} stroke="var(--border)" />
                <XAxis type="number" tickFormatter={countTick} allowDecimals={false} stroke="var(--muted)" />
                <YAxis type="category" dataKey="appName" width={150} stroke="var(--muted)" />
                <Tooltip formatter={(value) => countTick(value)} contentStyle={CHART_TOOLTIP_STYLE} cursor={{ fill: 'var(--hover)' }} />
                {PARTS.map((part) => (
                  <Bar
                    key={part.key}
                    dataKey={part.key}
                    name={part.name}
                    stackId="seats"
                    fill={part.fill}
                    cursor="pointer"
                    isAnimationActive={false}
                    onClick={(_, index) => {
                      const app = data[index];
                      if (app) void navigate(partHref(app, part));
                    }}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>Seat use as a table</summary>
            <table aria-labelledby="seat-usage-title">
              <thead>
                <tr>
                  <th scope="col">App</th>
                  {PARTS.map((part) => (
                    <th key={part.key} scope="col" className="num">
                      {part.name}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Paid
                  </th>
                  <th scope="col" className="num">
                    In use
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.map((app) => (
                  <tr key={app.appId}>
                    <th scope="row">
                      <Link to={`/apps/${encodeURIComponent(app.appId)}`}>{app.appName}</Link>
                    </th>
                    {PARTS.map((part) => (
                      <td key={part.key} className="num">
                        {part.findings && app[part.key] > 0 ? (
                          <Link
                            to={partHref(app, part)}
                            aria-label={`${formatCount(app[part.key])} ${part.name.toLowerCase()} seats in ${app.appName}: open the findings`}
                          >
                            {formatCount(app[part.key])}
                          </Link>
                        ) : (
                          formatCount(app[part.key])
                        )}
                      </td>
                    ))}
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
