import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { AuditChainStatus } from './AuditChainStatus.js';
import { AuditEventsTable } from './AuditEventsTable.js';
import { AuditFilters } from './AuditFilters.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { auditSearchParams, parseAuditUrl, toAuditEventFilter } from './auditUrl.js';
import { AUDIT_CHAIN_QUERY, AUDIT_EVENTS_QUERY, AUDIT_PAGE_SIZE, auditCsvUrl } from './audit.queries.js';

/** The audit log: whether its hash chain holds, and every recorded change, filtered by the URL. */
export function AuditPage() {
  usePageTitle('Audit log');
  const [params] = useSearchParams();
  const urlFilter = parseAuditUrl(params);
  const filter = toAuditEventFilter(urlFilter);
  const events = useQuery(AUDIT_EVENTS_QUERY, { variables: { filter, first: AUDIT_PAGE_SIZE } });
  const chain = useQuery(AUDIT_CHAIN_QUERY, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const connection = events.data?.auditEvents;

  return (
    <>
      <div className="page-heading">
        <h1>Audit log</h1>
        {connection && connection.totalCount > 0 ? (
          <a className="button" href={auditCsvUrl(auditSearchParams(urlFilter))} download>
            Export CSV<span className="visually-hidden"> of the {filter ? 'filtered ' : ''}audit events</span>
          </a>
        ) : null}
      </div>
      <AuditChainStatus
        chain={chain.data?.auditChain}
        verifying={chain.loading}
        failure={
          chain.error ? (
            <QueryError error={chain.error} resource="audit chain" onRetry={() => void chain.refetch().catch(() => undefined)} />
          ) : null
        }
        onVerify={() => {
          // Verifying reads the log as it is now, so the list shows the same events: newer ones appear too.
          void chain.refetch().catch(() => undefined);
          void events.refetch().catch(() => undefined);
        }}
      />
      <AuditFilters />
      {events.error ? (
        <QueryError error={events.error} resource="audit events" onRetry={() => void events.refetch().catch(() => undefined)} />
      ) : !connection ? (
        events.loading ? (
          <Loading label="audit events" rows={8} />
        ) : null
      ) : connection.nodes.length === 0 ? (
        <EmptyState action={filter ? <Link to="/audit">Show all events</Link> : undefined}>
          {filter ? 'No audit events match these filters.' : 'No audit events yet: changes are recorded here as people make them.'}
        </EmptyState>
      ) : (
        <>
          <AuditEventsTable events={connection.nodes} />
          <LoadMore
            shown={connection.nodes.length}
            total={connection.totalCount}
            noun="events"
            hasNextPage={connection.pageInfo.hasNextPage}
            onLoadMore={() =>
              events.fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                // No cache policy merges audit pages (web/apollo.ts), so the page appends them itself.
                updateQuery: (previous, { fetchMoreResult }) => ({
                  auditEvents: {
                    ...fetchMoreResult.auditEvents,
                    nodes: [...previous.auditEvents.nodes, ...fetchMoreResult.auditEvents.nodes],
                  },
                }),
              })
            }
          />
        </>
      )}
    </>
  );
}
