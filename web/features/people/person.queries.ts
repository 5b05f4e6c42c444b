import { graphql } from '../../graphql/index.js';

export const PERSON_PAGE_QUERY = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      displayName
      findingCount
      accountCount
      ...PersonFacts_person
      managerChain {
        ...ManagerChain_person
      }
      reports {
        ...ReportsList_person
      }
      identities {
        ...IdentitiesTable_identity
      }
      accounts {
        ...PersonAccountsTable_account
      }
      integrations {
        ...PersonIntegrationsTable_integration
      }
    }
  }
`);
