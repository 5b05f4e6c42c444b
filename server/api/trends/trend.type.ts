import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FindingType } from '../shared/enums.js';

@ObjectType({ description: 'How many findings of one type a snapshot counted, and their monthly cost' })
export class SnapshotFindingCount {
  @Field(() => FindingType) type!: FindingType;
  @Field(() => Int) count!: number;
  @Field(() => Float) monthlyCost!: number;
}

@ObjectType({ description: 'The headline figures after one sync, for trend charts' })
export class KpiSnapshot {
  @Field(() => ID) id!: string;
  @Field(() => String) takenAt!: string;
  @Field(() => ID, { nullable: true, description: 'The import that led to it' }) syncRunId!: string | null;
  @Field(() => String, { nullable: true, description: 'Kind of that import' }) syncKind!: string | null;
  @Field(() => Int) people!: number;
  @Field(() => Int) accounts!: number;
  @Field(() => Int) seatsPaid!: number;
  @Field(() => Int) seatsUsed!: number;
  @Field(() => Float) monthlySpend!: number;
  @Field(() => Float) monthlyWaste!: number;
  @Field(() => [SnapshotFindingCount]) findingCounts!: SnapshotFindingCount[];
}

@ObjectType({ description: 'The headline figures at the end of one day: the last snapshot taken that day' })
export class DailyKpi {
  @Field(() => String, { description: 'The day, YYYY-MM-DD (UTC)' }) day!: string;
  @Field(() => Int, { description: 'Day of its quarter, 1 for the first day, so two quarters line up' }) dayOfQuarter!: number;
  @Field(() => KpiSnapshot) snapshot!: KpiSnapshot;
}

@ObjectType({ description: 'One calendar quarter, with a point for each day that had a sync' })
export class QuarterTrend {
  @Field(() => String, { description: 'e.g. "Q4 2026"' }) label!: string;
  @Field(() => String, { description: 'First day, YYYY-MM-DD' }) start!: string;
  @Field(() => String, { description: 'Last day, YYYY-MM-DD' }) end!: string;
  @Field(() => Int) dayCount!: number;
  @Field(() => [DailyKpi], { description: 'Days with a snapshot, oldest first' }) days!: DailyKpi[];
}

@ObjectType({ description: 'This quarter (to date) against the last, one point per day' })
export class QuarterComparison {
  @Field(() => QuarterTrend) thisQuarter!: QuarterTrend;
  @Field(() => QuarterTrend) lastQuarter!: QuarterTrend;
}

@ObjectType({ description: 'Active accounts whose last activity falls in a range of days' })
export class ActivityBucket {
  @Field(() => String, { description: '0-7, 8-30, 31-60, 61-90, 91-180, 181-365, 366+ or never' }) range!: string;
  @Field(() => Int, { nullable: true, description: 'Fewest days since activity in the range; null for never used' }) minDays!:
    number | null;
  @Field(() => Int) accounts!: number;
}
