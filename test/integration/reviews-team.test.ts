import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { refreshFindings } from '../../server/findings/engine.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { appsScope } from '../../server/shared/change-scope.js';
import { apiClient } from '../support/api.js';
import { freshGraph } from '../support/graph.js';
import { clientFor, ITEM_FIELDS, itemsByEmail, launchedCampaign, type Gql, type ReviewItemView } from '../support/review-api.js';
import { ADA, GRACE, JASPER, loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

interface TeamMemberView {
  displayName: string;
  depth: number;
  accounts: {
    email: string;
    appName: string;
    roles: { name: string }[];
    findings: { type: string }[];
    recommendation: string;
    recommendationReason: string;
    reviewItems: { id: string }[];
  }[];
}
interface TeamCampaignView {
  campaign: { id: string };
  assigned: number;
  undecided: number;
  attestable: number;
  attestableWithJustification: number;
  flaggedUndecided: number;
}
interface TeamData {
  myTeam: {
    people: {
      totalCount: number;
      accountCount: number;
      nodes: TeamMemberView[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
    campaigns: TeamCampaignView[];
  };
}
interface AttestData {
  attestTeam: { attested: ReviewItemView[]; secondStageItems: ReviewItemView[]; flaggedRemaining: number; privilegedRemaining: number };
}

const TEAM = `query($first: Int, $after: String, $search: String, $flaggedOnly: Boolean) { myTeam {
  people(first: $first, after: $after, search: $search, flaggedOnly: $flaggedOnly) {
    totalCount accountCount pageInfo { endCursor hasNextPage }
    nodes { displayName depth accounts { email appName roles { name } findings { type } recommendation recommendationReason reviewItems { id } } } }
  campaigns { campaign { id } assigned undecided attestable attestableWithJustification flaggedUndecided } } }`;
const ATTEST = `mutation($id: ID!, $why: String) { attestTeam(campaignId: $id, justification: $why) {
  attested { ${ITEM_FIELDS} } secondStageItems { ${ITEM_FIELDS} } flaggedRemaining privilegedRemaining } }`;

/** Every page of the viewer's team for the filter, following endCursor, as [name, depth] per page. */
async function allPages(client: Gql, first: number, filter: Record<string, unknown> = {}): Promise<[string, number][][]> {
  const pages: [string, number][][] = [];
  let after: string | null = null;
  do {
    const result: Awaited<ReturnType<typeof client<TeamData>>> = await client<TeamData>(TEAM, { first, after, ...filter });
    expect(result.errors).toBeNull();
    const people = result.data!.myTeam.people;
    expect(people.nodes.length).toBeLessThanOrEqual(first);
    pages.push(people.nodes.map((m) => [m.displayName, m.depth]));
    after = people.pageInfo.endCursor;
    expect(people.pageInfo.hasNextPage).toBe(after !== null);
  } while (after !== null && pages.length < 20);
  return pages;
}

const names = (data: TeamData | null | undefined) => data?.myTeam.people.nodes.map((m) => m.displayName);

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
    expect(team.data?.myTeam.people.nodes.map((m) => [m.displayName, m.depth])).toEqual([
      ['Grace Hopper', 1],
      ['Sam Shield', 1],
      ['Tom Gone', 1],
      ['Alan Turing', 2],
      ['Linus Torvalds', 2],
    ]);
    expect(team.data?.myTeam.people).toMatchObject({ totalCount: 5, accountCount: 5, pageInfo: { endCursor: null, hasNextPage: false } });
    const linus = team.data!.myTeam.people.nodes.find((m) => m.displayName === 'Linus Torvalds')!;
    expect(linus.accounts).toEqual([
      {
        email: 'linus@acme.com',
        appName: 'Jasper',
        roles: [{ name: 'Member' }],
        findings: [{ type: 'inactive_user' }],
        recommendation: 'REVOKE',
        recommendationReason: 'revoke: inactive 142 days, $59/month',
        reviewItems: [],
      },
    ]);
    const graceMember = team.data!.myTeam.people.nodes.find((m) => m.displayName === 'Grace Hopper')!;
    expect(graceMember.accounts[0]?.reviewItems).toHaveLength(1);
    expect(team.data?.myTeam.campaigns).toEqual([
      { campaign: { id: campaignId }, assigned: 2, undecided: 2, attestable: 1, attestableWithJustification: 1, flaggedUndecided: 0 },
    ]);

    const graceTeam = await grace<TeamData>(TEAM);
    expect(names(graceTeam.data)).toEqual(['Alan Turing', 'Linus Torvalds']);
    expect(graceTeam.data?.myTeam.campaigns).toEqual([
      { campaign: { id: campaignId }, assigned: 2, undecided: 2, attestable: 1, attestableWithJustification: 0, flaggedUndecided: 1 },
    ]);
  });

  it('pages the people by depth then name, every report exactly once, while the attestation counts stay for the whole team', async () => {
    const pages = await allPages(ada, 2);
    expect(pages).toEqual([
      [
        ['Grace Hopper', 1],
        ['Sam Shield', 1],
      ],
      [
        ['Tom Gone', 1],
        ['Alan Turing', 2],
      ],
      [['Linus Torvalds', 2]],
    ]);

    const firstPage = await ada<TeamData>(TEAM, { first: 1 });
    expect(names(firstPage.data)).toEqual(['Grace Hopper']);
    expect(firstPage.data?.myTeam.people).toMatchObject({ totalCount: 5, accountCount: 5, pageInfo: { hasNextPage: true } });
    expect(firstPage.data?.myTeam.campaigns[0]).toMatchObject({ assigned: 2, attestable: 1, attestableWithJustification: 1 });
  });

  it('searches and filters to flagged accounts on the server, counting only what matches', async () => {
    const byName = await ada<TeamData>(TEAM, { search: '  TURING ' });
    expect(names(byName.data)).toEqual(['Alan Turing']);
    expect(byName.data?.myTeam.people).toMatchObject({ totalCount: 1, accountCount: 1 });
    expect(names((await ada<TeamData>(TEAM, { search: 'security' })).data)).toEqual(['Sam Shield']);
    expect(names((await ada<TeamData>(TEAM, { search: 'sam@acme' })).data)).toEqual(['Sam Shield']);
    expect((await ada<TeamData>(TEAM, { search: 'nobody-by-that-name' })).data?.myTeam.people).toMatchObject({
      totalCount: 0,
      accountCount: 0,
      nodes: [],
    });

    const flagged = await ada<TeamData>(TEAM, { flaggedOnly: true });
    expect(flagged.errors).toBeNull();
    const flaggedPeople = flagged.data!.myTeam.people;
    expect(flaggedPeople.nodes.map((m) => m.displayName)).toEqual(['Tom Gone', 'Linus Torvalds']);
    expect(flaggedPeople.nodes.every((m) => m.accounts.length > 0 && m.accounts.every((a) => a.findings.length > 0))).toBe(true);
    expect(flaggedPeople).toMatchObject({ totalCount: 2, accountCount: 2 });
    expect(await allPages(ada, 1, { flaggedOnly: true })).toEqual([[['Tom Gone', 1]], [['Linus Torvalds', 2]]]);
    expect(names((await ada<TeamData>(TEAM, { flaggedOnly: true, search: 'linus' })).data)).toEqual(['Linus Torvalds']);
  });

  it('team counts cut short between the people and the teams are finished by the next refresh, even one that changes no person', async () => {
    const before = (await ada<TeamData>(TEAM, { first: 1 })).data?.myTeam.people.totalCount;
    expect(before).toBeGreaterThan(0);
    // What a refresh stopped after the people's counts leaves: the marker set and a team sum not yet written.
    await connection.graph.write(`MATCH (m:TeamIndex) SET m.countsPending = true WITH m MATCH (p:Person {id: $id}) SET p.teamPeople = 0`, {
      id: ADA.personId,
    });
    expect((await ada<TeamData>(TEAM, { first: 1 })).data?.myTeam.people.totalCount).toBe(0);
    await refreshFindings(connection.graph, loadCatalog(), org.now, appsScope([]));
    expect((await ada<TeamData>(TEAM, { first: 1 })).data?.myTeam.people.totalCount).toBe(before);
  });

  it('a manager never sees people outside their reports, whatever they search for', async () => {
    expect(await allPages(grace, 1)).toEqual([[['Alan Turing', 1]], [['Linus Torvalds', 1]]]);
    for (const search of ['ada', 'sam', 'tom', 'grace', 'security']) {
      const result = await grace<TeamData>(TEAM, { search });
      expect(result.data?.myTeam.people, search).toMatchObject({ totalCount: 0, accountCount: 0, nodes: [] });
    }
    const flagged = await grace<TeamData>(TEAM, { flaggedOnly: true });
    expect(names(flagged.data)).toEqual(['Linus Torvalds']);
    expect(flagged.data?.myTeam.people.totalCount).toBe(1);
  });

  it('refuses a page larger than 50 and a cursor it did not hand out, saying which argument', async () => {
    const tooMany = await ada<TeamData>(TEAM, { first: 51 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.['validationErrors']).toMatchObject([{ property: 'first', value: 51 }]);
    const badCursor = await ada<TeamData>(TEAM, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
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
    const audit = await connection.graph.read(`MATCH (e:AuditEvent {targetId: $id}) RETURN e.action AS action`, {
      id: items['alan@acme.com']!.id,
    });
    expect(audit).toEqual([{ action: 'review.attest' }]);

    const nothingLeft = await grace<AttestData>(ATTEST, { id: campaignId });
    expect(nothingLeft.data?.attestTeam.attested).toEqual([]);
  });

  it('admin roles are attested only with a justification, and then go to the second stage', async () => {
    const without = await ada<AttestData>(ATTEST, { id: campaignId });
    expect(without.data?.attestTeam.attested.map((i) => i.accountEmail)).toEqual(['sam@acme.com']);
    expect(without.data?.attestTeam.privilegedRemaining).toBe(1);

    const withWhy = await ada<AttestData>(ATTEST, { id: campaignId, why: 'Grace runs the Jasper workspace' });
    expect(withWhy.data?.attestTeam.attested.map((i) => [i.accountEmail, i.justification])).toEqual([
      ['grace@acme.com', 'Grace runs the Jasper workspace'],
    ]);
    expect(withWhy.data?.attestTeam.secondStageItems.map((i) => [i.accountEmail, i.stage, i.reviewerName])).toEqual([
      ['grace@acme.com', 2, 'Ada Lovelace'],
    ]);
  });

  it('finance has no team page; a person without an HR record has no team', async () => {
    const finance = await clientFor(connection.graph, { ...GRACE, role: 'finance' });
    expect((await finance(TEAM)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noPerson = await clientFor(connection.graph, { ...GRACE, personId: null });
    expect((await noPerson(TEAM)).errors?.[0]?.message).toMatch(/is not linked to a person in HR/);
  });

  it('"only flagged" keeps an account whose review item is flagged after its finding has gone', async () => {
    await org.importJasper(Object.values({ ...JASPER, linus: 'linus@acme.com,Linus Torvalds,Member,Active,,2026-11-19' }));
    const graceFlagged = await grace<TeamData>(TEAM, { flaggedOnly: true });
    expect(
      graceFlagged.data?.myTeam.people.nodes.map((m) => [
        m.displayName,
        m.accounts.map((a) => [a.email, a.findings.length, a.reviewItems.length]),
      ]),
    ).toEqual([['Linus Torvalds', [['linus@acme.com', 0, 1]]]]);
    expect(graceFlagged.data?.myTeam.people).toMatchObject({ totalCount: 1, accountCount: 1 });
    expect((await grace<TeamData>(TEAM, { flaggedOnly: true, search: 'linus' })).data?.myTeam.people).toMatchObject({
      totalCount: 1,
      accountCount: 1,
    });
    expect(names((await ada<TeamData>(TEAM, { flaggedOnly: true })).data)).toEqual(['Tom Gone']);
  });
});
