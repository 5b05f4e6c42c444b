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

@ObjectType({ description: 'Active accounts whose last activity falls in a range of days' })
export class ActivityBucket {
  @Field(() => String, { description: '0-7, 8-30, 31-60, 61-90, 91-180, 181-365, 366+ or never' }) range!: string;
  @Field(() => Int, { nullable: true, description: 'Fewest days since activity in the range; null for never used' }) minDays!:
    number | null;
  @Field(() => Int) accounts!: number;
}
