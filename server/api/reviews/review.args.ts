import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MAX_REVIEWERS_PAGE } from '../../reviews/progress.js';
import { CampaignScope, CampaignStatus, ReviewDecision, ReviewDecisionFilter } from './review.enums.js';

const MAX_ITEMS = 500;

@InputType({ description: 'A new campaign; it stays a draft until launched' })
export class CreateCampaignInput {
  @Field(() => String) @MaxLength(200) name!: string;
  @Field(() => String, { description: 'e.g. 2026-Q4, 2026-H2, 2026-11 or 2026' }) @MaxLength(20) period!: string;
  @Field(() => CampaignScope) scope!: CampaignScope;
  @Field(() => [String], { nullable: true, description: 'App ids or names, for scope APPS' })
  @IsOptional()
  @ArrayMaxSize(200)
  apps?: string[];
  @Field(() => String, { description: 'ISO date (end of that day, UTC) or date-time' })
  @Matches(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, { message: 'dueAt must be an ISO date (YYYY-MM-DD) or date-time' })
  dueAt!: string;
  @Field(() => String, {
    description:
      'The campaign owner (reviews orphaned accounts): person id, employee id or work email, or the sign-in email of an admin who is not in HR',
  })
  @MaxLength(320)
  owner!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'App owners re-review admin roles kept in stage 1' }) secondStage: boolean =
    false;
  @Field(() => Int, { defaultValue: 14, description: 'Days after a revoke or role change by which an import must show it done' })
  @Min(1)
  @Max(365)
  remediationDays: number = 14;
}

@InputType({ description: 'An item and the version you saw (AccessReviewItem.version)' })
export class ItemVersionInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) @Min(1) expectedVersion!: number;
}

@InputType({ description: 'Decide one item or many (all or nothing)' })
export class DecideItemsInput {
  @Field(() => [ItemVersionInput]) @ArrayMinSize(1) @ArrayMaxSize(MAX_ITEMS) items!: ItemVersionInput[];
  @Field(() => ReviewDecision) decision!: ReviewDecision;
  @Field(() => String, { nullable: true, description: 'Required to keep a flagged item or an admin role, and to modify to an admin role' })
  @IsOptional()
  @MaxLength(2000)
  justification?: string;
  @Field(() => String, { nullable: true, description: 'For MODIFY: a role that exists in the app' })
  @IsOptional()
  @MaxLength(200)
  newRole?: string;
}

@InputType({ description: 'Hand items to another reviewer (all or nothing)' })
export class ReassignItemsInput {
  @Field(() => [ItemVersionInput]) @ArrayMinSize(1) @ArrayMaxSize(MAX_ITEMS) items!: ItemVersionInput[];
  @Field(() => String, { description: 'Person id, employee id or work email of the new reviewer' }) @MaxLength(320) toPersonId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string;
}

@InputType({ description: 'Hand every undecided item assigned to you in a campaign to someone else' })
export class DelegateReviewsInput {
  @Field(() => ID) campaignId!: string;
  @Field(() => String, { description: 'Person id, employee id or work email of the delegate' }) @MaxLength(320) toPersonId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string;
}

@ArgsType()
export class CampaignsArgs {
  @Field(() => CampaignStatus, { nullable: true }) status?: CampaignStatus;
}

@ArgsType()
export class ReviewerProgressArgs {
  @Field(() => Int, { defaultValue: 25, description: `How many reviewers, most left to do first (at most ${MAX_REVIEWERS_PAGE})` })
  @Min(1)
  @Max(MAX_REVIEWERS_PAGE)
  first: number = 25;
}

@ArgsType()
export class CampaignItemsArgs {
  @Field(() => ID, { nullable: true, description: 'Only items assigned to this person' }) reviewerPersonId?: string;
  @Field(() => ID, { nullable: true }) appId?: string;
  @Field(() => ReviewDecisionFilter, { nullable: true }) decision?: ReviewDecisionFilter;
  @Field(() => Boolean, { nullable: true }) flagged?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(2) stage?: number;
  @Field(() => String, { nullable: true, description: 'Part of the account email, owner, app or reviewer name' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) after?: string;
}

@ArgsType()
export class MyReviewsArgs {
  @Field(() => ID, { nullable: true }) campaignId?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: decided only; false: undecided only' }) decided?: boolean;
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) after?: string;
}
