import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PersonStatus } from '../shared/enums.js';
import { PageInfo } from '../shared/refs.js';
import { CampaignRef } from './campaign.type.js';
import { AccessReviewItem, FindingBrief, HeldRole } from './review-item.type.js';
import { Recommendation } from './review.enums.js';

@ObjectType({ description: "A report's live account as it is now, with what its findings recommend" })
export class TeamAccount {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String) status!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { nullable: true }) lastActiveAt!: string | null;
  @Field(() => ID) appId!: string;
  @Field(() => String) appName!: string;
  @Field(() => [HeldRole]) roles!: HeldRole[];
  @Field(() => [FindingBrief]) findings!: FindingBrief[];
  @Field(() => Recommendation) recommendation!: Recommendation;
  @Field(() => String) recommendationReason!: string;
  @Field(() => [AccessReviewItem], { description: 'Review items about this account assigned to you in active campaigns' })
  reviewItems!: AccessReviewItem[];
}

@ObjectType({ description: 'Someone who reports to you, directly (depth 1) or not' })
export class TeamMember {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) email!: string;
  @Field(() => PersonStatus) status!: PersonStatus;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) department!: string | null;
  @Field(() => Int) depth!: number;
  @Field(() => ID, { nullable: true, description: 'Who they report to directly' }) managerId!: string | null;
  @Field(() => [TeamAccount]) accounts!: TeamAccount[];
}

@ObjectType({ description: "Your review items about your team's access in one active campaign" })
export class TeamCampaign {
  @Field(() => CampaignRef) campaign!: CampaignRef;
  @Field(() => Int) assigned!: number;
  @Field(() => Int) undecided!: number;
  @Field(() => Int, { description: 'Undecided, unflagged, no admin role: attestTeam keeps them without a justification' })
  attestable!: number;
  @Field(() => Int, { description: 'Undecided, unflagged admin roles: attestTeam keeps them only with a justification' })
  attestableWithJustification!: number;
  @Field(() => Int, { description: 'Undecided flagged items: decide them one by one (decideItems)' }) flaggedUndecided!: number;
}

@ObjectType({ description: 'A page of your reports, by depth then name' })
export class TeamMemberConnection {
  @Field(() => [TeamMember]) nodes!: TeamMember[];
  @Field(() => Int, { description: 'Reports matching the filter' }) totalCount!: number;
  @Field(() => Int, { description: 'Live accounts of the reports matching the filter (with flaggedOnly, the flagged ones)' })
  accountCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

/** `people` and `campaigns` are resolved from the person by TeamResolver. */
@ObjectType({ description: "The signed-in manager's team and their access" })
export class MyTeam {
  @Field(() => ID) personId!: string;
}

@ObjectType()
export class AttestationResult {
  @Field(() => [AccessReviewItem], { description: 'The items kept by this attestation' }) attested!: AccessReviewItem[];
  @Field(() => [AccessReviewItem], { description: 'Stage-2 items created for admin roles kept' }) secondStageItems!: AccessReviewItem[];
  @Field(() => Int, { description: 'Flagged items still waiting for you in this campaign' }) flaggedRemaining!: number;
  @Field(() => Int, { description: 'Unflagged admin roles left undecided because no justification was given' })
  privilegedRemaining!: number;
}
