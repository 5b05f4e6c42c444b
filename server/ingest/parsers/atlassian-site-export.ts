/**
 * The Atlassian *site* user export (site Admin > Users > Export users), as Atlassian's support
 * article "Export users from a site" shows it: group_name, username, full_name, email, active,
 * created, "Last active in <Product>", then one Yes/No column per product ("Jira Software",
 * "Jira Work Management", "Confluence"). With group membership included there is one row per group
 * a user is in; the rows of one user are merged. Older files have last_login / last_session instead
 * of created and "Last active in".
 *
 * The export names no site, so the apps are "Jira" and "Confluence", or "Jira (<--app>)". It gives no
 * admin role either: admins are told by Atlassian's default admin groups (site-admins, org-admins,
 * jira-admins…, confluence-admins…) when group_name is there; without it, roles are unknown.
 */
import type { Catalog } from '../../catalog/catalog.js';
import type { AccountIn, AppRefIn } from '../model.js';
import type { CsvRow } from '../input/csv-table.js';
import type { DateReader } from '../input/date-reader.js';
import { parseEmail } from '../input/email.js';
import { normalizeHeader, type ResolvedColumns } from '../input/headers.js';
import type { Problems } from '../input/problems.js';
import { shown } from '../input/result.js';

/** The site export's own columns, by their header names (its "username" is not the organization export's "User name"). */
const SITE_COLUMNS = ['group_name', 'username', 'full_name', 'email', 'active', 'created', 'last_login'] as const;
type SiteColumn = (typeof SITE_COLUMNS)[number];

const PRODUCTS: Record<string, string> = {
  jira: 'atlassian-jira',
  'jira software': 'atlassian-jira',
  'jira work management': 'atlassian-jira',
  'jira core': 'atlassian-jira',
  confluence: 'atlassian-confluence',
};
/** Products of a site export that have no catalog entry; their columns are named in the notes. */
const OTHER_PRODUCTS = new Set(['jira service management', 'jira service desk', 'jira product discovery']);

const YES_NO: Record<string, boolean> = { yes: true, no: false, true: true, false: false };

/** Atlassian's default admin groups, and the role each gives: in every product, or in one. */
function adminRoleOf(group: string, catalogKey: string): string | null {
  const name = group.trim().toLowerCase();
  if (name === 'org-admins') return 'Organization admin';
  if (name === 'site-admins') return 'Site admin';
  const product = catalogKey === 'atlassian-jira' ? 'jira' : 'confluence';
  if (name.startsWith(`${product}-admins`) || name.startsWith(`${product}-administrators`)) return 'App admin';
  return null;
}

