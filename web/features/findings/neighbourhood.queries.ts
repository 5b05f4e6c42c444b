import { gql, type TypedDocumentNode } from '@apollo/client';

export interface FindingNeighbourhoodQuery {
  finding: {
    __typename: 'Finding';
    id: string;
    neighbourhood: {
      __typename: 'Neighbourhood';
      nodes: { __typename: 'GraphNode'; id: string; kind: string; label: string; flagged: boolean; href: string | null }[];
      edges: { __typename: 'GraphEdge'; id: string; source: string; target: string; label: string }[];
    };
  };
}

export interface FindingNeighbourhoodVariables {
  id: string;
}

export const FINDING_NEIGHBOURHOOD_QUERY: TypedDocumentNode<FindingNeighbourhoodQuery, FindingNeighbourhoodVariables> = gql`
  query FindingNeighbourhood($id: ID!) {
    finding(id: $id) {
      id
      neighbourhood {
        nodes {
          id
          kind
          label
          flagged
          href
        }
        edges {
          id
          source
          target
          label
        }
      }
    }
  }
`;
