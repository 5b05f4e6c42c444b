import { graphql } from '../../graphql/index.js';

export const APP_PAGE_QUERY = graphql(`
  query AppPage($id: ID!) {
    app(id: $id) {
      id
      name
      findingCount
      ...AppFacts_app
      roles {
        ...RolesTable_role
      }
      seatTypes {
        ...SeatTypesTable_seatType
      }
      pendingInviteList {
        ...PendingInvitesTable_invite
      }
      integrations {
        ...IntegrationsTable_integration
      }
      caveats {
        ...CaveatsList_caveat
      }
      findings {
        ...FindingsTable_finding
      }
    }
    toClassify: rolesAndSeats(appId: $id) {
      ...ToClassifyCallout_vocabulary
    }
  }
`);
