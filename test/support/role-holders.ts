import { expect } from 'vitest';
import type { apiClient } from './api.js';
import type { LoadedDemo } from './demo.js';

type Query = Awaited<ReturnType<typeof apiClient>>;

export interface HolderPage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: { account: { email: string } }[];
}

export interface RoleWithHolders {
  id: string;
  name: string;
  holders: HolderPage;
}

const PAGE = 'totalCount pageInfo { endCursor hasNextPage } nodes { account { email } }';

/** The demo's Slack app, and the emails of its accounts holding `roleName` as the app page should list them. */
export function slackHolders(demo: LoadedDemo): { appId: string; expected: (roleName: string) => string[]; accounts: number } {
  const slack = demo.org.apps.find((a) => a.catalogKey === 'slack')!;
  // Slack's export keeps deactivated members (they stay holders); users it no longer lists are gone.
  const listed = demo.org.accounts.filter((a) => a.appId === slack.id && (a.removedAt === null || a.status === 'deactivated'));
  const expected = (roleName: string) =>
    listed
      .filter((a) => a.roleNames.includes(roleName))
      .map((a) => a.email)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { appId: slack.id, expected, accounts: listed.length };
}

/** The app page's roles with the first page of their holders, as the dashboard reads them. */
export async function appRoleHolders(query: Query, appId: string): Promise<RoleWithHolders[]> {
  const { data, errors } = await query<{ app: { roles: RoleWithHolders[] } }>(
    `query($id: ID!) { app(id: $id) { roles { id name holders { ${PAGE} } } } }`,
    { id: appId },
  );
  expect(errors).toBeNull();
  return data!.app.roles;
}

/** Every holder's email of `role`, its first page then the next ones `pageSize` at a time by cursor; each page keeps the total. */
export async function everyHolderEmail(query: Query, role: RoleWithHolders, pageSize: number): Promise<string[]> {
  const emails = role.holders.nodes.map((h) => h.account.email);
  for (let page = role.holders; page.pageInfo.hasNextPage;) {
    const next = await query<{ roleHolders: HolderPage }>(
      `query($roleId: ID!, $first: Int!, $after: String) { roleHolders(roleId: $roleId, first: $first, after: $after) { ${PAGE} } }`,
      { roleId: role.id, first: pageSize, after: page.pageInfo.endCursor },
    );
    expect(next.errors).toBeNull();
    page = next.data!.roleHolders;
    expect(page.totalCount, role.name).toBe(role.holders.totalCount);
    emails.push(...page.nodes.map((h) => h.account.email));
  }
  return emails;
}
