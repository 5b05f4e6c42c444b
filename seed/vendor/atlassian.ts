/**
 * atlassian/users.csv: the Atlassian Cloud user export (one row per Atlassian account, i.e. per
 * email) with "<Product> - <site>" access and "Last seen in <Product> - <site>" columns for every
 * Jira / Confluence app (named "<Product> (<site>)"). The user status is the account's, not the
 * product's: Active when any product access is active or invited (an invite is Active + "Never
 * accessed"); product accesses that are deactivated, suspended or removed under an Active user
 * are shown as no access.
 */
import type { AccountRecord, AppRecord } from '../org.types.js';
import { accountsOf, csvText, hexId, type VendorContext } from './common.js';

interface Product {
  app: AppRecord;
  label: string;
}

function productOf(ctx: VendorContext, app: AppRecord): Product {
  const site = /\(([^()]+)\)\s*$/.exec(app.name)?.[1];
  if (!site) throw new Error(`seed: Atlassian app ${JSON.stringify(app.name)} must be named "<Product> (<site>)"`);
  return { app, label: `${ctx.catalog.get(app.catalogKey).name} - ${site}` };
}

function access(account: AccountRecord): string {
  const role =
    account.roleNames.find((r) => r !== 'Organization admin' && r !== 'Site admin' && r !== 'User access admin') ?? 'Product user';
  if (role === 'App admin') return 'Admin';
  if (role === 'Basic' || role === 'Guest') return role;
  return 'Yes';
}

export function atlassianUsers(ctx: VendorContext, apps: AppRecord[]): string {
  const products = apps.map((app) => productOf(ctx, app));
  const byEmail = new Map<string, Map<string, AccountRecord>>();
  for (const product of products) {
    for (const account of accountsOf(ctx, product.app)) {
      const row = byEmail.get(account.email) ?? new Map<string, AccountRecord>();
      row.set(product.app.id, account);
      byEmail.set(account.email, row);
    }
  }
  const header = [
    'User id',
    'User name',
    'email',
    'User status',
    'Added to org',
    'Org role',
    ...products.flatMap((p) => [p.label, `Last seen in ${p.label}`]),
  ];
  const rows = [...byEmail.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([email, accounts]) => {
      const all = [...accounts.values()];
      const live = all.filter((a) => a.removedAt === null);
      const active = live.some((a) => a.status === 'active' || a.status === 'invited');
      const status = active ? 'Active' : live.some((a) => a.status === 'suspended') ? 'Suspended' : 'Deactivated';
      const added = all.map((a) => a.createdAt).sort()[0] ?? null;
      const name = all[0]?.displayName ?? null;
      const cells = products.flatMap((p) => {
        const account = accounts.get(p.app.id);
        if (!account) return ['No', null];
        const shown = active ? account.removedAt === null && (account.status === 'active' || account.status === 'invited') : true;
        if (!shown) return ['No', null];
        const seen = account.status === 'invited' || account.lastActiveAt === null ? 'Never accessed' : account.lastActiveAt;
        return [access(account), seen];
      });
      const shownEmail = all.find((a) => a.exportEmail !== undefined)?.exportEmail ?? email;
      return [`5b10${hexId(email, 20)}`, name, shownEmail, status, added, 'Member', ...cells];
    });
  return csvText(header, rows);
}
