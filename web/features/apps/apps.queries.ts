import { gql, type TypedDocumentNode } from '@apollo/client';
import { APPS_TABLE_APP, type AppsTable_app } from './AppsTable.js';

export interface AppsPageQuery {
  apps: AppsTable_app[];
}

export type AppsPageVariables = Record<string, never>;

export const APPS_PAGE_QUERY: TypedDocumentNode<AppsPageQuery, AppsPageVariables> = gql`
  query AppsPage {
    apps {
      ...AppsTable_app
    }
  }
  ${APPS_TABLE_APP}
`;
