import type { Graph } from '../graph/graph.js';
import type { Plain } from '../graph/values.js';
import { toItemRecord } from './item-record.js';
import { recommend, type FindingFacts, type RecommendationText } from './recommendation.js';
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

interface AccountRow {
  id: string;
  email: string | null;
  username: string | null;
  status: string;
  kind: string;
  lastActiveAt: string | null;
  app: { id: string; name: string };
  roles: { name: string; privilege: string }[];
  currency: string;
  findings: (FindingFacts & { severity: string; reason: string })[];
}

/** A manager's team: direct and indirect reports, each one's live accounts with a recommendation, and the manager's open review items on them. */
export async function readTeam(graph: Graph, personId: string): Promise<TeamMember[]> {
  const [rows, itemRows] = await Promise.all([
    graph.read(q.TEAM, { personId }, 'team'),
    graph.read(q.MY_ACTIVE_ITEMS, { personId }, 'team-items'),
  ]);
  const itemsByAccount = new Map<string, TeamAccount['items']>();
  for (const row of itemRows) {
    const item = { ...toItemRecord(row.item ?? null), campaign: row.campaign as unknown as ActiveCampaignRef };
    const list = itemsByAccount.get(item.accountId) ?? [];
    list.push(item);
    itemsByAccount.set(item.accountId, list);
  }
  return rows.map((row) => ({
    person: row.person as unknown as TeamMember['person'],
    depth: Number(row.depth),
    managerId: (row.managerId as string | null) ?? null,
    accounts: ((row.accounts as Plain[]) ?? []).map((raw) => {
      const account = raw as unknown as AccountRow;
      return { ...account, advice: recommend(account.findings, account.currency), items: itemsByAccount.get(account.id) ?? [] };
    }),
  }));
}
