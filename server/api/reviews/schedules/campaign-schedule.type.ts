import { IsOptional, Matches, Max, MaxLength, Min, ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CampaignScope } from '../review.enums.js';

export enum ScheduleCadence {
  QUARTERLY = 'quarterly',
  MONTHLY = 'monthly',
  EVERY_DAYS = 'everyDays',
}
registerEnumType(ScheduleCadence, {
  name: 'ScheduleCadence',
  description: 'How often a recurring campaign runs: every three months, every month, or every N days from its first run',
});

@ObjectType({ description: 'A recurring access-review campaign: attest serve creates and launches one on each run date' })
export class CampaignSchedule {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "Each campaign's name; {period} (2026-Q4, 2026-11) and {date} (the run date) are filled in" })
  nameTemplate!: string;
  @Field(() => ScheduleCadence) cadence!: ScheduleCadence;
  @Field(() => Int, { nullable: true, description: 'For cadence EVERY_DAYS' }) everyDays!: number | null;
  @Field(() => String, { description: 'YYYY-MM-DD (UTC)' }) firstRunOn!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: the next run date' }) nextRunOn!: string;
  @Field(() => CampaignScope) scope!: CampaignScope;
  @Field(() => [String], { description: 'App ids or names, for scope APPS' }) apps!: string[];
  @Field(() => Boolean) secondStage!: boolean;
  @Field(() => Int, { description: 'Each campaign is due this many days after its launch' }) dueInDays!: number;
  @Field(() => Int) remediationDays!: number;
  @Field(() => String, { description: 'The campaign owner as given (person id, employee id or email)' }) owner!: string;
  @Field(() => String, { nullable: true, description: "The owner's name in HR; null when the owner is not one person there" })
  ownerName!: string | null;
  @Field(() => String) createdAt!: string;
  @Field(() => String) createdByName!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the last run' }) lastRunOn!: string | null;
  @Field(() => String, { nullable: true, description: 'launched, failed, or running' }) lastStatus!: string | null;
  @Field(() => ID, { nullable: true }) lastCampaignId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the last run failed' }) lastError!: string | null;
}

@InputType({ description: 'A campaign saved as a schedule' })
export class AddCampaignScheduleInput {
  @Field(() => String) @MaxLength(200) name!: string;
  @Field(() => String, { defaultValue: '{period} access review', description: '{period} and {date} are filled in' })
  @MaxLength(150)
  nameTemplate: string = '{period} access review';
  @Field(() => ScheduleCadence) cadence!: ScheduleCadence;
  @Field(() => Int, { nullable: true, description: 'For cadence EVERY_DAYS' }) @IsOptional() @Min(1) @Max(366) everyDays?: number | null;
  @Field(() => String, { description: 'YYYY-MM-DD (UTC)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'firstRunOn must be a date (YYYY-MM-DD)' })
  firstRunOn!: string;
  @Field(() => CampaignScope) scope!: CampaignScope;
  @Field(() => [String], { nullable: true, description: 'App ids or names, for scope APPS' })
  @IsOptional()
  @ArrayMaxSize(200)
  apps?: string[];
  @Field(() => Boolean, { defaultValue: false }) secondStage: boolean = false;
  @Field(() => Int) @Min(1) @Max(365) dueInDays!: number;
  @Field(() => Int, { defaultValue: 14 }) @Min(1) @Max(365) remediationDays: number = 14;
  @Field(() => String, { description: 'Person id, employee id or work email of the campaign owner' }) @MaxLength(320) owner!: string;
}
