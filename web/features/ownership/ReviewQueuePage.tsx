import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { QueryError } from '../../shared/QueryError.js';
import { formatCountOf } from '../../shared/format.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { REVIEW_QUEUE_PAGE_SIZE, REVIEW_QUEUE_QUERY } from './ownership.queries.js';
import { ReviewQueueItem } from './ReviewQueueItem.js';

/** Accounts and identities that matched several people, each with its candidates side by side. */
export function ReviewQueuePage() {
  usePageTitle('Ownership review queue');
  const { data, loading, error, refetch, fetchMore } = useQuery(REVIEW_QUEUE_QUERY, {
    variables: { first: REVIEW_QUEUE_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [message, setMessage] = useState('');
  const queue = data?.reviewQueue;

  return (
    <>
      <h1>Ownership review queue</h1>
      <p>
        These accounts and identities matched more than one person in HR, so the rules linked none of them. Choose whose each one is, or say
        it belongs to nobody; the decision is kept across imports and written to the audit log.
      </p>
      <p role="status">{message}</p>
      {error ? (
        <QueryError error={error} resource="review queue" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !queue ? (
        loading ? (
          <Loading label="review queue" rows={4} />
        ) : null
      ) : queue.nodes.length === 0 ? (
        <EmptyState>Nothing to decide: every account and identity matched at most one person.</EmptyState>
      ) : (
        <>
          <p>{formatCountOf(queue.totalCount, 'record')} to decide.</p>
          <ol className="review-queue">
            {queue.nodes.map((item) => (
              <ReviewQueueItem key={item.record.id} item={item} onDone={setMessage} />
            ))}
          </ol>
          <LoadMore
            shown={queue.nodes.length}
            total={queue.totalCount}
            noun="records"
            hasNextPage={queue.pageInfo.hasNextPage}
            onLoadMore={() => fetchMore({ variables: { after: queue.pageInfo.endCursor } })}
          />
        </>
      )}
    </>
  );
}
