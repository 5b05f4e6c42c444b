import { z } from 'zod';
import { decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { limitParam } from '../graph/values.js';
import { withCampaign, type Page } from './item-read.js';
import { recommend, type FindingFacts, type RecommendationText } from './recommendation.js';
import { accountFindingSchema, itemWithCampaignRowSchema } from './review.schemas.js';
import type { ReviewItemRecord } from './review.types.js';
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
  const params = { personId, search: filter.search?.trim().toLowerCase() || null, flaggedOnly: filter.flaggedOnly };
  const paging = { skip: limitParam(page.skip, Number.MAX_SAFE_INTEGER), limit: limitParam(page.limit, MAX_TEAM_PAGE) };
  const [{ rows, itemRows }, [count]] = await Promise.all([
    graph.executeRead(async (tx) => {
      const rows = decodeRows(teamRow, rowsOf(await tx.run(q.TEAM_PAGE, { ...params, ...paging })), 'team-page');
      const accountIds = rows.flatMap((row) => row.accounts.map((account) => account.id));
      const itemRows =
        accountIds.length === 0
          ? []
          : decodeRows(itemWithCampaignRowSchema, rowsOf(await tx.run(q.MY_ACTIVE_ITEMS_ON, { personId, accountIds })), 'team-page-items');
      return { rows, itemRows };
    }, 'team-page'),
    graph.read(q.TEAM_COUNT, params, 'team-count'),
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
  return { members, total: Number(count?.total ?? 0), accountCount: Number(count?.accounts ?? 0) };
}
