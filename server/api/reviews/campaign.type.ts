import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PersonRef } from '../shared/refs.js';
import { CampaignScope, CampaignStatus, CloseDefault } from './review.enums.js';

@ObjectType({ description: 'A sign-in user who owns a campaign without being in HR' })
export class CampaignOwnerUser {
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType({ description: 'An access-review campaign' })
export class Campaign {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'e.g. 2026-Q4' }) period!: string;
  @Field(() => CampaignScope) scope!: CampaignScope;
  @Field(() => [ID], { description: 'The apps reviewed, for scope APPS (else empty)' }) scopeAppIds!: string[];
  @Field(() => String, { description: 'ISO date-time; undecided items escalate after it' }) dueAt!: string;
  @Field(() => Boolean, { description: 'Admin roles kept in stage 1 are re-reviewed by the app owner' }) secondStage!: boolean;
  @Field(() => Int, { description: 'Days after a decision by which a revoke or role change must show in an import' })
  remediationDays!: number;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => PersonRef, { nullable: true, description: 'The campaign owner: reviews orphaned accounts' }) owner!: PersonRef | null;
  @Field(() => CampaignOwnerUser, {
    nullable: true,
    description: 'The owner when it is an admin who signs in but is not in HR (owner is then null): orphaned accounts go unassigned',
  })
  ownerUser!: CampaignOwnerUser | null;
  @Field(() => String) createdAt!: string;
  @Field(() => String) createdByName!: string;
  @Field(() => String, { nullable: true }) launchedAt!: string | null;
  @Field(() => String, { nullable: true }) launchedByName!: string | null;
  @Field(() => String, { nullable: true }) closedAt!: string | null;
  @Field(() => String, { nullable: true }) closedByName!: string | null;
  @Field(() => CloseDefault, { nullable: true, description: 'What closing did to undecided items' }) closeDefault!: CloseDefault | null;
  @Field(() => Int, { nullable: true, description: 'Accounts snapshotted at launch (stage-1 items)' }) populationCount!: number | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the canonical JSON of the launch snapshots, sorted by account id' })
  populationSha256!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'The campaign a review item belongs to' })
export class CampaignRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) period!: string;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => String) dueAt!: string;
}

@ObjectType()
export class DecisionCount {
  @Field(() => String, { description: 'keep, revoke or modify' }) decision!: string;
  @Field(() => String, { description: 'reviewer, bulk, attestation or close_default' }) source!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'How far a campaign has got' })
export class CampaignProgress {
  @Field(() => Int, { description: 'Items of both stages' }) total!: number;
  @Field(() => Int) decided!: number;
  @Field(() => Int, { description: 'Undecided past the due date' }) overdue!: number;
  @Field(() => Int) secondStage!: number;
  @Field(() => Int, {
    description: 'Undecided items nobody is assigned to (every reviewer rule named the owner); an admin must reassign them',
  })
  unassigned!: number;
  @Field(() => Int) remediationOpen!: number;
  @Field(() => Int) remediationVerified!: number;
  @Field(() => Int) remediationFailed!: number;
  @Field(() => [DecisionCount]) byDecision!: DecisionCount[];
}

@ObjectType()
export class ReviewerProgress {
  @Field(() => ID, { nullable: true, description: 'Null for unassigned items' }) personId!: string | null;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => Int) total!: number;
  @Field(() => Int) decided!: number;
  @Field(() => Int) overdue!: number;
}

@ObjectType()
export class AppProgress {
  @Field(() => ID) appId!: string;
  @Field(() => String) appName!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) decided!: number;
  @Field(() => Int) kept!: number;
  @Field(() => Int) revoked!: number;
  @Field(() => Int) modified!: number;
  @Field(() => Float, { description: 'Seat cost per month of the stage-1 accounts revoked' }) monthlyCostRevoked!: number;
}

@ObjectType()
export class BurndownDay {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC)' }) date!: string;
  @Field(() => Int, { description: 'Items undecided at the end of the day' }) remaining!: number;
  @Field(() => Int, { description: 'Items decided by the end of the day' }) decided!: number;
}

@ObjectType({ description: 'A reviewer with undecided items past the due date' })
export class OverdueReviewer {
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => Int) overdueItems!: number;
  @Field(() => Int, { description: 'Of those, items already escalated to this reviewer' }) escalatedItems!: number;
  @Field(() => String, { description: 'The earliest due date among them' }) oldestDueAt!: string;
  @Field(() => [ID]) campaignIds!: string[];
}

@ObjectType({ description: 'What launching a draft would do if it ran now' })
export class LaunchPreview {
  @Field(() => Int, { description: 'Accounts in scope: the review items the launch would create' }) items!: number;
  @Field(() => Int, { description: 'Different reviewers the reviewer rule would assign them to' }) reviewers!: number;
  @Field(() => Int, { description: 'Items the rule would give nobody: an admin must reassign them' }) unassigned!: number;
}
