import { graphql } from '../../graphql/index.js';

export const REVIEW_QUEUE_PAGE_SIZE = 50;

export const REVIEW_QUEUE_QUERY = graphql(`
  query ReviewQueuePage($first: Int!, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        displayName
        reason
        record {
          id
          recordType
          label
          appName
        }
        candidateDetails {
          employeeId
          department
          title
          matchedOn
          person {
            id
            displayName
            email
            status
          }
        }
      }
    }
  }
`);

/** The people a picker offers for what was typed (the people page's search). */
export const PERSON_PICKER_QUERY = graphql(`
  query PersonPicker($search: String, $first: Int!) {
    people(search: $search, first: $first) {
      totalCount
      nodes {
        id
        displayName
        email
        employeeId
        department
        title
        status
      }
    }
  }
`);
