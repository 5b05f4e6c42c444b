import { Fragment, useId, useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format.js';
import { PersonLink } from '../../shared/PersonLink.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { DecisionForm } from './DecisionForm.js';
import { DecisionBadge, OverdueBadge, RecommendationBadge } from './ReviewBadges.js';
import type { TeamMembers_AccountFragment, TeamMembers_MemberFragment } from '../../graphql/graphql.js';
import { graphql } from '../../graphql/index.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment TeamMembers_member on TeamMember {
    id
    displayName
    email
    status
    title
    department
    depth
    managerId
    accounts {
      ...TeamMembers_account
    }
  }
`);

graphql(`
  fragment TeamMembers_account on TeamAccount {
    id
    email
    username
    status
    kind
    lastActiveAt
    appId
    appName
    roles {
      name
      privilege
    }
    findings {
      type
      severity
      reason
      monthlyCost
    }
    recommendation
    recommendationReason
    reviewItems {
      ...ReviewItem_item
    }
  }
`);

interface TeamMembersProps {
  members: readonly TeamMembers_MemberFragment[];
  /** The manager themself: whoever reports to them is a direct report. */
  managerPersonId: string;
  /** Whose review items the Review column shows; null when no campaign is active. */
  campaignId: string | null;
  onDecided: (message: string) => void;
}

/** Each report with their live accounts and roles, what the findings suggest, and the manager's review item on each. */
export function TeamMembers({ members, managerPersonId, campaignId, onDecided }: TeamMembersProps) {
  const names = new Map(members.map((member) => [member.id, member.displayName]));
  return (
    <ul className="team-members">
      {members.map((member) => (
        <li key={member.id} className="team-member">
          <h3>
            <PersonLink person={member} />
          </h3>
          <p className="small muted">
            {[member.title, member.department].filter(Boolean).join(', ') || 'No title in HR'}
            {' · '}
            {member.managerId === managerPersonId
              ? 'Direct report'
              : `Reports to ${names.get(member.managerId ?? '') ?? 'someone in your team'}`}
          </p>
          {member.accounts.length === 0 ? (
            <p className="muted">No live accounts.</p>
          ) : (
            <TeamAccountsTable member={member} campaignId={campaignId} onDecided={onDecided} />
          )}
        </li>
      ))}
    </ul>
  );
}

function TeamAccountsTable({
  member,
  campaignId,
  onDecided,
}: {
  member: TeamMembers_MemberFragment;
  campaignId: string | null;
  onDecided: (message: string) => void;
}) {
  const [openId, setOpenId] = useState<string | null>(null);
  const caption = `Accounts of ${member.displayName}`;
  return (
    <ScrollRegion label={caption}>
      <table className="team-accounts-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">App</th>
            <th scope="col">Account</th>
            <th scope="col">Roles</th>
            <th scope="col">Suggestion</th>
            <th scope="col">Your review</th>
          </tr>
        </thead>
        <tbody>
          {member.accounts.map((account) => (
            <TeamAccountRow
              key={account.id}
              account={account}
              campaignId={campaignId}
              open={openId === account.id}
              onToggle={() => setOpenId((current) => (current === account.id ? null : account.id))}
              onDecided={(message) => {
                setOpenId(null);
                onDecided(message);
              }}
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

interface TeamAccountRowProps {
  account: TeamMembers_AccountFragment;
  campaignId: string | null;
  open: boolean;
  onToggle: () => void;
  onDecided: (message: string) => void;
}

function TeamAccountRow({ account, campaignId, open, onToggle, onDecided }: TeamAccountRowProps) {
  const formId = useId();
  const item = account.reviewItems.find((candidate) => candidate.campaign.id === campaignId) ?? null;
  const label = account.email ?? account.username ?? account.id;
  return (
    <Fragment>
      <tr className={item?.overdue ? 'is-overdue' : undefined}>
        <th scope="row">
          <Link to={`/apps/${encodeURIComponent(account.appId)}`}>{account.appName}</Link>
        </th>
        <td>
          <span className="wrap-anywhere">{label}</span>
          <span className="small muted review-sub">
            {account.status.toLowerCase()}
            {account.lastActiveAt ? `, last active ${formatDate(account.lastActiveAt)}` : ', never active'}
          </span>
        </td>
        <td>
          {account.roles.map((role) => role.name).join(', ') || '—'}
          {account.roles.some((role) => role.privilege === 'admin' || role.privilege === 'owner') ? (
            <span className="badge tone-bad">Admin</span>
          ) : null}
        </td>
        <td>
          <RecommendationBadge recommendation={account.recommendation} />
          {account.findings.length > 0 ? <span className="badge tone-warn">Flagged</span> : null}
          <span className="small muted review-sub">{account.recommendationReason}</span>
        </td>
        <td>
          {item ? (
            <>
              <DecisionBadge decision={item.decision} />
              {item.overdue ? <OverdueBadge /> : null}
              {item.viewerCanDecide || open ? (
                <button
                  type="button"
                  className="review-inline-button"
                  aria-label={`${open ? 'Close' : 'Decide'} ${label} in ${account.appName}`}
                  aria-expanded={open}
                  aria-controls={open ? formId : undefined}
                  onClick={onToggle}
                >
                  {open ? 'Close' : 'Decide'}
                </button>
              ) : null}
            </>
          ) : (
            <span className="muted">{campaignId ? 'Not yours in this campaign' : 'No active campaign'}</span>
          )}
        </td>
      </tr>
      {open && item ? (
        <tr className="review-form-row">
          <td colSpan={5} id={formId}>
            <DecisionForm items={[item]} onDecided={onDecided} onCancel={onToggle} />
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
