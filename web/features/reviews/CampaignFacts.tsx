import { graphql } from '../../graphql/index.js';
import { formatCount, formatDate, formatDateTime } from '../../shared/format.js';
import { PersonLink } from '../../shared/PersonLink.js';
import type { CampaignFacts_CampaignFragment, CampaignScope, CloseDefault } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment CampaignFacts_campaign on Campaign {
    id
    name
    period
    scope
    scopeAppIds
    dueAt
    secondStage
    remediationDays
    status
    owner {
      id
      displayName
      email
      status
    }
    ownerUser {
      email
      displayName
    }
    createdAt
    createdByName
    launchedAt
    launchedByName
    closedAt
    closedByName
    closeDefault
    populationCount
    populationSha256
    version
  }
`);

export const SCOPE_LABELS: Record<CampaignScope, { label: string; hint: string }> = {
  APPS: { label: 'Chosen apps', hint: 'Every live account of the apps you choose.' },
  PRIVILEGED: { label: 'Privileged roles only', hint: 'Accounts that hold an owner or admin role, in every app.' },
  FLAGGED: { label: 'Flagged accounts only', hint: 'Accounts with at least one finding (orphaned, inactive, external…).' },
  ALL: { label: 'All accounts', hint: 'Every live account in every app.' },
};

const CLOSE_DEFAULT_LABELS: Record<CloseDefault, string> = {
  NO_CHANGE: 'undecided items kept (no change)',
  REVOKE: 'undecided items revoked',
};

/** What the campaign covers, who owns it and what happened to it so far. */
export function CampaignFacts({ campaign }: { campaign: CampaignFacts_CampaignFragment }) {
  return (
    <dl className="facts">
      <div>
        <dt>Period</dt>
        <dd>{campaign.period}</dd>
      </div>
      <div>
        <dt>Scope</dt>
        <dd>
          {SCOPE_LABELS[campaign.scope].label}
          {campaign.scope === 'APPS' ? ` (${formatCount(campaign.scopeAppIds.length)})` : ''}
        </dd>
      </div>
      <div>
        <dt>Due</dt>
        <dd>{formatDate(campaign.dueAt)}</dd>
      </div>
      <div>
        <dt>Campaign owner (reviews orphaned accounts)</dt>
        <dd>
          {campaign.owner ? (
            <PersonLink person={campaign.owner} />
          ) : campaign.ownerUser ? (
            <>
              {campaign.ownerUser.displayName} ({campaign.ownerUser.email}), an admin not in HR: orphaned accounts wait for an admin to
              reassign them
            </>
          ) : (
            '—'
          )}
        </dd>
      </div>
      <div>
        <dt>Second stage</dt>
        <dd>{campaign.secondStage ? 'App owners re-review admin roles kept' : 'No'}</dd>
      </div>
      <div>
        <dt>Remediation deadline</dt>
        <dd>{formatCount(campaign.remediationDays)} days after a revoke or role change</dd>
      </div>
      <div>
        <dt>Created</dt>
        <dd>
          {formatDateTime(campaign.createdAt)} by {campaign.createdByName}
        </dd>
      </div>
      <div>
        <dt>Launched</dt>
        <dd>
          {campaign.launchedAt
            ? `${formatDateTime(campaign.launchedAt)} by ${campaign.launchedByName ?? 'unknown'}, ${formatCount(campaign.populationCount ?? 0)} accounts`
            : 'Not yet'}
        </dd>
      </div>
      <div>
        <dt>Closed</dt>
        <dd>
          {campaign.closedAt
            ? `${formatDateTime(campaign.closedAt)} by ${campaign.closedByName ?? 'unknown'}${campaign.closeDefault ? `, ${CLOSE_DEFAULT_LABELS[campaign.closeDefault]}` : ''}`
            : 'Not yet'}
        </dd>
      </div>
    </dl>
  );
}
