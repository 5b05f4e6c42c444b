import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../shared/refs.js';
import { CampaignRef } from './campaign.type.js';
import { DecisionSource, Recommendation, RemediationStatus, ReviewDecision, ReviewerReason } from './review.enums.js';

@ObjectType({ description: 'A role as the account held it' })
export class HeldRole {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'owner, admin, standard or viewer' }) privilege!: string;
}

@ObjectType({ description: 'A finding on the account, in short' })
export class FindingBrief {
  @Field(() => String, { description: 'The finding type, lower snake case' }) type!: string;
  @Field(() => String) severity!: string;
  @Field(() => String) reason!: string;
  @Field(() => Float) monthlyCost!: number;
}

@ObjectType({ description: 'What was true of the account when the campaign launched; later imports do not change it' })
export class AccountSnapshot {
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String) status!: string;
  @Field(() => String, { description: 'human, service or shared' }) kind!: string;
  @Field(() => [HeldRole]) roles!: HeldRole[];
  @Field(() => String, { nullable: true }) seatType!: string | null;
  @Field(() => Float) monthlyCost!: number;
  @Field(() => String) currency!: string;
  @Field(() => String, { nullable: true }) lastActiveAt!: string | null;
  @Field(() => String, { nullable: true }) ownerEmail!: string | null;
  @Field(() => String, { nullable: true }) ownerStatus!: string | null;
  @Field(() => [FindingBrief]) findings!: FindingBrief[];
}

@ObjectType({ description: 'A decision the reviewer changed before the campaign closed; kept for the evidence' })
export class EarlierReviewDecision {
  @Field(() => ReviewDecision) decision!: ReviewDecision;
  @Field(() => String, { nullable: true }) newRole!: string | null;
  @Field(() => String, { nullable: true }) justification!: string | null;
  @Field(() => String, { nullable: true }) decidedAt!: string | null;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => DecisionSource, { nullable: true }) decisionSource!: DecisionSource | null;
  @Field(() => String, { description: 'When the next decision replaced it' }) replacedAt!: string;
  @Field(() => String) replacedByName!: string;
}

@ObjectType({ description: 'One account to review in a campaign (stage 1), or an admin role to re-review (stage 2)' })
export class AccessReviewItem {
  @Field(() => ID) id!: string;
  @Field(() => CampaignRef) campaign!: CampaignRef;
  @Field(() => Int) stage!: number;
  @Field(() => ID, { nullable: true, description: 'The stage-1 item a stage-2 item re-reviews' }) parentItemId!: string | null;
  @Field(() => ID) accountId!: string;
  @Field(() => String, { nullable: true, description: 'Email (or user name) of the account' }) accountEmail!: string | null;
  @Field(() => ID) appId!: string;
  @Field(() => String) appName!: string;
  @Field(() => ID, { nullable: true }) ownerPersonId!: string | null;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field(() => Boolean, { description: 'Held an owner or admin role at launch' }) privileged!: boolean;
  @Field(() => Boolean, { description: 'Had findings at launch' }) flagged!: boolean;
  @Field(() => Float, { description: 'Seat cost per month at launch' }) monthlyCost!: number;
  @Field(() => Recommendation) recommendation!: Recommendation;
  @Field(() => String, { description: 'e.g. "revoke: inactive 143 days, $59/month"' }) recommendationReason!: string;
  @Field(() => ID, { nullable: true, description: 'Null when every reviewer rule named the owner: an admin must reassign it' })
  reviewerPersonId!: string | null;
  @Field(() => String, { nullable: true }) reviewerName!: string | null;
  @Field(() => ReviewerReason, { nullable: true }) reviewerReason!: ReviewerReason | null;
  @Field(() => ID, { nullable: true, description: 'The first reviewer, once the item was reassigned, delegated or escalated' })
  originalReviewerPersonId!: string | null;
  @Field(() => String, { nullable: true }) escalatedAt!: string | null;
  @Field(() => ReviewDecision, { nullable: true }) decision!: ReviewDecision | null;
  @Field(() => String, { nullable: true, description: 'The role to change to, for MODIFY' }) newRole!: string | null;
  @Field(() => String, { nullable: true }) justification!: string | null;
  @Field(() => String, { nullable: true }) decidedAt!: string | null;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The reviewer an admin decided for, when an admin decided an item assigned to someone else',
  })
  decidedOnBehalfOf!: string | null;
  @Field(() => DecisionSource, { nullable: true }) decisionSource!: DecisionSource | null;
  @Field(() => RemediationStatus, { nullable: true }) remediationStatus!: RemediationStatus | null;
  @Field(() => String, { nullable: true }) remediationDueAt!: string | null;
  @Field(() => String, { nullable: true }) remediationCheckedAt!: string | null;
  @Field(() => String, { nullable: true }) remediationDetail!: string | null;
  @Field(() => Int, { description: 'Send as expectedVersion when deciding or reassigning: a change in between is refused with CONFLICT' })
  version!: number;
  @Field(() => AccountSnapshot) snapshot!: AccountSnapshot;
  @Field(() => Boolean, { description: 'Undecided in an active campaign past its due date' }) overdue!: boolean;
  @Field(() => Boolean, { description: 'Keeping it needs a justification (it is flagged or holds an admin role)' })
  keepNeedsJustification!: boolean;
  @Field(() => Boolean, {
    description:
      'The viewer may decide it now, or change its decision: the campaign is active, it is assigned to them (or they are an admin), not their own access, and no stage-2 review or import check followed its decision',
  })
  viewerCanDecide!: boolean;
  @Field(() => [EarlierReviewDecision], { description: 'Decisions replaced by a later one before the close, oldest first' })
  earlierDecisions!: EarlierReviewDecision[];
}

@ObjectType()
export class ReviewItemConnection {
  @Field(() => [AccessReviewItem]) nodes!: AccessReviewItem[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'What a decision changed' })
export class DecisionResult {
  @Field(() => [AccessReviewItem], { description: 'The decided items, as they are now' }) items!: AccessReviewItem[];
  @Field(() => [AccessReviewItem], { description: 'Stage-2 items created for admin roles kept in a two-stage campaign' })
  secondStageItems!: AccessReviewItem[];
}

@ObjectType()
export class DelegationResult {
  @Field(() => [AccessReviewItem]) moved!: AccessReviewItem[];
  @Field(() => Int, { description: "Items left with you because they are the delegate's own access" }) keptCount!: number;
}

@ObjectType()
export class EscalationResult {
  @Field(() => Int) escalated!: number;
  @Field(() => Int, { description: 'Overdue items that could not move: the reviewer has no manager, or the manager owns the account' })
  stuck!: number;
}
