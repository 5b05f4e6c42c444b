import { graphql } from '../../graphql/index.js';
import { useId } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatDate } from '../../shared/format.js';
import { CHART_TOOLTIP_STYLE } from '../../shared/chart-style.js';
import type { BurndownChart_DayFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment BurndownChart_day on BurndownDay {
    date
    remaining
    decided
  }
`);

/** Undecided items at the end of each day since launch, with the due date marked; the same figures as a table. */
export function BurndownChart({ days, dueAt }: { days: readonly BurndownChart_DayFragment[]; dueAt: string }) {
  const titleId = useId();
  const dueDay = dueAt.slice(0, 10);
  if (days.length === 0) return <p>The burndown starts when the campaign is launched.</p>;
  return (
    <figure className="chart review-burndown">
      <figcaption id={titleId}>
        Undecided items at the end of each day (UTC), from launch to today; the dashed line is the due date.
      </figcaption>
      <div style={{ height: 240 }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={[...days]} accessibilityLayer={false} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="date" tickFormatter={(date: string) => formatDate(date)} stroke="var(--muted)" minTickGap={24} />
            <YAxis allowDecimals={false} stroke="var(--muted)" />
            <Tooltip labelFormatter={(date) => (typeof date === 'string' ? formatDate(date) : date)} contentStyle={CHART_TOOLTIP_STYLE} />
            {days.some((day) => day.date === dueDay) ? <ReferenceLine x={dueDay} stroke="var(--bad)" strokeDasharray="4 3" /> : null}
            <Line dataKey="remaining" name="Undecided" stroke="var(--chart-used)" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>Burndown as a table</summary>
        <table>
          <caption className="visually-hidden">Undecided and decided items at the end of each day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="num">
                Undecided
              </th>
              <th scope="col" className="num">
                Decided
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{formatDate(day.date)}</th>
                <td className="num">{formatCount(day.remaining)}</td>
                <td className="num">{formatCount(day.decided)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
