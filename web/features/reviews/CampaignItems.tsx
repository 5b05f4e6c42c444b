import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatCountOf } from '../../shared/format.js';
import { CAMPAIGN_ITEMS_QUERY, REVIEW_ITEMS_PAGE_SIZE } from './reviews.queries.js';
import { campaignHref, campaignItemsArgs, isItemFilterEmpty, type CampaignItemsUrlFilter } from './reviewsUrl.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { QueryError } from '../../shared/QueryError.js';
import { ApplyRemediation } from './ApplyRemediation.js';
import { BulkActions } from './BulkActions.js';
import { ReviewItemsTable } from './ReviewItemsTable.js';
import { useSelection } from '../../shared/useSelection.js';
import type { CampaignItemsQuery } from '../../graphql/graphql.js';

interface CampaignItemsProps {
  campaignId: string;
  filter: CampaignItemsUrlFilter;
  /** Admins may decide and reassign any undecided item (e.g. the unassigned ones). */
  canAct: boolean;
  onDone: (message: string) => void;
}

/** The campaign's items and decisions so far, filtered by the URL; admins can act on them one by one or in bulk. */
export function CampaignItems({ campaignId, filter, canAct, onDone }: CampaignItemsProps) {
  const variables = { id: campaignId, ...campaignItemsArgs(filter), first: REVIEW_ITEMS_PAGE_SIZE };
  const { data, error, loading, refetch, fetchMore } = useQuery(CAMPAIGN_ITEMS_QUERY, { variables });
  const { selected, setSelected, toggle } = useSelection(JSON.stringify(variables));
  const connection = data?.campaign?.items;

  if (error) return <QueryError error={error} resource="the review items" onRetry={() => void refetch().catch(() => undefined)} />;
  if (!connection) return loading ? <Loading label="the review items" rows={6} /> : null;
  if (connection.nodes.length === 0) {
    return (
      <EmptyState action={isItemFilterEmpty(filter) ? undefined : <Link to={campaignHref(campaignId)}>Clear the filters</Link>}>
        {isItemFilterEmpty(filter) ? 'This campaign has no review items.' : 'No review items match these filters.'}
      </EmptyState>
    );
  }
  const decidable = connection.nodes.filter((item) => item.viewerCanDecide && item.decision === null);
  return (
    <>
      <p aria-live="polite">
        <strong>{formatCountOf(connection.totalCount, 'item')}</strong> {isItemFilterEmpty(filter) ? 'in this campaign' : 'match'}.
      </p>
      {canAct ? (
        <BulkActions
          selected={connection.nodes.filter((item) => item.viewerCanDecide && selected.has(item.id))}
          selectable={decidable}
          onSelect={setSelected}
          onDone={onDone}
          canReassign
        />
      ) : null}
      <ReviewItemsTable
        items={connection.nodes}
        caption="Review items and decisions so far, by app and account"
        showReviewer
        showRemediation
        {...(canAct
          ? {
              selection: { selected, toggle },
              onDecided: onDone,
              remediationAction: (item) =>
                item.decision === 'REVOKE' && item.remediationStatus !== null && item.remediationStatus !== 'VERIFIED' ? (
                  <ApplyRemediation itemId={item.id} onDone={onDone} />
                ) : null,
            }
          : {})}
      />
      <LoadMore
        shown={connection.nodes.length}
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
  );
}

function appendPage(previous: CampaignItemsQuery, next: CampaignItemsQuery): CampaignItemsQuery {
  if (!previous.campaign || !next.campaign) return next;
  return {
    campaign: {
      ...next.campaign,
      items: { ...next.campaign.items, nodes: [...previous.campaign.items.nodes, ...next.campaign.items.nodes] },
    },
  };
}
