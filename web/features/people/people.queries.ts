import { graphql } from '../../graphql/index.js';

export const PEOPLE_PAGE_SIZE = 25;

export const PEOPLE_PAGE_QUERY = graphql(`
  query PeoplePage($search: String, $first: Int!, $after: String) {
    people(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...PeopleTable_person
      }
    }
  }
`);
