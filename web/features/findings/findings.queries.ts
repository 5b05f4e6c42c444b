import { graphql } from '../../graphql/index.js';

export const FINDINGS_PAGE_SIZE = 50;

export const FINDINGS_PAGE_QUERY = graphql(`
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
`);

/** The app choices of the findings filter bar. */
export const FINDING_FILTER_APPS_QUERY = graphql(`
  query FindingFilterApps {
    apps {
      id
      name
    }
  }
`);
