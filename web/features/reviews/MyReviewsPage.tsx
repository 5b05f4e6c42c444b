import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { QueryError } from '../../shared/QueryError.js';
import { Section } from '../../shared/Section.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { ActionStatus, statusMessage } from './ActionStatus.js';
import { BulkActions } from './BulkActions.js';
import { DelegateForm } from './DelegateForm.js';
import { ReviewItemsTable } from './ReviewItemsTable.js';
import { useSelection } from '../../shared/useSelection.js';
import { formatCount, formatCountOf } from '../../shared/format.js';
import { MY_REVIEWS_QUERY, REVIEW_ITEMS_PAGE_SIZE } from './reviews.queries.js';
import { decidedArg, myReviewsHref, parseMyReviewsUrl, type MyReviewsShow } from './reviewsUrl.js';
import type { MyReviewsQuery } from '../../graphql/graphql.js';

const SHOWS: readonly MyReviewsShow[] = ['open', 'decided', 'all'];
const SHOW_LABELS: Record<MyReviewsShow, string> = { open: 'To decide', decided: 'Decided', all: 'All' };

/** The reviewer's queue: items assigned to them, soonest due first; decide one by one or in bulk, reassign or delegate. */
export function MyReviewsPage() {
  usePageTitle('My reviews');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filter = parseMyReviewsUrl(params);
  const variables = {
    ...(filter.campaignId ? { campaignId: filter.campaignId } : {}),
    ...decidedArg(filter.show),
    first: REVIEW_ITEMS_PAGE_SIZE,
  };
  const { data, error, loading, refetch, fetchMore } = useQuery(MY_REVIEWS_QUERY, { variables });
  const { selected, setSelected, toggle } = useSelection(params.toString());
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const connection = data?.myReviews;
  const nodes = connection?.nodes ?? [];
  const campaigns = uniqueCampaigns(nodes);
  const openCampaigns = uniqueCampaigns(nodes.filter((item) => item.viewerCanDecide && item.decision === null));
  const overdue = nodes.filter((item) => item.overdue).length;

  function setFilter(next: Partial<typeof filter>): void {
    void navigate(myReviewsHref({ ...filter, ...next }));
  }

  return (
    <>
      <div className="page-heading">
        <h1>My reviews</h1>
        <Link to="/team">My team</Link>
      </div>
      <p className="muted">
        Access assigned to you in launched campaigns. Keep, revoke or change the role of each account. Keeping a flagged account or an admin
        role needs a justification; you never decide on your own access.
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor="my-reviews-show">Show</label>
          <select
            id="my-reviews-show"
            value={filter.show}
            onChange={(event) => setFilter({ show: SHOWS.find((show) => show === event.target.value) ?? 'open' })}
          >
            {SHOWS.map((show) => (
              <option key={show} value={show}>
                {SHOW_LABELS[show]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="my-reviews-campaign">Campaign</label>
          <select
            id="my-reviews-campaign"
            value={filter.campaignId ?? ''}
            onChange={(event) => setFilter({ campaignId: event.target.value || null })}
          >
            <option value="">All campaigns</option>
            {filter.campaignId && !campaigns.some((campaign) => campaign.id === filter.campaignId) ? (
              <option value={filter.campaignId}>{filter.campaignId}</option>
            ) : null}
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <ActionStatus message={message} />

      {error ? (
        <QueryError error={error} resource="your reviews" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !connection ? (
        loading ? (
          <Loading label="your reviews" rows={6} />
        ) : null
      ) : connection.nodes.length === 0 ? (
        <EmptyState
          action={filter.show === 'open' ? <Link to={myReviewsHref({ ...filter, show: 'decided' })}>See what you decided</Link> : undefined}
        >
          {filter.show === 'open' ? 'Nothing to decide: no undecided items are assigned to you.' : 'No items match.'}
        </EmptyState>
      ) : (
        <>
          <p aria-live="polite">
            <strong>{formatCountOf(connection.totalCount, 'item')}</strong>
            {filter.show === 'open' ? ' to decide' : ''}
            {overdue > 0 ? (
              <>
                , <span className="warn-text">{formatCount(overdue)} overdue</span> among those shown
              </>
            ) : null}
            .
          </p>
          <BulkActions
            selected={nodes.filter((item) => selected.has(item.id) && item.viewerCanDecide)}
            selectable={nodes.filter((item) => item.viewerCanDecide && item.decision === null)}
            onSelect={setSelected}
            onDone={(text) => setMessage(statusMessage(text))}
            canReassign
          />
          <ReviewItemsTable
            items={nodes}
            caption="Review items assigned to you, soonest due first"
            selection={{ selected, toggle }}
            showCampaign
            onDecided={(text) => setMessage(statusMessage(text))}
          />
          <LoadMore
            shown={nodes.length}
            total={connection.totalCount}
            noun="items"
            hasNextPage={connection.pageInfo.hasNextPage}
            onLoadMore={() =>
              fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => appendPage(previous, fetchMoreResult),
              })
            }
          />
        </>
      )}

      <Section title="Delegate">
        <p className="muted">
          Away for the rest of the campaign? Hand every undecided item of one campaign to someone else. Items that are their own access stay
          with you.
        </p>
        <DelegateForm campaigns={openCampaigns} onDone={(text) => setMessage(statusMessage(text))} />
      </Section>
    </>
  );
}

function uniqueCampaigns(items: MyReviewsQuery['myReviews']['nodes']): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const item of items) byId.set(item.campaign.id, item.campaign.name);
  return [...byId].map(([id, name]) => ({ id, name }));
}

function appendPage(previous: MyReviewsQuery, next: MyReviewsQuery): MyReviewsQuery {
  return { ...next, myReviews: { ...next.myReviews, nodes: [...previous.myReviews.nodes, ...next.myReviews.nodes] } };
}
