import type { FindingSort } from './findingsUrl.js';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { FINDINGS_TABLE_FINDING, type FindingsTable_finding } from './FindingsTable.js';
import type { FindingFilter, FindingType, PageInfo } from '../../shared/schema.js';

export const FINDINGS_PAGE_SIZE = 50;

export interface FindingsPageQuery {
  findings: {
    __typename: 'FindingConnection';
    totalCount: number;
    totalMonthlyCost: number;
    /** Currency of `totalMonthlyCost` and of every node's `monthlyCost`. */
    currency: string;
    byType: { __typename: 'FindingTotal'; type: FindingType; count: number; monthlyCost: number }[];
    pageInfo: PageInfo;
    nodes: FindingsTable_finding[];
  };
}

export interface FindingsPageVariables {
  filter?: FindingFilter | null;
  sort?: FindingSort;
  first: number;
  after?: string | null;
}

export const FINDINGS_PAGE_QUERY: TypedDocumentNode<FindingsPageQuery, FindingsPageVariables> = gql`
  query FindingsPage($filter: FindingFilter, $sort: FindingSort, $first: Int!, $after: String) {
    findings(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalMonthlyCost
      currency
      byType {
        type
        count
        monthlyCost
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...FindingsTable_finding
      }
    }
  }
  ${FINDINGS_TABLE_FINDING}
`;

export interface FindingFilterAppsQuery {
  apps: { __typename: 'App'; id: string; name: string }[];
}

export type FindingFilterAppsVariables = Record<string, never>;

/** The app choices of the findings filter bar. */
export const FINDING_FILTER_APPS_QUERY: TypedDocumentNode<FindingFilterAppsQuery, FindingFilterAppsVariables> = gql`
  query FindingFilterApps {
    apps {
      id
      name
    }
  }
`;
