import { graphql } from '../../graphql/index.js';
import { formatCount, formatDateTime, formatMoney, formatPercent } from '../../shared/format.js';
import { Link } from 'react-router';
import { billingModelLabel, enumLabel, FINDING_TYPE_LABELS } from '../../shared/labels.js';
import { wasteFindingsHref } from '../overview/wasteCauses.js';
import { AdminCount } from './AdminCount.js';
import { PersonLink } from '../../shared/PersonLink.js';
import type { AppFacts_AppFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment AppFacts_app on AppDetail {
    id
    vendor
    catalogKey
    plan
    billingModel
    billingNote
    seatsPaid
    seatsUsed
    seatsAtUnknownCost
    seatCap
    currency
    monthlySpend
    monthlyWaste
    yearlyWaste
    wasteByCause {
      type
      monthlyCost
    }
    accounts
    accountsByStatus {
      status
      count
    }
    adminCount
    effectiveAdminCount
    minimumAdmins
    pendingInvites
    ssoEnforced
    scimEnabled
    activityData
    lastSyncedAt
    owner {
      id
      displayName
      email
      status
    }
  }
`);

/** The app's headline facts as a definition list. */
export function AppFacts({ app }: { app: AppFacts_AppFragment }) {
  const { currency } = app;
  return (
    <dl className="facts">
      <div>
        <dt>Vendor · plan</dt>
        <dd>
          {[app.catalogKey === null ? 'Not in the catalog' : app.vendor, app.plan].filter(Boolean).join(' · ')}
          {app.catalogKey === null ? (
            <div className="muted small">
              Roles and seat types are kept in the app's own words; their privilege and cost wait to be set on the Roles and seats page.
            </div>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>Billing model</dt>
        <dd>
          {billingModelLabel(app.billingModel)}
          <div className="muted small">{app.billingNote}</div>
        </dd>
      </div>
      <div>
        <dt>Seats used / paid</dt>
        <dd>
          {formatCount(app.seatsUsed)} / {formatCount(app.seatsPaid)} ({formatPercent(app.seatsUsed, app.seatsPaid)})
          {app.seatCap !== null ? <span className="muted"> · plan cap {formatCount(app.seatCap)}</span> : null}
        </dd>
      </div>
      <div>
        <dt>Spend / month</dt>
        <dd>
          {formatMoney(app.monthlySpend, currency)}
          {app.seatsAtUnknownCost > 0 ? (
            <span className="muted"> · {formatCount(app.seatsAtUnknownCost)} seats at an unknown cost, not counted</span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>Waste / month</dt>
        <dd>
          {app.monthlyWaste > 0 ? (
            <Link
              className="warn-text"
              to={wasteFindingsHref(
                app.wasteByCause.map((share) => share.type),
                app.id,
              )}
            >
              {formatMoney(app.monthlyWaste, currency)}
            </Link>
          ) : (
            <span>{formatMoney(app.monthlyWaste, currency)}</span>
          )}
          <span className="muted"> · {formatMoney(app.yearlyWaste, currency, { whole: true })} / year</span>
          {app.monthlyWaste > 0 ? (
            <ul className="waste-causes">
              {app.wasteByCause
                .filter((share) => share.monthlyCost > 0)
                .map((share) => (
                  <li key={share.type}>
                    <Link to={wasteFindingsHref([share.type], app.id)}>{FINDING_TYPE_LABELS[share.type].plural}</Link>:{' '}
                    {formatMoney(share.monthlyCost, currency)}
                  </li>
                ))}
            </ul>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>Admins effective / minimum</dt>
        <dd>
          <AdminCount effective={app.effectiveAdminCount} minimum={app.minimumAdmins} />
          <span className="muted"> · {formatCount(app.adminCount)} admin accounts in total</span>
        </dd>
      </div>
      <div>
        <dt>Accounts</dt>
        <dd>
          {formatCount(app.accounts)}
          {app.accountsByStatus.length > 0 ? (
            <span className="muted">
              {' '}
              ({app.accountsByStatus.map((entry) => `${formatCount(entry.count)} ${enumLabel(entry.status).toLowerCase()}`).join(', ')})
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>Pending invites</dt>
        <dd>{formatCount(app.pendingInvites)}</dd>
      </div>
      <div>
        <dt>Sign-in</dt>
        <dd>
          SSO {app.ssoEnforced ? 'enforced' : 'not enforced'} · SCIM {app.scimEnabled ? 'on' : 'off'}
        </dd>
      </div>
      <div>
        <dt>Activity data</dt>
        <dd>{app.activityData ? 'Yes' : 'None from this source: nobody in this app is called inactive.'}</dd>
      </div>
      <div>
        <dt>Owner</dt>
        <dd>{app.owner ? <PersonLink person={app.owner} /> : <span className="warn-text">No owner recorded</span>}</dd>
      </div>
      <div>
        <dt>Last synced</dt>
        <dd>{app.lastSyncedAt ? formatDateTime(app.lastSyncedAt) : <span className="warn-text">Never</span>}</dd>
      </div>
    </dl>
  );
}
