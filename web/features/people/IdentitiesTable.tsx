import { graphql } from '../../graphql/index.js';
import { formatDateTime } from '../../shared/format.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { OwnershipButton } from '../ownership/OwnershipButton.js';
import type { IdentitiesTable_IdentityFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment IdentitiesTable_identity on Identity {
    id
    idp
    login
    email
    status
    lastLoginAt
    lastLoginKnown
    isAdmin
    groups
  }
`);

const IDP_NAMES: Record<string, string> = { okta: 'Okta', entra: 'Entra ID', google: 'Google Workspace', scim: 'SCIM' };

export function IdentitiesTable({ identities }: { identities: readonly IdentitiesTable_IdentityFragment[] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Identity provider accounts</caption>
        <thead>
          <tr>
            <th scope="col">IdP</th>
            <th scope="col">Login</th>
            <th scope="col">Status</th>
            <th scope="col">Last login</th>
            <th scope="col">Groups</th>
          </tr>
        </thead>
        <tbody>
          {identities.map((identity) => (
            <tr key={identity.id}>
              <th scope="row">
                {IDP_NAMES[identity.idp.toLowerCase()] ?? identity.idp}
                {identity.isAdmin ? <span className="badge tone-warn">IdP admin</span> : null}
              </th>
              <td className="wrap-anywhere">
                {identity.login}
                {identity.email && identity.email !== identity.login ? <div className="muted small">{identity.email}</div> : null}
                <OwnershipButton record={{ id: identity.id, label: identity.login, isAccount: false }} />
              </td>
              <td>
                <StatusBadge status={identity.status} />
              </td>
              <td>
                {identity.lastLoginAt ? (
                  formatDateTime(identity.lastLoginAt)
                ) : (
                  <span className="muted">{identity.lastLoginKnown ? 'Never' : 'Unknown'}</span>
                )}
              </td>
              <td>{identity.groups.length > 0 ? identity.groups.join(', ') : <span className="muted">None</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
