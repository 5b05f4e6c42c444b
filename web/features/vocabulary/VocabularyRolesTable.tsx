import { graphql } from '../../graphql/index.js';
import { formatCount } from '../../shared/format.js';
import { enumLabel } from '../../shared/labels.js';
import { ClassifyRoleForm } from './ClassifyRoleForm.js';
import { PRIVILEGE_SOURCE_NOTES } from './vocabulary-labels.js';
import type { VocabularyRolesTable_RoleFragment } from '../../graphql/graphql.js';

// Declared for codegen only: the operations that show this component spread it by name.
graphql(`
  fragment VocabularyRolesTable_role on VocabularyRole {
    id
    name
    privilege
    privilegeSource
    defaultPrivilege
    holders
  }
`);

interface VocabularyRolesTableProps {
  appName: string;
  roles: readonly VocabularyRolesTable_RoleFragment[];
  /** Admins get a privilege to choose per role; everyone else reads. */
  canClassify: boolean;
  onClassified: (message: string) => void;
}

/** An app's roles in its own words: the privilege Attest gives each, why, and how many hold it. */
export function VocabularyRolesTable({ appName, roles, canClassify, onClassified }: VocabularyRolesTableProps) {
  return (
    <div className="table-scroll">
      <table className="vocabulary-table">
        <caption className="visually-hidden">Roles of {appName}: their privilege, where it comes from, and how many hold them</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col" className="num">
              Live holders
            </th>
            <th scope="col">Privilege</th>
            {canClassify ? <th scope="col">Classify</th> : null}
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.id}>
              <th scope="row">
                {role.name}
                {role.privilegeSource === 'INFERRED' ? <span className="badge tone-warn">To classify</span> : null}
              </th>
              <td className="num">{formatCount(role.holders)}</td>
              <td>
                {enumLabel(role.privilege)}
                <div className="muted small">
                  {PRIVILEGE_SOURCE_NOTES[role.privilegeSource]}
                  {role.privilegeSource === 'CONFIRMED' && role.privilege !== role.defaultPrivilege
                    ? ` (default: ${enumLabel(role.defaultPrivilege)})`
                    : null}
                </div>
              </td>
              {canClassify ? (
                <td>
                  <ClassifyRoleForm role={role} onClassified={onClassified} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
