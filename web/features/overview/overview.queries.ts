import { graphql } from '../../graphql/index.js';

export const OVERVIEW_PAGE_QUERY = graphql(`
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
      wasteByCause {
        ...WasteByCause_share
      }
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
      leaverSla {
        ...LeaverSlaCard_sla
      }
    }
  }
`);
