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
    }
  }
`);

/** The leaver tile's own query: the headline does not wait for it (it is the overview's slowest part at scale). */
export const LEAVER_SLA_CARD_QUERY = graphql(`
  query LeaverSlaCard {
    recentLeaverSla {
      ...LeaverSlaCard_sla
    }
  }
`);
