import { attestTeam } from '../../reviews/attest.js';
import { readItems } from '../../reviews/item-read.js';
import { readTeamCampaigns, type TeamCampaignTally } from '../../reviews/team-campaigns.js';
import { readTeamPage, type TeamAccount as TeamAccountRecord, type TeamMember as TeamMemberRecord } from '../../reviews/team.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import type { PersonStatus } from '../shared/enums.js';
import { actingOf, requirePerson } from './review-access.js';
import { asApiErrors } from './review-errors.js';
import type { AccessReviewItem } from './review-item.type.js';
import { toItem } from './review.mapper.js';
import type { CampaignStatus, Recommendation } from './review.enums.js';
import type { TeamPeopleArgs } from './team.args.js';
import type { AttestationResult, MyTeam, TeamAccount, TeamCampaign, TeamMember, TeamMemberConnection } from './team.type.js';

/** A manager's "My team": their reports' access with recommendations, a page of people at a time, and attesting it in one action. */
export class TeamService {
  constructor(private readonly ctx: ApiContext) {}

  myTeam(): MyTeam {
    return { personId: requirePerson(this.ctx.viewer) };
  }

  async campaigns(team: MyTeam): Promise<TeamCampaign[]> {
    return (await readTeamCampaigns(this.ctx.graph, team.personId)).map(toTeamCampaign);
  }

  async people(team: MyTeam, args: TeamPeopleArgs): Promise<TeamMemberConnection> {
    const skip = decodeCursor(args.after);
    const page = await readTeamPage(
      this.ctx.graph,
      team.personId,
      { search: args.search ?? null, flaggedOnly: args.flaggedOnly },
      { skip, limit: args.first },
    );
    const end = skip + page.members.length;
    const hasNextPage = page.members.length > 0 && end < page.total;
    return {
      nodes: page.members.map((member) => this.member(member)),
      totalCount: page.total,
      accountCount: page.accountCount,
      pageInfo: { endCursor: hasNextPage ? encodeCursor(end) : null, hasNextPage },
    };
  }

  attest(campaignId: string, justification: string | null): Promise<AttestationResult> {
    const acting = actingOf(this.ctx.viewer);
    return asApiErrors(async () => {
      const outcome = await attestTeam(this.ctx.graph, campaignId, justification, acting, this.ctx.now);
      const left = (await readTeamCampaigns(this.ctx.graph, requirePerson(this.ctx.viewer))).find((c) => c.campaign.id === campaignId);
      return {
        attested: await this.read(outcome.itemIds),
        secondStageItems: await this.read(outcome.secondStageItemIds),
        flaggedRemaining: left?.flaggedUndecided ?? 0,
        privilegedRemaining: left?.attestableWithJustification ?? 0,
      };
    });
  }

  private member(member: TeamMemberRecord): TeamMember {
    return {
      ...member.person,
      status: member.person.status as PersonStatus,
      title: member.person.title ?? null,
      department: member.person.department ?? null,
      depth: member.depth,
      managerId: member.managerId,
      accounts: member.accounts.map((account) => this.account(account)),
    };
  }

  private account(account: TeamAccountRecord): TeamAccount {
    return {
      id: account.id,
      email: account.email,
      username: account.username,
      status: account.status,
      kind: account.kind,
      lastActiveAt: account.lastActiveAt,
      appId: account.app.id,
      appName: account.app.name,
      roles: account.roles,
      findings: account.findings.map((f) => ({
        type: f.type,
        severity: f.severity,
        reason: f.reason,
        monthlyCost: Number(f.monthlyCost ?? 0),
      })),
      recommendation: account.advice.recommendation as Recommendation,
      recommendationReason: account.advice.reason,
      reviewItems: account.items.map((item) => toItem(item, this.ctx.viewer, this.ctx.now)),
    };
  }

  private async read(ids: readonly string[]): Promise<AccessReviewItem[]> {
    return (await readItems(this.ctx.graph, ids, null)).map((item) => toItem(item, this.ctx.viewer, this.ctx.now));
  }
}

function toTeamCampaign(tally: TeamCampaignTally): TeamCampaign {
  return { ...tally, campaign: { ...tally.campaign, status: tally.campaign.status as CampaignStatus } };
}
