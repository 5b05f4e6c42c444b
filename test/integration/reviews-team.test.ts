import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../server/graph/connect.js';
import { apiClient } from '../support/api.js';
import { freshGraph } from '../support/graph.js';
import { clientFor, ITEM_FIELDS, itemsByEmail, launchedCampaign, type Gql, type ReviewItemView } from '../support/review-api.js';
import { ADA, GRACE, loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

interface TeamData {
  myTeam: {
    members: { displayName: string; depth: number; accounts: { email: string; appName: string; roles: { name: string }[]; recommendation: string; recommendationReason: string; reviewItems: { id: string }[] }[] }[];
    campaigns: { campaign: { id: string }; assigned: number; undecided: number; attestable: number; attestableWithJustification: number; flaggedUndecided: number }[];
  };
}
interface AttestData {
  attestTeam: { attested: ReviewItemView[]; secondStageItems: ReviewItemView[]; flaggedRemaining: number; privilegedRemaining: number };
}

const TEAM = `{ myTeam { members { displayName depth accounts { email appName roles { name } recommendation recommendationReason reviewItems { id } } }
  campaigns { campaign { id } assigned undecided attestable attestableWithJustification flaggedUndecided } } }`;
const ATTEST = `mutation($id: ID!, $why: String) { attestTeam(campaignId: $id, justification: $why) {
  attested { ${ITEM_FIELDS} } secondStageItems { ${ITEM_FIELDS} } flaggedRemaining privilegedRemaining } }`;

describe('manager attestation: My team', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let admin: Gql;
  let grace: Gql;
  let ada: Gql;
  let campaignId: string;

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
    admin = await apiClient(connection.graph);
    grace = await clientFor(connection.graph, GRACE);
    ada = await clientFor(connection.graph, ADA);
    campaignId = await launchedCampaign(admin, { secondStage: true });
  });
  afterAll(async () => {
    await connection.close();
    org.cleanUp();
  });

  it('a manager sees direct and indirect reports, their accounts and roles with recommendations, and what they can attest', async () => {
    const team = await ada<TeamData>(TEAM);
    expect(team.errors).toBeNull();
    expect(team.data?.myTeam.members.map((m) => [m.displayName, m.depth])).toEqual([
      ['Grace Hopper', 1],
      ['Sam Shield', 1],
      ['Tom Gone', 1],
      ['Alan Turing', 2],
      ['Linus Torvalds', 2],
    ]);
    const linus = team.data!.myTeam.members.find((m) => m.displayName === 'Linus Torvalds')!;
    expect(linus.accounts).toEqual([
      { email: 'linus@acme.com', appName: 'Jasper', roles: [{ name: 'Member' }], recommendation: 'REVOKE', recommendationReason: 'revoke: inactive 142 days, $59/month', reviewItems: [] },
    ]);
    const graceMember = team.data!.myTeam.members.find((m) => m.displayName === 'Grace Hopper')!;
    expect(graceMember.accounts[0]?.reviewItems).toHaveLength(1);
    expect(team.data?.myTeam.campaigns).toEqual([
      { campaign: { id: campaignId }, assigned: 2, undecided: 2, attestable: 1, attestableWithJustification: 1, flaggedUndecided: 0 },
    ]);

    const graceTeam = await grace<TeamData>(TEAM);
    expect(graceTeam.data?.myTeam.members.map((m) => m.displayName)).toEqual(['Alan Turing', 'Linus Torvalds']);
  });

  it('attesting keeps every unflagged item in one action; flagged ones wait to be decided one by one', async () => {
    const attested = await grace<AttestData>(ATTEST, { id: campaignId });
    expect(attested.errors).toBeNull();
    expect(attested.data?.attestTeam.attested.map((i) => [i.accountEmail, i.decision, i.decisionSource, i.decidedByName])).toEqual([
      ['alan@acme.com', 'KEEP', 'ATTESTATION', 'Grace'],
    ]);
    expect(attested.data?.attestTeam.flaggedRemaining).toBe(1);
    const items = await itemsByEmail(admin, campaignId);
    expect(items['linus@acme.com']?.decision).toBeNull();
    const audit = await connection.graph.read(`MATCH (e:AuditEvent {targetId: $id}) RETURN e.action AS action`, { id: items['alan@acme.com']!.id });
    expect(audit).toEqual([{ action: 'review.attest' }]);

    const nothingLeft = await grace<AttestData>(ATTEST, { id: campaignId });
    expect(nothingLeft.data?.attestTeam.attested).toEqual([]);
  });

  it('admin roles are attested only with a justification, and then go to the second stage', async () => {
    const without = await ada<AttestData>(ATTEST, { id: campaignId });
    expect(without.data?.attestTeam.attested.map((i) => i.accountEmail)).toEqual(['sam@acme.com']);
    expect(without.data?.attestTeam.privilegedRemaining).toBe(1);

    const withWhy = await ada<AttestData>(ATTEST, { id: campaignId, why: 'Grace runs the Jasper workspace' });
    expect(withWhy.data?.attestTeam.attested.map((i) => [i.accountEmail, i.justification])).toEqual([['grace@acme.com', 'Grace runs the Jasper workspace']]);
    expect(withWhy.data?.attestTeam.secondStageItems.map((i) => [i.accountEmail, i.stage, i.reviewerName])).toEqual([['grace@acme.com', 2, 'Ada Lovelace']]);
  });

  it('finance has no team page; a person without an HR record has no team', async () => {
    const finance = await clientFor(connection.graph, { ...GRACE, role: 'finance' });
    expect((await finance(TEAM)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noPerson = await clientFor(connection.graph, { ...GRACE, personId: null });
    expect((await noPerson(TEAM)).errors?.[0]?.message).toMatch(/is not linked to a person in HR/);
  });
});
