import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../graphql/index.js';
import { useId, useState } from 'react';
import { adminRiskLevel, isAdminPrivilege } from './adminRisk.js';
import { ROLE_HOLDERS_QUERY } from './app.queries.js';
import { formatCount } from '../../shared/format.js';
import { enumLabel } from '../../shared/labels.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { PersonLink } from '../../shared/PersonLink.js';
import type { Privilege, RolesTable_HolderFragment, RolesTable_RoleFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment RolesTable_holder on RoleHolder {
    effective
    notEffectiveBecause
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
`);
graphql(`
  fragment RolesTable_holderPage on RoleHolderConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...RolesTable_holder
    }
  }
`);
graphql(`
  fragment RolesTable_role on AppRole {
    id
    name
    description
    privilege
    privilegeSource
    holders {
      ...RolesTable_holderPage
    }
  }
`);

interface RolesTableProps {
  roles: readonly RolesTable_RoleFragment[];
  effectiveAdminCount: number;
  minimumAdmins: number;
}

type HolderPage = RolesTable_RoleFragment['holders'];

const PRIVILEGE_ORDER: Record<Privilege, number> = { OWNER: 0, ADMIN: 1, STANDARD: 2, VIEWER: 3 };

/** Holders shown before "Show all" on a role that is not an admin role; admin roles always list everyone. */
const HOLDERS_PREVIEW = 10;

/** Roles and who holds them; admin roles are highlighted when the app is short of admins. */
export function RolesTable({ roles, effectiveAdminCount, minimumAdmins }: RolesTableProps) {
  const risk = adminRiskLevel(effectiveAdminCount, minimumAdmins);
  const sorted = [...roles].sort((a, b) => PRIVILEGE_ORDER[a.privilege] - PRIVILEGE_ORDER[b.privilege]);

  return (
    <div className="table-scroll">
      <table className="roles-table">
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
            const effectiveHolders = role.holders.nodes.filter((holder) => holder.effective).length;
            return (
              <tr key={role.name} className={highlighted ? 'row-warn' : undefined}>
                <th scope="row">
                  {role.name}
                  {role.description ? <div className="muted small">{role.description}</div> : null}
                </th>
                <td>
                  {enumLabel(role.privilege)}
                  {role.privilegeSource === 'INFERRED' ? <div className="muted small">read from the role's name</div> : null}
                </td>
                <td>
                  {role.holders.nodes.length === 0 ? (
                    <span className={admin ? 'warn-text' : 'muted'}>Nobody holds this role</span>
                  ) : (
                    <HolderList
                      key={role.id}
                      roleId={role.id}
                      roleName={role.name}
                      firstPage={role.holders}
                      admin={admin}
                      soleAdmin={risk === 'sole'}
                    />
                  )}
                  {admin && role.holders.nodes.length > 0 && !role.holders.pageInfo.hasNextPage && effectiveHolders === 0 ? (
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

interface HolderListProps {
  roleId: string;
  roleName: string;
  /** The page the app page read; "Show more" reads the next ones. */
  firstPage: HolderPage;
  /** Admin and owner roles are never shortened to the preview: every holder matters for admin risk. */
  admin: boolean;
  soleAdmin: boolean;
}

function HolderList({ roleId, roleName, firstPage, admin, soleAdmin }: HolderListProps) {
  const client = useApolloClient();
  const [expanded, setExpanded] = useState(false);
  const [more, setMore] = useState<{ nodes: readonly RolesTable_HolderFragment[]; pageInfo: HolderPage['pageInfo'] } | null>(null);
  const listId = useId();
  const holders = more ? [...firstPage.nodes, ...more.nodes] : firstPage.nodes;
  const pageInfo = more?.pageInfo ?? firstPage.pageInfo;
  const collapsible = !admin && holders.length > HOLDERS_PREVIEW;
  const open = !collapsible || expanded;
  const shown = open ? holders : holders.slice(0, HOLDERS_PREVIEW);

  async function showMore(): Promise<void> {
    const { data } = await client.query({
      query: ROLE_HOLDERS_QUERY,
      variables: { roleId, after: pageInfo.endCursor },
      fetchPolicy: 'no-cache',
    });
    if (!data) throw new Error('no holders came back');
    const page = data.roleHolders;
    setMore((previous) => ({ nodes: [...(previous?.nodes ?? []), ...page.nodes], pageInfo: page.pageInfo }));
  }

  return (
    <>
      <ul className="holder-list" id={listId} aria-label={`Holders of ${roleName}`}>
        {shown.map((holder) => (
          <li key={holder.account.id}>
            {holder.person ? <PersonLink person={holder.person} /> : <span className="muted">No owner</span>}{' '}
            <span className="muted small wrap-anywhere">{holder.account.email}</span>
            {admin && holder.effective && soleAdmin ? <span className="badge tone-bad">Sole admin</span> : null}
            {admin && !holder.effective ? <NotEffective reason={holder.notEffectiveBecause} /> : null}
          </li>
        ))}
      </ul>
      {collapsible ? (
        <button
          type="button"
          className="link-button small"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded
            ? `Show first ${formatCount(HOLDERS_PREVIEW)}`
            : holders.length < firstPage.totalCount
              ? `Show ${formatCount(holders.length)} of ${formatCount(firstPage.totalCount)}`
              : `Show all ${formatCount(firstPage.totalCount)}`}
        </button>
      ) : null}
      {open && firstPage.totalCount > firstPage.nodes.length ? (
        <LoadMore
          shown={holders.length}
          total={firstPage.totalCount}
          noun="holders"
          hasNextPage={pageInfo.hasNextPage}
          onLoadMore={showMore}
          label="Show more"
        />
      ) : null}
    </>
  );
}

function NotEffective({ reason }: { reason: string | null }) {
  return (
    <>
      <span
        className="badge tone-neutral"
        title={
          reason ? `Not counted towards the minimum: ${reason}` : 'Not counted towards the minimum: the account or its owner is not active'
        }
      >
        Not effective
      </span>
      {reason ? <span className="muted small"> — {reason}</span> : null}
    </>
  );
}
