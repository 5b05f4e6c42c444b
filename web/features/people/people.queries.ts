import { gql, type TypedDocumentNode } from '@apollo/client';
import { PEOPLE_TABLE_PERSON, type PeopleTable_person } from './PeopleTable.js';
import type { PageInfo } from '../../shared/schema.js';

export const PEOPLE_PAGE_SIZE = 25;

export interface PeoplePageQuery {
  people: {
    __typename: 'PersonConnection';
    totalCount: number;
    pageInfo: PageInfo;
    nodes: PeopleTable_person[];
  };
}

export interface PeoplePageVariables {
  search?: string | null;
  first: number;
  after?: string | null;
}

export const PEOPLE_PAGE_QUERY: TypedDocumentNode<PeoplePageQuery, PeoplePageVariables> = gql`
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
  ${PEOPLE_TABLE_PERSON}
`;
