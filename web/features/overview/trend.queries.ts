import { graphql } from '../../graphql/index.js';

export const KPI_TREND_POINTS = 30;

export const KPI_TREND_QUERY = graphql(`
  query KpiTrend($last: Int!) {
    kpiTrend(last: $last) {
      id
      takenAt
      syncKind
      monthlyWaste
      findingCounts {
        type
        count
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
