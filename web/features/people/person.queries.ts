import { gql, type TypedDocumentNode } from '@apollo/client';
import { IDENTITIES_TABLE_IDENTITY, type IdentitiesTable_identity } from './IdentitiesTable.js';
import { MANAGER_CHAIN_PERSON, type ManagerChain_person } from './ManagerChain.js';
import { PERSON_ACCOUNTS_TABLE_ACCOUNT, type PersonAccountsTable_account } from './PersonAccountsTable.js';
import { PERSON_INTEGRATIONS_TABLE_INTEGRATION, type PersonIntegrationsTable_integration } from './PersonIntegrationsTable.js';
import { PERSON_FACTS_PERSON, type PersonFacts_person } from './PersonFacts.js';
import { REPORTS_LIST_PERSON, type ReportsList_person } from './ReportsList.js';

export interface PersonPageQuery {
  person: PersonFacts_person & {
    displayName: string;
    findingCount: number;
    accountCount: number;
    managerChain: ManagerChain_person[];
    reports: ReportsList_person[];
    identities: IdentitiesTable_identity[];
    accounts: PersonAccountsTable_account[];
    integrations: PersonIntegrationsTable_integration[];
  };
}

export interface PersonPageVariables {
  id: string;
}

export const PERSON_PAGE_QUERY: TypedDocumentNode<PersonPageQuery, PersonPageVariables> = gql`
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
  ${PERSON_FACTS_PERSON}
  ${MANAGER_CHAIN_PERSON}
  ${REPORTS_LIST_PERSON}
  ${IDENTITIES_TABLE_IDENTITY}
  ${PERSON_ACCOUNTS_TABLE_ACCOUNT}
  ${PERSON_INTEGRATIONS_TABLE_INTEGRATION}
`;
