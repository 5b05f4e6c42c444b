import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { REVIEWERS } from './review-access.js';
import { TeamService } from './team.service.js';
import { AttestationResult, MyTeam } from './team.type.js';

@Resolver()
export class TeamResolver {
  @Authorized(REVIEWERS)
  @Query(() => MyTeam, { description: "Your direct and indirect reports, each one's live accounts and roles with a recommendation, and your review items on them" })
  myTeam(@Ctx() ctx: ApiContext): Promise<MyTeam> {
    return new TeamService(ctx).myTeam();
  }

  @Authorized(REVIEWERS)
  @Mutation(() => AttestationResult, {
    description: "Keep every undecided, unflagged item assigned to you in the campaign about your team's access, in one action. Admin roles are included only with a justification; flagged items are decided one by one (decideItems)",
  })
  attestTeam(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('justification', () => String, { nullable: true }) justification: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<AttestationResult> {
    return new TeamService(ctx).attest(campaignId, justification ?? null);
  }
}
