import { gql, type TypedDocumentNode } from '@apollo/client';
import { Link } from 'react-router';
import { findingsHref } from '../findingsUrl.js';
import { formatCount, formatMoney } from '../format.js';
import { AdminCount } from './AdminCount.js';

export interface AppsTable_app {
  __typename: 'App';
  id: string;
  name: string;
  vendor: string;
  plan: string;
  billingModel: string;
  seatsPaid: number;
  seatsUsed: number;
  seatCap: number | null;
  monthlySpend: number;
  monthlyWaste: number;
  effectiveAdminCount: number;
  minimumAdmins: number;
  pendingInvites: number;
  findingCount: number;
  activityData: boolean;
}

export const APPS_TABLE_APP: TypedDocumentNode<AppsTable_app> = gql`
  fragment AppsTable_app on App {
    id
    name
    vendor
    plan
    billingModel
    seatsPaid
    seatsUsed
    seatCap
    monthlySpend
    monthlyWaste
    effectiveAdminCount
    minimumAdmins
    pendingInvites
    findingCount
    activityData
  }
`;

export function AppsTable({ apps, currency }: { apps: readonly AppsTable_app[]; currency: string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Apps, highest monthly waste first</caption>
        <thead>
          <tr>
            <th scope="col">App</th>
            <th scope="col">Plan</th>
            <th scope="col">Billing model</th>
            <th scope="col" className="num">
              Seats used / paid
            </th>
            <th scope="col" className="num">
              Spend / month
            </th>
            <th scope="col" className="num">
              Waste / month
            </th>
            <th scope="col" className="num">
              Admins effective / min
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
                <span className="muted small"> {app.vendor}</span>
                {app.activityData ? null : (
                  <span className="badge tone-neutral" title="The source gives no last-activity data, so nobody here is called inactive">
                    No activity data
                  </span>
                )}
              </th>
              <td>{app.plan}</td>
              <td>{app.billingModel}</td>
              <td className="num">
                {formatCount(app.seatsUsed)} / {formatCount(app.seatsPaid)}
                {app.seatCap !== null ? <span className="muted small"> (cap {formatCount(app.seatCap)})</span> : null}
              </td>
              <td className="num">{formatMoney(app.monthlySpend, currency)}</td>
              <td className="num">{formatMoney(app.monthlyWaste, currency)}</td>
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
    </div>
  );
}
