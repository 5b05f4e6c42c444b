import { graphql } from '../../graphql/index.js';

export const ROLES_AND_SEATS_PAGE_QUERY = graphql(`
  query RolesAndSeatsPage($onlyToClassify: Boolean!, $appId: ID) {
    rolesAndSeats(onlyToClassify: $onlyToClassify, appId: $appId) {
      app {
        id
        name
      }
      catalogKey
      roles {
        ...VocabularyRolesTable_role
      }
      seatTypes {
        ...VocabularySeatTypesTable_seatType
      }
    }
  }
`);
