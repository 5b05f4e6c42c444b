import { attestTeam } from '../../reviews/attest.js';
import { readItems } from '../../reviews/item-read.js';
import { readTeam, type TeamAccount as TeamAccountRecord } from '../../reviews/team.js';
import type { ApiContext } from '../context.js';
import type { PersonStatus } from '../shared/enums.js';
import { actingOf, requirePerson } from './review-access.js';
import { asApiErrors } from './review-errors.js';
import type { AccessReviewItem } from './review-item.type.js';
import { toItem } from './review.mapper.js';
import type { Recommendation } from './review.enums.js';
import type { AttestationResult, MyTeam, TeamAccount, TeamCampaign } from './team.type.js';

/** A manager's "My team": their reports' access with recommendations, and attesting it in one action. */
export class TeamService {
  constructor(private readonly ctx: ApiContext) {}

  async myTeam(): Promise<MyTeam> {
    const personId = requirePerson(this.ctx.viewer);
    const members = await readTeam(this.ctx.graph, personId);
    const campaigns = new Map<string, TeamCampaign>();
    const result = members.map((member) => ({
      ...member.person,
      status: member.person.status as PersonStatus,
      title: member.person.title ?? null,
      department: member.person.department ?? null,
      depth: member.depth,
      managerId: member.managerId,
      accounts: member.accounts.map((account) => this.account(account, campaigns)),
    }));
    return { personId, members: result, campaigns: [...campaigns.values()] };
  }

  attest(campaignId: string, justification: string | null): Promise<AttestationResult> {
    const acting = actingOf(this.ctx.viewer);
    return asApiErrors(async () => {
      const outcome = await attestTeam(this.ctx.graph, campaignId, justification, acting, this.ctx.now);
      const team = await this.myTeam();
      const left = team.campaigns.find((c) => c.campaign.id === campaignId);
      return {
        attested: await this.read(outcome.itemIds),
        secondStageItems: await this.read(outcome.secondStageItemIds),
        flaggedRemaining: left?.flaggedUndecided ?? 0,
        privilegedRemaining: left?.attestableWithJustification ?? 0,
      };
    });
  }

  private account(account: TeamAccountRecord, campaigns: Map<string, TeamCampaign>): TeamAccount {
    const reviewItems = account.items.map((item) => toItem(item, this.ctx.viewer, this.ctx.now));
    for (const item of reviewItems) {
      const tally = campaigns.get(item.campaign.id) ?? { campaign: item.campaign, assigned: 0, undecided: 0, attestable: 0, attestableWithJustification: 0, flaggedUndecided: 0 };
      tally.assigned += 1;
      if (item.decision === null) {
        tally.undecided += 1;
        if (item.flagged) tally.flaggedUndecided += 1;
        else if (item.privileged) tally.attestableWithJustification += 1;
        else tally.attestable += 1;
      }
      campaigns.set(item.campaign.id, tally);
    }
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
      findings: account.findings.map((f) => ({ type: f.type, severity: f.severity, reason: f.reason, monthlyCost: Number(f.monthlyCost ?? 0) })),
      recommendation: account.advice.recommendation as Recommendation,
      recommendationReason: account.advice.reason,
      reviewItems,
    };
  }

  private async read(ids: readonly string[]): Promise<AccessReviewItem[]> {
    return (await readItems(this.ctx.graph, ids, null)).map((item) => toItem(item, this.ctx.viewer, this.ctx.now));
  }
}
