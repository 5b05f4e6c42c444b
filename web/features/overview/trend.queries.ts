import { graphql } from '../../graphql/index.js';

graphql(`
  fragment KpiTrendChart_quarter on QuarterTrend {
    label
    start
    end
    dayCount
    days {
      day
      dayOfQuarter
      snapshot {
        id
        monthlyWaste
        findingCounts {
          type
          count
        }
      }
    }
  }
`);

/** The overview's trend: this quarter to date against the last, one point per day. */
export const KPI_QUARTERS_QUERY = graphql(`
  query KpiQuarters {
    kpiQuarters {
      thisQuarter {
        ...KpiTrendChart_quarter
      }
      lastQuarter {
        ...KpiTrendChart_quarter
      }
    }
  }
`);

export const ACTIVITY_HISTOGRAM_QUERY = graphql(`
  query ActivityHistogram {
    activityHistogram {
      range
      minDays
      accounts
    }
  }
`);
