import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FindingType } from '../../shared/schema.js';

export interface KpiTrendQuery {
  kpiTrend: {
    __typename: 'KpiSnapshot';
    id: string;
    takenAt: string;
    syncKind: string | null;
    monthlyWaste: number;
    findingCounts: { __typename: 'SnapshotFindingCount'; type: FindingType; count: number }[];
  }[];
}

export interface KpiTrendVariables {
  last: number;
}

export const KPI_TREND_POINTS = 30;

export const KPI_TREND_QUERY: TypedDocumentNode<KpiTrendQuery, KpiTrendVariables> = gql`
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
`;

export interface ActivityHistogramQuery {
  activityHistogram: { __typename: 'ActivityBucket'; range: string; minDays: number | null; accounts: number }[];
}

export const ACTIVITY_HISTOGRAM_QUERY: TypedDocumentNode<ActivityHistogramQuery, Record<string, never>> = gql`
  query ActivityHistogram {
    activityHistogram {
      range
      minDays
      accounts
    }
  }
`;
