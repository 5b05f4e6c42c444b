import { graphql } from '../../graphql/index.js';

export const FINDING_NEIGHBOURHOOD_QUERY = graphql(`
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
`);
