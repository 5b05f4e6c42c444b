import type { Privilege } from '../../graphql/graphql.js';

export type AdminRiskLevel = 'ok' | 'below' | 'sole' | 'none';

/** How short an app is of its minimum effective admins. */
export function adminRiskLevel(effective: number, minimum: number): AdminRiskLevel {
  if (effective >= minimum) return 'ok';
  if (effective === 0) return 'none';
  if (effective === 1) return 'sole';
  return 'below';
}

export function isAdminPrivilege(privilege: Privilege): boolean {
  return privilege === 'OWNER' || privilege === 'ADMIN';
}

interface RoleLike<H> {
  privilege: Privilege;
  /** The first page of the role's holders (a sole admin is among them: admin roles are small). */
  holders: { nodes: readonly H[] };
}

/** Holders of owner/admin roles that count towards the minimum, one per account. */
export function effectiveAdminHolders<H extends { effective: boolean; account: { id: string } }>(roles: readonly RoleLike<H>[]): H[] {
  const byAccount = new Map<string, H>();
  for (const role of roles) {
    if (!isAdminPrivilege(role.privilege)) continue;
    for (const holder of role.holders.nodes) {
      if (holder.effective && !byAccount.has(holder.account.id)) byAccount.set(holder.account.id, holder);
    }
  }
  return [...byAccount.values()];
}
