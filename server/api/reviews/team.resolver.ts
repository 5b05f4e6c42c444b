import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { REVIEWERS } from './review-access.js';
import { TeamPeopleArgs } from './team.args.js';
import { TeamService } from './team.service.js';
import { AttestationResult, MyTeam, TeamCampaign, TeamMemberConnection } from './team.type.js';

@Resolver(() => MyTeam)
export class TeamResolver {
  @Authorized(REVIEWERS)
  @Query(() => MyTeam, {
    description:
      "Your direct and indirect reports, each one's live accounts and roles with a recommendation, and your review items on them",
  })
  myTeam(@Ctx() ctx: ApiContext): MyTeam {
    return new TeamService(ctx).myTeam();
  }

  @Authorized(REVIEWERS)
  @FieldResolver(() => [TeamCampaign], {
    description: 'Your review items about your whole team in each active campaign, and what attestTeam would keep',
  })
  campaigns(@Root() team: MyTeam, @Ctx() ctx: ApiContext): Promise<TeamCampaign[]> {
    return new TeamService(ctx).campaigns(team);
  }

  @Authorized(REVIEWERS)
  @FieldResolver(() => TeamMemberConnection, { description: 'Your reports, a page at a time, each with their live accounts' })
  people(@Root() team: MyTeam, @Args(() => TeamPeopleArgs) args: TeamPeopleArgs, @Ctx() ctx: ApiContext): Promise<TeamMemberConnection> {
    return new TeamService(ctx).people(team, args);
  }

  @Authorized(REVIEWERS)
  @Mutation(() => AttestationResult, {
    description:
      "Keep every undecided, unflagged item assigned to you in the campaign about your team's access, in one action. Admin roles are included only with a justification; flagged items are decided one by one (decideItems)",
  })
  attestTeam(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('justification', () => String, { nullable: true }) justification: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<AttestationResult> {
    return new TeamService(ctx).attest(campaignId, justification ?? null);
  }
}
