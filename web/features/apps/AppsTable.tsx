import { graphql } from '../../graphql/index.js';
import { Link } from 'react-router';
import { findingsHref } from '../findings/findingsUrl.js';
import { wasteFindingsHref } from '../overview/wasteCauses.js';
import { formatCount, formatMoney } from '../../shared/format.js';
import { billingModelLabel } from '../../shared/labels.js';
import { AdminCount } from './AdminCount.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import type { AppsTable_AppFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment AppsTable_app on App {
    id
    name
    vendor
    catalogKey
    plan
    billingModel
    seatsPaid
    seatsUsed
    seatCap
    currency
    monthlySpend
    monthlyWaste
    yearlyWaste
    wasteByCause {
      type
    }
    effectiveAdminCount
    minimumAdmins
    pendingInvites
    findingCount
    activityData
  }
`);

export function AppsTable({ apps }: { apps: readonly AppsTable_AppFragment[] }) {
  return (
    <ScrollRegion label="Apps table">
      <table className="apps-table">
        <caption className="visually-hidden">Apps, highest monthly waste first</caption>
        <thead>
          <tr>
            <th scope="col">App</th>
            <th scope="col">Plan · billing</th>
            <th scope="col" className="num">
              Seats used{'\u00a0/\u00a0'}paid
            </th>
            <th scope="col" className="num">
              Spend / month
            </th>
            <th scope="col" className="num">
              Waste / month
            </th>
            <th scope="col" className="num">
              Admins effective{'\u00a0/\u00a0'}min
            </th>
            <th scope="col" className="num">
              Pending invites
            </th>
            <th scope="col" className="num">
              Findings
            </th>
          </tr>
        </thead>
        <tbody>
          {apps.map((app) => (
            <tr key={app.id}>
              <th scope="row">
                <Link to={`/apps/${encodeURIComponent(app.id)}`}>{app.name}</Link>
                <div className="muted small">{app.catalogKey === null ? 'Not in the catalog' : app.vendor}</div>
                {app.activityData ? null : (
                  <span className="badge tone-neutral" title="The source gives no last-activity data, so nobody here is called inactive">
                    No activity data
                  </span>
                )}
              </th>
              <td>
                {app.plan}
                <div className="muted small">{billingModelLabel(app.billingModel)}</div>
              </td>
              <td className="num">
                {formatCount(app.seatsUsed)} / {formatCount(app.seatsPaid)}
                {app.seatCap !== null ? <div className="muted small">cap {formatCount(app.seatCap)}</div> : null}
              </td>
              <td className="num">{formatMoney(app.monthlySpend, app.currency)}</td>
              <td className="num">
                {app.monthlyWaste > 0 ? (
                  <Link
                    to={wasteFindingsHref(
                      app.wasteByCause.map((share) => share.type),
                      app.id,
                    )}
                    aria-label={`${formatMoney(app.monthlyWaste, app.currency)} waste per month in ${app.name}: open the findings that add up to it`}
                  >
                    {formatMoney(app.monthlyWaste, app.currency)}
                  </Link>
                ) : (
                  formatMoney(app.monthlyWaste, app.currency)
                )}
                {app.yearlyWaste > 0 ? (
                  <div className="muted small">{formatMoney(app.yearlyWaste, app.currency, { whole: true })} / year</div>
                ) : null}
              </td>
              <td className="num">
                <AdminCount effective={app.effectiveAdminCount} minimum={app.minimumAdmins} />
              </td>
              <td className="num">{formatCount(app.pendingInvites)}</td>
              <td className="num">
                {app.findingCount > 0 ? (
                  <Link to={findingsHref({ apps: [app.id] })} aria-label={`${formatCount(app.findingCount)} findings in ${app.name}`}>
                    {formatCount(app.findingCount)}
                  </Link>
                ) : (
                  '0'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
