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

/** The next page of a role's holders, after the one the app page (or the last "Show more") read. */
export const ROLE_HOLDERS_QUERY = graphql(`
  query RoleHolders($roleId: ID!, $after: String) {
    roleHolders(roleId: $roleId, after: $after) {
      ...RolesTable_holderPage
    }
  }
`);
