import { gql, type TypedDocumentNode } from '@apollo/client';
import { APP_FACTS_APP, type AppFacts_app } from './AppFacts.js';
import { CAVEATS_LIST_CAVEAT, type CaveatsList_caveat } from './CaveatsList.js';
import { FINDINGS_TABLE_FINDING, type FindingsTable_finding } from '../findings/FindingsTable.js';
import {
  INTEGRATIONS_TABLE_INTEGRATION,
  type IntegrationsTable_integration,
} from './IntegrationsTable.js';
import { PENDING_INVITES_TABLE_INVITE, type PendingInvitesTable_invite } from './PendingInvitesTable.js';
import { ROLES_TABLE_ROLE, type RolesTable_role } from './RolesTable.js';
import { SEAT_TYPES_TABLE_SEAT_TYPE, type SeatTypesTable_seatType } from './SeatTypesTable.js';

export interface AppPageQuery {
  app: AppFacts_app & {
    name: string;
    findingCount: number;
    roles: RolesTable_role[];
    seatTypes: SeatTypesTable_seatType[];
    pendingInviteList: PendingInvitesTable_invite[];
    integrations: IntegrationsTable_integration[];
    caveats: CaveatsList_caveat[];
    findings: FindingsTable_finding[];
  };
}

export interface AppPageVariables {
  id: string;
}

export const APP_PAGE_QUERY: TypedDocumentNode<AppPageQuery, AppPageVariables> = gql`
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
  }
  ${APP_FACTS_APP}
  ${ROLES_TABLE_ROLE}
  ${SEAT_TYPES_TABLE_SEAT_TYPE}
  ${PENDING_INVITES_TABLE_INVITE}
  ${INTEGRATIONS_TABLE_INTEGRATION}
  ${CAVEATS_LIST_CAVEAT}
  ${FINDINGS_TABLE_FINDING}
`;
