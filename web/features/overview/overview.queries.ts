import { gql, type TypedDocumentNode } from '@apollo/client';
import { FINDING_KPI_CARD_TOTAL, type FindingKpiCard_total } from './FindingKpiCard.js';
import { SEAT_USAGE_CHART_APP, type SeatUsageChart_app } from './SeatUsageChart.js';
import {
  STALE_SOURCES_BANNER_SOURCE,
  type StaleSourcesBanner_source,
} from './StaleSourcesBanner.js';
import { WASTE_CHART_APP, type WasteChart_app } from './WasteChart.js';

export interface OverviewPageQuery {
  overview: {
    __typename: 'Overview';
    asOf: string;
    currency: string;
    people: number;
    activePeople: number;
    apps: number;
    accounts: number;
    seatsPaid: number;
    seatsUsed: number;
    monthlySpend: number;
    monthlyWaste: number;
    yearlyWaste: number;
    findingCounts: FindingKpiCard_total[];
    perApp: (SeatUsageChart_app & WasteChart_app)[];
    /** Sources not synced successfully for more than 7 days. */
    staleSources: StaleSourcesBanner_source[];
  };
}

export type OverviewPageVariables = Record<string, never>;

export const OVERVIEW_PAGE_QUERY: TypedDocumentNode<OverviewPageQuery, OverviewPageVariables> = gql`
  query OverviewPage {
    overview {
      asOf
      currency
      people
      activePeople
      apps
      accounts
      seatsPaid
      seatsUsed
      monthlySpend
      monthlyWaste
      yearlyWaste
      findingCounts {
        ...FindingKpiCard_total
      }
      perApp {
        appId
        ...SeatUsageChart_app
        ...WasteChart_app
      }
      staleSources {
        ...StaleSourcesBanner_source
      }
    }
  }
  ${FINDING_KPI_CARD_TOTAL}
  ${SEAT_USAGE_CHART_APP}
  ${WASTE_CHART_APP}
  ${STALE_SOURCES_BANNER_SOURCE}
`;
