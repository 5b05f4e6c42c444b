import { gql, type TypedDocumentNode } from '@apollo/client';
import { AUDIT_CHAIN_STATUS_CHAIN, type AuditChainStatus_chain } from './AuditChainStatus.js';
import { AUDIT_EVENTS_TABLE_EVENT, type AuditEventsTable_event } from './AuditEventsTable.js';
import type { PageInfo } from '../../shared/schema.js';

export const AUDIT_PAGE_SIZE = 50;

/** `input AuditEventFilter` */
export interface AuditEventFilter {
  actor?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** `enum AuditChainProblem` */
export type AuditChainProblem = 'ALTERED' | 'MISSING' | 'REORDERED' | 'HEAD_MISMATCH';

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

export interface AuditEventsQuery {
  auditEvents: {
    __typename: 'AuditEventConnection';
    totalCount: number;
    pageInfo: PageInfo;
    nodes: AuditEventsTable_event[];
  };
}

export interface AuditEventsVariables {
  filter: AuditEventFilter | null;
  first: number;
  after?: string | null;
}

export const AUDIT_EVENTS_QUERY: TypedDocumentNode<AuditEventsQuery, AuditEventsVariables> = gql`
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
  ${AUDIT_EVENTS_TABLE_EVENT}
`;

export interface AuditChainQuery {
  auditChain: AuditChainStatus_chain;
}

export type AuditChainVariables = Record<string, never>;

/** Verifies the whole chain on the server: every event against its hash and the one before it. */
export const AUDIT_CHAIN_QUERY: TypedDocumentNode<AuditChainQuery, AuditChainVariables> = gql`
  query AuditChain {
    auditChain {
      ...AuditChainStatus_chain
    }
  }
  ${AUDIT_CHAIN_STATUS_CHAIN}
`;
