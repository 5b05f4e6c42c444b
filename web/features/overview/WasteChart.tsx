import { graphql } from '../../graphql/index.js';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link, useNavigate } from 'react-router';
import { useNarrowScreen } from '../../shared/useNarrowScreen.js';
import { formatCountOf, formatMoney, formatMoneyCompact } from '../../shared/format.js';
import { FINDING_TYPE_LABELS } from '../../shared/labels.js';
import { CHART_TOOLTIP_STYLE } from '../../shared/chart-style.js';
import type { FindingType, WasteChart_AppFragment } from '../../graphql/graphql.js';
import { wasteCauseColor, wasteFindingsHref } from './wasteCauses.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment WasteChart_app on AppSeatUsage {
    appId
    appName
    currency
    monthlyWaste
    yearlyWaste
    wasteByCause {
      type
      seats
      monthlyCost
    }
  }
`);

/**
 * Monthly waste per app, highest first, each bar split by cause (the waste-bearing finding types).
 * A bar segment opens that app's findings of that cause; the app's name in the table opens all its
 * waste findings: in both, the findings' monthly costs add up to the figure clicked.
 * The table shows each app's money in its own currency; the axis uses the apps' currency when they
 * share one, else `currency` (the organization's reporting currency).
 */
export function WasteChart({ apps, currency: reportingCurrency }: { apps: readonly WasteChart_AppFragment[]; currency: string }) {
  const navigate = useNavigate();
  const data = apps.filter((app) => app.monthlyWaste > 0).sort((a, b) => b.monthlyWaste - a.monthlyWaste);
  const currencies = new Set(data.map((app) => app.currency));
  const [shared] = currencies;
  const currency = shared && currencies.size === 1 ? shared : reportingCurrency;
  const withoutWaste = apps.length - data.length;
  const height = Math.max(200, data.length * 36 + 50);
  const causes: FindingType[] = [
    ...new Set(data.flatMap((app) => app.wasteByCause.filter((share) => share.monthlyCost > 0).map((share) => share.type))),
  ];
  const rows = data.map((app) => ({
    appId: app.appId,
    appName: app.appName,
    ...Object.fromEntries(app.wasteByCause.map((share) => [share.type, share.monthlyCost])),
  }));
  const wasteTypes = (app: WasteChart_AppFragment): FindingType[] => app.wasteByCause.map((share) => share.type);

  const money = (value: unknown): string => (typeof value === 'number' ? formatMoney(value, currency) : String(value));
  const narrow = useNarrowScreen();
  // Each bar's last segment writes the app's whole monthly waste past the bar's end.
  const lastCause = data.map((app) =>
    causes.filter((type) => app.wasteByCause.some((share) => share.type === type && share.monthlyCost > 0)).at(-1),
  );

  return (
    <figure className="chart">
      <figcaption>
        <h2 id="waste-title">Monthly waste per app</h2>
        <p className="muted">
          Paid seats not in real use, by cause. Select a bar to see the findings that add up to it.
          {withoutWaste > 0 ? ` ${formatCountOf(withoutWaste, 'app')} with no waste ${withoutWaste === 1 ? 'is' : 'are'} not shown.` : ''}
        </p>
      </figcaption>
      {data.length === 0 ? (
        <p>No app is paying for unused seats.</p>
      ) : (
        <>
          {/* An HTML legend rather than recharts': it wraps at narrow widths and never squeezes the plot. */}
          <ul className="chart-legend" aria-hidden="true">
            {causes.map((type) => (
              <li key={type}>
                <span className="chart-swatch" style={{ background: wasteCauseColor(type) }} />
                {FINDING_TYPE_LABELS[type].plural}
              </li>
            ))}
          </ul>
          <div style={{ height }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 72, top: 8, bottom: 8 }}>
                <CartesianGrid horizontal={false} stroke="var(--border)" />
                <XAxis type="number" tickFormatter={(value: number) => formatMoneyCompact(value, currency)} stroke="var(--muted)" />
                <YAxis
                  type="category"
                  dataKey="appName"
                  width={narrow ? 100 : 150}
                  stroke="var(--muted)"
                  tickFormatter={(name: string) => (narrow && name.length > 10 ? `${name.slice(0, 9)}…` : name)}
                />
                <Tooltip formatter={(value) => money(value)} contentStyle={CHART_TOOLTIP_STYLE} cursor={{ fill: 'var(--hover)' }} />
                {causes.map((type) => (
                  <Bar
                    key={type}
                    dataKey={type}
                    stackId="waste"
                    name={FINDING_TYPE_LABELS[type].plural}
                    fill={wasteCauseColor(type)}
                    cursor="pointer"
                    isAnimationActive={false}
                    onClick={(_, index) => {
                      const app = data[index];
                      if (app) void navigate(wasteFindingsHref([type], app.appId));
                    }}
                  >
                    <LabelList
                      position="right"
                      fill="var(--text)"
                      fontSize={12}
                      valueAccessor={(entry) => {
                        // Entries skip the apps without this cause, so the row is found by its data, not by position.
                        const row: unknown = entry.payload;
                        const index = rows.findIndex((candidate) => candidate === row);
                        const app = data[index];
                        return app && lastCause[index] === type ? formatMoney(app.monthlyWaste, currency, { whole: true }) : null;
                      }}
                    />
                  </Bar>
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>Waste as a table</summary>
            <table aria-labelledby="waste-title">
              <thead>
                <tr>
                  <th scope="col">App</th>
                  {causes.map((type) => (
                    <th key={type} scope="col" className="num">
                      {FINDING_TYPE_LABELS[type].plural}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Waste per month
                  </th>
                  <th scope="col" className="num">
                    Waste per year
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.map((app) => (
                  <tr key={app.appId}>
                    <th scope="row">
                      <Link to={wasteFindingsHref(wasteTypes(app), app.appId)}>{app.appName}</Link>
                    </th>
                    {causes.map((type) => {
                      const cost = app.wasteByCause.find((share) => share.type === type)?.monthlyCost ?? 0;
                      return (
                        <td key={type} className="num">
                          {cost > 0 ? <Link to={wasteFindingsHref([type], app.appId)}>{formatMoney(cost, app.currency)}</Link> : '—'}
                        </td>
                      );
                    })}
                    <td className="num">{formatMoney(app.monthlyWaste, app.currency)}</td>
                    <td className="num">{formatMoney(app.yearlyWaste, app.currency)}</td>
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
