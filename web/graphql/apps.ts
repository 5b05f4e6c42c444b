import { gql, type TypedDocumentNode } from '@apollo/client';
import { APPS_TABLE_APP, type AppsTable_app } from '../components/AppsTable.js';

export interface AppsPageQuery {
  apps: AppsTable_app[];
  /** `App` carries no currency of its own; the organization's reporting currency is on the overview. */
  overview: { __typename: 'Overview'; currency: string };
}

export type AppsPageVariables = Record<string, never>;

export const APPS_PAGE_QUERY: TypedDocumentNode<AppsPageQuery, AppsPageVariables> = gql`
  query AppsPage {
    apps {
      ...AppsTable_app
    }
    overview {
      currency
    }
  }
  ${APPS_TABLE_APP}
`;
