import { gql, type TypedDocumentNode } from '@apollo/client';
import { adminRiskLevel, isAdminPrivilege } from '../adminRisk.js';
import type { AccountRef, PersonRef, Privilege } from '../graphql/schema.js';
import { enumLabel } from '../labels.js';
import { PersonLink } from './PersonLink.js';

export interface RolesTable_role {
  __typename: 'AppRole';
  name: string;
  description: string;
  privilege: Privilege;
  holders: {
    __typename: 'RoleHolder';
    effective: boolean;
    account: AccountRef;
    person: PersonRef | null;
  }[];
}

export const ROLES_TABLE_ROLE: TypedDocumentNode<RolesTable_role> = gql`
  fragment RolesTable_role on AppRole {
    name
    description
    privilege
    holders {
      effective
      account {
        id
        email
        status
      }
      person {
        id
        displayName
        email
        status
      }
    }
  }
`;

interface RolesTableProps {
  roles: readonly RolesTable_role[];
  effectiveAdminCount: number;
  minimumAdmins: number;
}

const PRIVILEGE_ORDER: Record<Privilege, number> = { OWNER: 0, ADMIN: 1, STANDARD: 2, VIEWER: 3 };

/** Roles and who holds them; admin roles are highlighted when the app is short of admins. */
export function RolesTable({ roles, effectiveAdminCount, minimumAdmins }: RolesTableProps) {
  const risk = adminRiskLevel(effectiveAdminCount, minimumAdmins);
  const sorted = [...roles].sort((a, b) => PRIVILEGE_ORDER[a.privilege] - PRIVILEGE_ORDER[b.privilege]);

  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Roles and their holders</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Privilege</th>
            <th scope="col">Holders</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((role) => {
            const admin = isAdminPrivilege(role.privilege);
            const highlighted = admin && risk !== 'ok';
            const effectiveHolders = role.holders.filter((holder) => holder.effective).length;
            return (
              <tr key={role.name} className={highlighted ? 'row-warn' : undefined}>
                <th scope="row">
                  {role.name}
                  {role.description ? <div className="muted small">{role.description}</div> : null}
                </th>
                <td>{enumLabel(role.privilege)}</td>
                <td>
                  {role.holders.length === 0 ? (
                    <span className={admin ? 'warn-text' : 'muted'}>Nobody holds this role</span>
                  ) : (
                    <ul className="holder-list">
                      {role.holders.map((holder) => (
                        <li key={holder.account.id}>
                          {holder.person ? <PersonLink person={holder.person} /> : <span className="muted">No owner</span>}{' '}
                          <span className="muted small wrap-anywhere">{holder.account.email}</span>
                          {admin && holder.effective && risk === 'sole' ? (
                            <span className="badge tone-bad">Sole admin</span>
                          ) : null}
                          {admin && !holder.effective ? (
                            <span
                              className="badge tone-neutral"
                              title="Not counted towards the minimum: the account or its owner is not active"
                            >
                              Not effective
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                  {admin && role.holders.length > 0 && effectiveHolders === 0 ? (
                    <p className="warn-text small">No effective holder</p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
