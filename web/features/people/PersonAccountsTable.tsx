import { graphql } from '../../graphql/index.js';
import { Link } from 'react-router';
import { findingsHref } from '../findings/findingsUrl.js';
import { formatDate } from '../../shared/format.js';
import { enumLabel, FINDING_TYPE_LABELS } from '../../shared/labels.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { OwnershipButton } from '../ownership/OwnershipButton.js';
import type { PersonAccountsTable_AccountFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment PersonAccountsTable_account on PersonAccount {
    id
    app {
      id
      name
    }
    email
    status
    kind
    roles
    privilege
    seatType
    lastActiveAt
    linkReason
    findings {
      id
      type
      severity
      reason
    }
  }
`);

export function PersonAccountsTable({
  accounts,
  personId,
}: {
  accounts: readonly PersonAccountsTable_AccountFragment[];
  personId: string;
}) {
  const sorted = [...accounts].sort((a, b) => a.app.name.localeCompare(b.app.name));
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">App accounts linked to this person</caption>
        <thead>
          <tr>
            <th scope="col">App</th>
            <th scope="col">Account email</th>
            <th scope="col">Status</th>
            <th scope="col">Roles</th>
            <th scope="col">Privilege</th>
            <th scope="col">Seat type</th>
            <th scope="col">Last active</th>
            <th scope="col">Findings</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                <Link to={`/apps/${encodeURIComponent(account.app.id)}`}>{account.app.name}</Link>
                {account.kind !== 'HUMAN' ? <span className="badge tone-neutral">{enumLabel(account.kind)}</span> : null}
              </th>
              <td className="wrap-anywhere">
                {account.email}
                {account.linkReason ? <div className="muted small">Linked: {account.linkReason}</div> : null}
                <OwnershipButton record={{ id: account.id, label: account.email, isAccount: true }} />
              </td>
              <td>
                <StatusBadge status={account.status} />
              </td>
              <td>{account.roles.length > 0 ? account.roles.join(', ') : <span className="muted">None</span>}</td>
              <td>
                {account.privilege ? (
                  <span className={account.privilege === 'OWNER' || account.privilege === 'ADMIN' ? 'badge tone-warn' : undefined}>
                    {enumLabel(account.privilege)}
                  </span>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>{account.seatType ?? <span className="muted">No seat</span>}</td>
              <td>{account.lastActiveAt ? formatDate(account.lastActiveAt) : <span className="muted">Never or unknown</span>}</td>
              <td>
                {account.findings.length === 0 ? (
                  <span className="muted">None</span>
                ) : (
                  <ul className="badge-list">
                    {account.findings.map((finding) => (
                      <li key={finding.id}>
                        <Link
                          className={`badge severity-${finding.severity.toLowerCase()}`}
                          to={findingsHref({ personId, apps: [account.app.id], types: [finding.type] })}
                          title={finding.reason}
                        >
                          {FINDING_TYPE_LABELS[finding.type].singular}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