function normal(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

interface ProductColumns {
  app: AppRefIn;
  /** The product's catalog entry (every product column read has one). */
  catalogKey: string;
  access: number[];
  lastActive: number | null;
}

interface SiteUser {
  email: string | null;
  username: string | null;
  displayName: string | null;
  active: boolean;
  created: string | null;
  lastLogin: string | null;
  groups: Set<string>;
  access: Map<string, boolean>;
  lastActive: Map<string, { text: string | null; value: string | null }>;
  where: { file: string; line: number };
}

function siteColumns(header: readonly string[]): Map<SiteColumn, number> {
  const normalized = header.map(normalizeHeader);
  const found = new Map<SiteColumn, number>();
  for (const column of SITE_COLUMNS) {
    const index = normalized.indexOf(normalizeHeader(column));
    if (index !== -1) found.set(column, index);
  }
  return found;
}

/** A site export's header: full_name with group_name, username or active, and none of the organization export's User id / User status. */
export function isSiteExport(columns: ResolvedColumns): boolean {
  const found = siteColumns(columns.header);
  return (
    found.has('full_name') &&
    (found.has('group_name') || found.has('username') || found.has('active')) &&
    !columns.index.has('user_id') &&
    !columns.index.has('user_status')
  );
}

export class SiteExportReader {
  private products: ProductColumns[] = [];
  private columnNames: readonly string[] = [];
  private columns = new Map<SiteColumn, number>();
  private readonly users = new Map<string, SiteUser>();
  readonly skippedColumns = new Set<string>();
  hasGroups = false;

  constructor(
    private readonly catalog: Catalog,
    private readonly site: string | null,
    private readonly problems: Problems,
    private readonly dates: DateReader,
  ) {}

  /** The product columns of one file's header; false (with a problem) when it has none. */
  header(columns: ResolvedColumns, where: { file: string; line: number }): boolean {
    const apps = new Map<string, ProductColumns>();
    this.columns = siteColumns(columns.header);
    if (!this.columns.has('email')) {
      this.problems.add(
        { ...where, field: 'email' },
        `required column missing: a site export names each user's email in "email"; columns found: ${columns.header.map((c) => JSON.stringify(c)).join(', ')}`,
      );
      return false;
    }
    this.hasGroups ||= this.columns.has('group_name');
    columns.header.forEach((column, index) => {
      const lastActive = /^\s*last active in\s+(.+?)\s*$/i.exec(column);
      const product = normal(lastActive?.[1] ?? column);
      const key = PRODUCTS[product];
      if (!key) {
        if (OTHER_PRODUCTS.has(product)) this.skippedColumns.add(column);
        return;
      }
      const entry = this.catalog.get(key);
      const name = this.site ? `${entry.name} (${this.site})` : entry.name;
      const app = apps.get(key) ?? { app: { name, catalogKey: key, plan: null }, catalogKey: key, access: [], lastActive: null };
      if (lastActive) app.lastActive = index;
      else app.access.push(index);
      apps.set(key, app);
    });
    this.products = [...apps.values()];
    this.columnNames = columns.header;
    if (this.products.length === 0) {
      this.problems.add(
        where,
        `no product columns: a site export has a Yes/No column per product ("Jira Software", "Confluence", …) or "Last active in <Product>"; columns found: ${columns.header.map((c) => JSON.stringify(c)).join(', ')}`,
      );
      return false;
    }
    return true;
  }

  row(row: CsvRow): void {
    const at = (field: string) => ({ file: row.file, line: row.line, field });
    const get = (column: SiteColumn): string | null => {
      const index = this.columns.get(column);
      return index === undefined ? null : row.at(index);
    };
    const rawEmail = get('email');
    const email = rawEmail ? parseEmail(rawEmail) : null;
    if (email && !email.ok) this.problems.add(at('email'), email.message);
    const username = get('username');
    const key = (email?.ok ? email.value : null) ?? username?.toLowerCase();
    if (!key) {
      this.problems.add(at('email'), 'expected an email or a username, found empty cells');
      return;
    }
    const activeCell = get('active');
    const active = activeCell === null ? true : YES_NO[normal(activeCell)];
    if (active === undefined) this.problems.add(at('active'), `expected Yes or No, found ${shown(activeCell ?? '')}`);
    const user = this.users.get(key) ?? {
      email: email?.ok ? email.value : null,
      username,
      displayName: get('full_name'),
      active: active ?? true,
      created: null,
      lastLogin: null,
      groups: new Set<string>(),
      access: new Map<string, boolean>(),
      lastActive: new Map<string, { text: string | null; value: string | null }>(),
      where: { file: row.file, line: row.line },
    };
    this.users.set(key, user);
    const group = get('group_name');
    if (group) user.groups.add(group);
    this.dates.read(get('created'), at('created'), 'datetime', (value) => {
      user.created = value;
    });
    this.dates.read(get('last_login'), at('last_login'), 'datetime', (value) => {
      user.lastLogin = value;
    });
    for (const product of this.products) {
      for (const index of product.access) {
        const cell = row.at(index);
        const value = cell === null ? false : YES_NO[normal(cell)];
        if (value === undefined)
          this.problems.add(at(this.columnNames[index] ?? product.app.name), `expected Yes or No, found ${shown(cell ?? '')}`);
        else if (value) user.access.set(product.catalogKey, true);
        else if (!user.access.has(product.catalogKey)) user.access.set(product.catalogKey, false);
      }
      if (product.access.length === 0 && product.lastActive !== null) user.access.set(product.catalogKey, true);
      if (product.lastActive !== null && !user.lastActive.has(product.catalogKey)) {
        const text = row.at(product.lastActive);
        const seen = { text, value: null as string | null };
        user.lastActive.set(product.catalogKey, seen);
        if (text !== null && !/^never\b/i.test(text)) {
          this.dates.read(text, at(`Last active in ${product.app.name}`), 'datetime', (value) => {
            seen.value = value;
          });
        }
      }
    }
  }

  /** One account per user and product with access. */
  accounts(): AccountIn[] {
    const out: AccountIn[] = [];
    for (const user of this.users.values()) {
      for (const product of this.products) {
        if (user.access.get(product.catalogKey) !== true) continue;
        const seen = user.lastActive.get(product.catalogKey);
        const neverActive = seen?.text !== null && seen?.text !== undefined && /^never\b/i.test(seen.text);
        const status = !user.active ? 'deactivated' : neverActive ? 'invited' : 'active';
        const admin = [...user.groups].map((g) => adminRoleOf(g, product.catalogKey)).filter((r): r is string => r !== null);
        const lastActiveAt = seen ? seen.value : user.lastLogin;
        out.push({
          app: product.app,
          externalId: null,
          email: user.email,
          username: user.username,
          displayName: user.displayName,
          status,
          vendorStatus: `${user.active ? 'active' : 'inactive'}${neverActive ? ` (${seen?.text ?? ''})` : ''}`,
          kind: 'human',
          roles: [...new Set([...admin, 'Product user'])],
          rolesKnown: this.hasGroups,
          seatType: 'Product user',
          invitedAt: status === 'invited' ? user.created : null,
          createdAt: user.created,
          lastActiveAt,
          // A blank "Last active" cell says nothing; "Never …" or a date does.
          activityKnown: neverActive || lastActiveAt !== null,
          counters: {},
        });
      }
    }
    return out;
  }
}
