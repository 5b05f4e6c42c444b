import { graphql } from '../../graphql/index.js';

export const AUDIT_PAGE_SIZE = 50;

/** The actions the log holds, for the action picker. */
export const AUDIT_ACTIONS_QUERY = graphql(`
  query AuditActions {
    auditActions
  }
`);

/** GET /api/audit.csv takes the page's own URL parameters. */
export function auditCsvUrl(search: URLSearchParams): string {
  const query = search.toString();
  return query ? `/api/audit.csv?${query}` : '/api/audit.csv';
}

export const AUDIT_EVENTS_QUERY = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AuditEventsTable_event
      }
    }
  }
`);

/** Verifies the whole chain on the server: every event against its hash and the one before it. */
export const AUDIT_CHAIN_QUERY = graphql(`
  query AuditChain {
    auditChain {
      ...AuditChainStatus_chain
    }
  }
`);
