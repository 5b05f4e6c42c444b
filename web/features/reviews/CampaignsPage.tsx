import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { Section } from '../../shared/Section.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { CampaignsTable } from './CampaignsTable.js';
import { OverdueList } from './OverdueList.js';
import { formatCount } from '../../shared/format.js';
import { CAMPAIGN_STATUSES } from './review-enums.js';
import { CAMPAIGNS_PAGE_QUERY } from './reviews.queries.js';
import { campaignsHref, parseCampaignsUrl } from './reviewsUrl.js';
import type { CampaignStatus } from '../../graphql/graphql.js';

const STATUS_LABELS: Record<CampaignStatus, string> = { DRAFT: 'Drafts', ACTIVE: 'Active', CLOSING: 'Closing', CLOSED: 'Closed' };

/** Every access-review campaign with its progress, and who is overdue across the active ones. */
export function CampaignsPage() {
  usePageTitle('Access reviews');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { status } = parseCampaignsUrl(params);
  const { data, error, loading, refetch } = useQuery(CAMPAIGNS_PAGE_QUERY, { variables: status ? { status } : {} });
  const isAdmin = data?.me.role === 'ADMIN';

  return (
    <>
      <div className="page-heading">
        <h1>Access reviews</h1>
        <Link to="/reviews/schedules">Recurring campaigns</Link>
        {isAdmin ? (
          <Link className="button" to="/reviews/new">
            New campaign
          </Link>
        ) : null}
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor="campaign-status">Status</label>
          <select
            id="campaign-status"
            value={status ?? ''}
            onChange={(event) => void navigate(campaignsHref(CAMPAIGN_STATUSES.find((value) => value === event.target.value) ?? null))}
          >
            <option value="">All campaigns</option>
            {CAMPAIGN_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error ? (
        <QueryError error={error} resource="campaigns" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        loading ? (
          <Loading label="campaigns" rows={5} />
        ) : null
      ) : (
        <>
          {data.campaigns.length === 0 ? (
            <EmptyState
              action={
                isAdmin ? (
                  <Link to="/reviews/new">Create the first campaign</Link>
                ) : status ? (
                  <Link to="/reviews">Show all campaigns</Link>
                ) : undefined
              }
            >
              {status ? `No ${STATUS_LABELS[status].toLowerCase()} campaigns.` : 'No access-review campaigns yet.'}
            </EmptyState>
          ) : (
            <CampaignsTable campaigns={data.campaigns} />
          )}
          <Section title="Overdue reviewers" count={formatCount(data.overdueReviewers.length)}>
            {data.overdueReviewers.length === 0 ? (
              <EmptyState>Nobody is overdue: every item past its due date has been decided.</EmptyState>
            ) : (
              <OverdueList reviewers={data.overdueReviewers} />
            )}
          </Section>
        </>
      )}
    </>
  );
}
