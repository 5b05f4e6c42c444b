import { graphql } from '../../graphql/index.js';

export const AUDIT_PAGE_SIZE = 50;

/** Actions Attest records today, offered as suggestions in the filter (any other text filters too). */
export const KNOWN_AUDIT_ACTIONS = [
  'ownership.link',
  'ownership.unlink',
  'ownership.mark_service',
  'ownership.mark_shared',
  'ownership.reset',
  'thresholds.set',
  'app.settings',
  'import',
] as const;

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
