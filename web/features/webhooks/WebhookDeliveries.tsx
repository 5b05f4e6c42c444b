import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { EmptyState } from '../../shared/EmptyState.js';
import { formatDateTime } from '../../shared/format.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { mutationProblem } from '../reviews/mutationProblem.js';
import { DELIVERY_PAGE_SIZE, REDELIVER_WEBHOOK_MUTATION, WEBHOOK_DELIVERIES_QUERY } from './webhooks.queries.js';

const STATUS_TONE: Record<string, string> = { delivered: 'tone-ok', pending: 'tone-warn', failed: 'tone-bad' };

/** Recent deliveries, newest first, a page at a time; any can be sent again now (one that failed, or one a receiver lost). */
export function WebhookDeliveries() {
  const deliveries = useQuery(WEBHOOK_DELIVERIES_QUERY, { variables: { first: DELIVERY_PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const [redeliver, redelivering] = useMutation(REDELIVER_WEBHOOK_MUTATION);
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  const connection = deliveries.data?.webhookDeliveries;

  async function sendAgain(id: string, event: string): Promise<void> {
    setMessage(null);
    try {
      await redeliver({ variables: { id } });
      setMessage({ tone: 'ok', text: `The ${event} delivery is queued again; the server sends it within a minute.` });
      await deliveries.refetch();
    } catch (error) {
      setMessage({ tone: 'bad', text: `Not queued. ${mutationProblem(error).message}` });
    }
  }

  if (deliveries.error)
    return (
      <QueryError error={deliveries.error} resource="webhook deliveries" onRetry={() => void deliveries.refetch().catch(() => undefined)} />
    );
  if (!connection) return deliveries.loading ? <Loading label="webhook deliveries" rows={4} /> : null;
  if (connection.nodes.length === 0)
    return <EmptyState>No deliveries yet: events are queued here as campaigns and remediations change.</EmptyState>;
  return (
    <>
      {message ? (
        <p className={message.tone === 'ok' ? 'callout' : 'field-error'} role={message.tone === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      <ScrollRegion label="Webhook deliveries table">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">HTTP status</th>
              <th scope="col">Last error</th>
              <th scope="col">Next attempt</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {connection.nodes.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.event}
                  <div className="muted">{formatDateTime(d.createdAt)}</div>
                </td>
                <td>{d.url ?? '–'}</td>
                <td>
                  <span className={`badge ${STATUS_TONE[d.status] ?? 'tone-neutral'}`}>{d.status}</span>
                </td>
                <td>{d.attempts}</td>
                <td>{d.statusCode ?? '–'}</td>
                <td>{d.lastError ?? '–'}</td>
                <td>{d.status === 'pending' && d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : '–'}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    disabled={redelivering.loading}
                    onClick={() => void sendAgain(d.id, d.event)}
                  >
                    Redeliver
                    <span className="visually-hidden">
                      {' '}
                      {d.event} of {formatDateTime(d.createdAt)}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <LoadMore
        shown={connection.nodes.length}
        total={connection.totalCount}
        noun="deliveries"
        hasNextPage={connection.pageInfo.hasNextPage}
        onLoadMore={() =>
          deliveries.fetchMore({
            variables: { after: connection.pageInfo.endCursor },
            // No cache policy merges delivery pages (web/apollo.ts), so the page appends them itself.
            updateQuery: (previous, { fetchMoreResult }) => ({
              webhookDeliveries: {
                ...fetchMoreResult.webhookDeliveries,
                nodes: [...previous.webhookDeliveries.nodes, ...fetchMoreResult.webhookDeliveries.nodes],
              },
            }),
          })
        }
      />
    </>
  );
}
