import { graphql } from '../../graphql/index.js';

export const LEAVERS_PAGE_SIZE = 100;

export const LEAVERS_QUERY = graphql(`
  query LeaversPage($from: String, $to: String, $outcome: LeaverOutcome, $first: Int, $after: String) {
    leavers(from: $from, to: $to, outcome: $outcome, first: $first, after: $after) {
      slaHours
      leavers
      withinSla
      late
      pending
      unmeasured
      percentWithinSla
      totalRows
      pageInfo {
        endCursor
        hasNextPage
      }
      rows {
        personId
        personName
        terminationDate
        kind
        recordId
        appName
        accountName
        status
        removed
        deprovisionedAt
        source
        hours
        slaHours
        outcome
        findingId
      }
    }
  }
`);

/** The CSV of what the page shows, filtered alike. */
export function leaversCsvUrl(search: URLSearchParams): string {
  const query = search.toString();
  return query ? `/api/leavers.csv?${query}` : '/api/leavers.csv';
}
