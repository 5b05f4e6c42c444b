import { graphql } from '../../graphql/index.js';
import { formatAgeDays, formatDate } from '../../shared/format.js';
import type { PendingInvitesTable_InviteFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment PendingInvitesTable_invite on PendingInvite {
    account {
      id
      email
      status
    }
    invitedAt
    ageDays
    expired
    holdsSeat
  }
`);

export function PendingInvitesTable({ invites }: { invites: readonly PendingInvitesTable_InviteFragment[] }) {
  const sorted = [...invites].sort((a, b) => (b.ageDays ?? -1) - (a.ageDays ?? -1));
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Pending invites, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Invited email</th>
            <th scope="col">Invited</th>
            <th scope="col" className="num">
              Age
            </th>
            <th scope="col">State</th>
            <th scope="col">Seat</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((invite) => (
            <tr key={invite.account.id}>
              <th scope="row" className="wrap-anywhere">
                {invite.account.email}
              </th>
              <td>{formatDate(invite.invitedAt)}</td>
              <td className="num">{formatAgeDays(invite.ageDays)}</td>
              <td>{invite.expired ? <span className="badge tone-bad">Expired</span> : 'Open'}</td>
              <td>{invite.holdsSeat ? 'Holds a seat' : <span className="muted">No seat</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
