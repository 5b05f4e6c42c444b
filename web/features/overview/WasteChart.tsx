import { graphql } from '../../graphql/index.js';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link, useNavigate } from 'react-router';
import { findingsHref } from '../findings/findingsUrl.js';
import { formatCountOf, formatMoney, formatMoneyCompact } from '../../shared/format.js';
import { CHART_TOOLTIP_STYLE } from '../../shared/chart-style.js';
import type { WasteChart_AppFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment WasteChart_app on AppSeatUsage {
    appId
    appName
    currency
    monthlyWaste
    yearlyWaste
  }
`);

/**
 * Monthly waste per app, highest first; a bar (or the table's link) opens that app's findings.
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

  const money = (value: unknown): string => (typeof value === 'number' ? formatMoney(value, currency) : String(value));

  return (
    <figure className="chart">
      <figcaption>
        <h2 id="waste-title">Monthly waste per app</h2>
        <p className="muted">
          Paid seats not in real use. Select a bar to see the findings behind it.
          {withoutWaste > 0 ? ` ${formatCountOf(withoutWaste, 'app')} with no waste ${withoutWaste === 1 ? 'is' : 'are'} not shown.` : ''}
        </p>
      </figcaption>
      {data.length === 0 ? (
        <p>No app is paying for unused seats.</p>
      ) : (
        <>
          <div style={{ height }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
                <CartesianGrid horizontal={false} stroke="var(--border)" />
                <XAxis type="number" tickFormatter={(value: number) => formatMoneyCompact(value, currency)} stroke="var(--muted)" />
                <YAxis type="category" dataKey="appName" width={150} stroke="var(--muted)" />
                <Tooltip formatter={(value) => money(value)} contentStyle={CHART_TOOLTIP_STYLE} cursor={{ fill: 'var(--hover)' }} />
                <Bar
                  dataKey="monthlyWaste"
                  name="Waste per month"
                  fill="var(--chart-waste)"
                  cursor="pointer"
                  isAnimationActive={false}
                  onClick={(_, index) => {
                    const app = data[index];
                    if (app) void navigate(findingsHref({ apps: [app.appId] }));
                  }}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>Waste as a table</summary>
            <table aria-labelledby="waste-title">
              <thead>
                <tr>
                  <th scope="col">App</th>
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
                      <Link to={findingsHref({ apps: [app.appId] })}>{app.appName}</Link>
                    </th>
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
