import { z } from 'zod';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { limitParam } from '../graph/values.js';
import { withCampaign, type Page } from './item-read.js';
import { recommend, type FindingFacts, type RecommendationText } from './recommendation.js';
import { accountFindingSchema, itemWithCampaignRowSchema } from './review.schemas.js';
import type { ReviewItemRecord } from './review.types.js';
import { teamKeyPrefix } from '../teams/team-closure.js';
import * as q from './team.queries.js';

export interface TeamAccount {
  id: string;
  email: string | null;
  username: string | null;
  status: string;
  kind: string;
  lastActiveAt: string | null;
  app: { id: string; name: string };
  roles: { name: string; privilege: string }[];
  findings: (FindingFacts & { severity: string; reason: string })[];
  advice: RecommendationText;
  /** Review items assigned to the manager in active campaigns about this account. */
  items: (ReviewItemRecord & { campaign: ActiveCampaignRef })[];
}

export interface ActiveCampaignRef {
  id: string;
  name: string;
  period: string;
  status: string;
  dueAt: string;
}

export interface TeamMember {
  person: { id: string; displayName: string; email: string; status: string; title: string | null; department: string | null };
  depth: number;
  managerId: string | null;
  accounts: TeamAccount[];
}

/** TEAM_PAGE: a report with their live accounts. */
const teamRow = z.object({
  person: z.object({
    id: z.string(),
    displayName: z.string(),
    email: z.string(),
    status: z.string(),
    title: z.string().nullable(),
    department: z.string().nullable(),
  }),
  depth: z.number(),
  managerId: z.string().nullable(),
  accounts: z.array(
    z.object({
      id: z.string(),
      email: z.string().nullable(),
      username: z.string().nullable(),
      status: z.string(),
      kind: z.string(),
      lastActiveAt: z.string().nullable(),
      app: z.object({ id: z.string(), name: z.string() }),
      roles: z.array(z.object({ name: z.string(), privilege: z.string() })),
      currency: z.string(),
      findings: z.array(accountFindingSchema),
    }),
  ),
});

/** MY_ITEM_FLAGGED_ACCOUNTS: a live account of a report kept only by a flagged item of the manager's. */
const itemFlaggedRow = z.object({ accountId: z.string(), personId: z.string(), findingAccounts: z.number() });
type ItemFlagged = z.output<typeof itemFlaggedRow>;
const storedCountsRow = z.object({ people: z.number(), accounts: z.number(), flaggedPeople: z.number(), flaggedAccounts: z.number() });
const searchCountRow = z.object({ total: z.number(), accounts: z.number(), itemFlaggedPeople: z.array(z.string()) });

export interface TeamFilter {
  /** Part of a report's name, email or department. */
  search: string | null;
  /** Only accounts with a finding or a flagged item of the manager's, and only people who have one. */
  flaggedOnly: boolean;
}

export interface TeamPage {
  members: TeamMember[];
  /** Reports matching the filter, on every page. */
  total: number;
  /** Their live accounts the filter shows, on every page. */
  accountCount: number;
}

export const MAX_TEAM_PAGE = 50;

/**
 * One page of a manager's team: direct and indirect reports by depth then name, each one's live
 * accounts with a recommendation, and the manager's open review items on them.
 */
export async function readTeamPage(graph: Graph, personId: string, filter: TeamFilter, page: Page): Promise<TeamPage> {
  const search = filter.search?.trim().toLowerCase() || null;
  const itemFlagged = filter.flaggedOnly
    ? await readRows(graph, q.MY_ITEM_FLAGGED_ACCOUNTS, { personId }, itemFlaggedRow, 'team-item-flagged')
    : [];
  const params = {
    personId,
    teamKeyPrefix: teamKeyPrefix(personId),
    search,
    flaggedOnly: filter.flaggedOnly,
    itemFlaggedPeople: [...new Set(itemFlagged.map((row) => row.personId))],
  };
  const paging = { skip: limitParam(page.skip, Number.MAX_SAFE_INTEGER), limit: limitParam(page.limit, MAX_TEAM_PAGE) };
  const [{ rows, itemRows }, count] = await Promise.all([
    graph.executeRead(async (tx) => {
      const rows = decodeRows(teamRow, rowsOf(await tx.run(q.TEAM_PAGE, { ...params, ...paging })), 'team-page');
      const accountIds = rows.flatMap((row) => row.accounts.map((account) => account.id));
      const itemRows =
        accountIds.length === 0
          ? []
          : decodeRows(itemWithCampaignRowSchema, rowsOf(await tx.run(q.MY_ACTIVE_ITEMS_ON, { personId, accountIds })), 'team-page-items');
      return { rows, itemRows };
    }, 'team-page'),
    countTeam(graph, params, itemFlagged),
  ]);
  const itemsByAccount = new Map<string, TeamAccount['items']>();
  for (const row of itemRows) {
    const item = withCampaign(row);
    const list = itemsByAccount.get(item.accountId) ?? [];
    list.push(item);
    itemsByAccount.set(item.accountId, list);
  }
  const members = rows.map((row) => ({
    person: row.person,
    depth: row.depth,
    managerId: row.managerId,
    accounts: row.accounts.map((account) => ({
      ...account,
      advice: recommend(account.findings, account.currency),
      items: itemsByAccount.get(account.id) ?? [],
    })),
  }));
  return { members, ...count };
}

/**
 * How many reports match and how many of their live accounts the filter shows: from the stored
 * team counts, or, with a search, the matching reports' stored counts; with "only flagged", plus
 * the accounts only the manager's flagged items keep (and their people, when no finding already did).
 */
async function countTeam(
  graph: Graph,
  params: { personId: string; search: string | null; flaggedOnly: boolean; itemFlaggedPeople: string[] },
  itemFlagged: readonly ItemFlagged[],
): Promise<Pick<TeamPage, 'total' | 'accountCount'>> {
  const itemAccounts = (people: ReadonlySet<string>) => itemFlagged.filter((row) => people.has(row.personId)).length;
  const itemOnlyPeople = (people: ReadonlySet<string>) =>
    new Set(itemFlagged.filter((row) => row.findingAccounts === 0 && people.has(row.personId)).map((row) => row.personId)).size;
  if (params.search === null) {
    const [stored] = await readRows(graph, q.TEAM_COUNTS_STORED, params, storedCountsRow, 'team-count');
    if (!stored) return { total: 0, accountCount: 0 };
    if (!params.flaggedOnly) return { total: stored.people, accountCount: stored.accounts };
    const all = new Set(params.itemFlaggedPeople);
    return { total: stored.flaggedPeople + itemOnlyPeople(all), accountCount: stored.flaggedAccounts + itemAccounts(all) };
  }
  const [matched] = await readRows(graph, q.TEAM_COUNT_SEARCH, params, searchCountRow, 'team-count');
  if (!matched) return { total: 0, accountCount: 0 };
  const people = new Set(matched.itemFlaggedPeople);
  return { total: matched.total, accountCount: matched.accounts + (params.flaggedOnly ? itemAccounts(people) : 0) };
}
