/**
 * atlassian-csv: the Atlassian Cloud user export (admin.atlassian.com > Directory > Users > Export
 * users) with columns User id, User name, email, User status, Added to org, Org role, one product
 * access column per product and site ("Jira - acme": Yes/No or the app role User/Admin/Basic/Guest)
 * and "Last seen in <product> - <site>" (14 Dec 2023, or Never accessed / Never logged in).
 *
 * One App per product and site, named "Jira (acme)" (catalog atlassian-jira / atlassian-confluence).
 * Status Active with "Never accessed" for a product is an invite nobody accepted: invited. Org
 * admins get the catalog role "Organization admin" in every product app they have access to. An org
 * role or product access word Atlassian's own list lacks (a custom role) is kept as the role's name.
 * Products without a catalog entry (e.g. Jira Service Management) are left out, named in the notes.
 * The older site export (group_name, username, full_name, email, active, …) is read too: see
 * atlassian-site-export.ts.
 */
import type { AccountIn, AppRefIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import type { Catalog } from '../../catalog/catalog.js';
import type { CatalogEntry } from '../../catalog/catalog.types.js';
import { cleanWord } from '../../catalog/vocabulary.js';
import { headerFits } from '../input/csv-header-check.js';
import { readCsvTable } from '../input/csv-table.js';
import { DateReader } from '../input/date-reader.js';
import { UniqueCheck } from '../input/duplicates.js';
import { parseEmail } from '../input/email.js';
import { expandInputs } from '../input/files.js';
import type { ColumnSpec } from '../input/headers.js';
import { Problems } from '../input/problems.js';
import { shown } from '../input/result.js';
import { isSiteExport, SiteExportReader } from './atlassian-site-export.js';

const COLUMNS = {
  userId: { field: 'user_id', label: 'User id', synonyms: ['User id', 'Atlassian ID', 'Account ID', 'Atlassian account ID'] },
  name: { field: 'user_name', label: 'User name', synonyms: ['User name', 'Name', 'Display name', 'Full name'] },
  email: { field: 'email', label: 'email', synonyms: ['email', 'Email address'] },
  status: { field: 'user_status', label: 'User status', synonyms: ['User status', 'Status'] },
  added: { field: 'added_to_org', label: 'Added to org', synonyms: ['Added to org', 'Added to site', 'Date added'] },
  orgRole: { field: 'org_role', label: 'Org role', synonyms: ['Org role', 'Organization role', 'Organisation role'] },
} satisfies Record<string, ColumnSpec>;
const SPECS: ColumnSpec[] = Object.values(COLUMNS);

const PRODUCT_KEYS: Record<string, string> = {
  jira: 'atlassian-jira',
  'jira software': 'atlassian-jira',
  'jira work management': 'atlassian-jira',
  'jira core': 'atlassian-jira',
  confluence: 'atlassian-confluence',
};
const OTHER_PRODUCTS = [
  'jira service management',
  'jira service desk',
  'jira product discovery',
  'trello',
  'loom',
  'bitbucket',
  'statuspage',
  'opsgenie',
  'compass',
  'atlas',
  'atlassian analytics',
  'rovo',
  'focus',
  'talent',
  'guard',
];

const ORG_ROLES: Record<string, string | null> = {
  'organization admin': 'Organization admin',
  'organisation admin': 'Organization admin',
  'org admin': 'Organization admin',
  admin: 'Organization admin',
  'site admin': 'Site admin',
  'user access admin': 'User access admin',
  member: null,
  user: null,
  basic: null,
  none: null,
};

/** Product access cell -> the product app role, null for no access. */
const ACCESS: Record<string, 'Product user' | 'App admin' | 'Basic' | 'Guest' | null> = {
  yes: 'Product user',
  true: 'Product user',
  '1': 'Product user',
  user: 'Product user',
  'product user': 'Product user',
  admin: 'App admin',
  'app admin': 'App admin',
  'product admin': 'App admin',
  basic: 'Basic',
  guest: 'Guest',
  no: null,
  false: null,
  '0': null,
  none: null,
  'no access': null,
};

interface ProductApp {
  app: AppRefIn;
  entry: CatalogEntry;
  accessColumn: number | null;
  lastSeenColumn: number | null;
  columnLabel: string;
}

function normal(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** What Atlassian's own word means (a role, or null for none), or a word it does not use kept as the role's name. */
function listedOr(words: Record<string, string | null>, cell: string): string | null {
  const key = normal(cell);
  return Object.hasOwn(words, key) ? (words[key] ?? null) : cleanWord(cell);
}

/** Product apps from the header; product columns the catalog lacks are returned by name. */
function productApps(header: readonly string[], catalog: Catalog): { apps: ProductApp[]; skipped: string[] } {
  const apps = new Map<string, ProductApp>();
  const skipped = new Set<string>();
  header.forEach((column, index) => {
    const lastSeen = /^\s*last seen in\s+(.+?)\s+-\s+(.+?)\s*$/i.exec(column);
    const access = lastSeen ? null : /^\s*(.+?)\s+-\s+(.+?)\s*$/.exec(column);
    const match = lastSeen ?? access;
    if (!match) return;
    const product = normal(match[1] ?? '');
    const site = (match[2] ?? '').trim();
    const key = PRODUCT_KEYS[product];
    if (!key) {
      if (OTHER_PRODUCTS.includes(product)) skipped.add(column);
      return;
    }
    const entry = catalog.get(key);
    const name = `${entry.name} (${site})`;
    const app = apps.get(name) ?? {
      app: { name, catalogKey: key, plan: null },
      entry,
      accessColumn: null,
      lastSeenColumn: null,
      columnLabel: `${match[1] ?? ''} - ${site}`,
    };
    if (lastSeen) app.lastSeenColumn = index;
    else app.accessColumn = index;
    apps.set(name, app);
  });
  return { apps: [...apps.values()], skipped: [...skipped] };
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const problems = new Problems();
  const pages = await expandInputs(files, ['.csv']);
  const dates = new DateReader(problems);
  const ids = new UniqueCheck('User id', problems);
  const accounts: AccountIn[] = [];
  const skippedProducts = new Set<string>();
  const allApps = new Map<string, AppRefIn>();
  let recordsRead = 0;
  const site = new SiteExportReader(options.catalog, options.app?.trim() || null, problems, dates);
  let siteFiles = 0;

  for (const file of pages) {
    let products: ProductApp[] = [];
    let siteFile = false;
    recordsRead += await readCsvTable(file, SPECS, options.mapping, problems, {
      onHeader(columns, where) {
        siteFile = isSiteExport(columns);
        if (siteFile) {
          siteFiles += 1;
          return site.header(columns, where);
        }
        if (!headerFits('atlassian-csv', columns, [COLUMNS.userId, COLUMNS.email, COLUMNS.status], where, problems)) return false;
        const found = productApps(columns.header, options.catalog);
        products = found.apps;
        found.skipped.forEach((c) => skippedProducts.add(c));
        if (products.length === 0) {
          problems.add(
            where,
            `no product columns: expected "<Product> - <site>" or "Last seen in <Product> - <site>" columns for Jira or Confluence; columns found: ${columns.header.map((c) => JSON.stringify(c)).join(', ')}`,
          );
          return false;
        }
        for (const p of products) allApps.set(p.app.name, p.app);
        return true;
      },
      onRow(row) {
        if (siteFile) {
          site.row(row);
          return;
        }
        const at = (field: string) => ({ file: row.file, line: row.line, field });
        const userId = row.get(COLUMNS.userId.field);
        if (!userId) problems.add(at(COLUMNS.userId.label), 'expected an Atlassian account id, found an empty cell');
        else ids.check(userId, at(COLUMNS.userId.label));
        const rawEmail = row.get(COLUMNS.email.field);
        const email = rawEmail ? parseEmail(rawEmail) : null;
        if (!email) problems.add(at(COLUMNS.email.label), 'expected an email address, found an empty cell');
        else if (!email.ok) problems.add(at(COLUMNS.email.label), email.message);
        const statusWord = row.get(COLUMNS.status.field) ?? '';
        const orgRoleWord = row.get(COLUMNS.orgRole.field);
        const orgRole = orgRoleWord === null ? null : listedOr(ORG_ROLES, orgRoleWord);
        let added: string | null = null;
        const rowAccounts: AccountIn[] = [];
        dates.read(row.get(COLUMNS.added.field), at(COLUMNS.added.label), 'datetime', (value) => {
          added = value;
          for (const account of rowAccounts) {
            account.createdAt = value;
            if (account.status === 'invited') account.invitedAt = value;
          }
        });
        for (const product of products) {
          const accessCell = product.accessColumn === null ? null : row.at(product.accessColumn);
          const lastSeenCell = product.lastSeenColumn === null ? null : row.at(product.lastSeenColumn);
          let productRole: string | null;
          if (product.accessColumn !== null) {
            productRole = accessCell === null ? null : listedOr(ACCESS, accessCell);
          } else {
            productRole = lastSeenCell === null ? null : 'Product user';
          }
          if (productRole === null) continue;
          const entry = product.entry;
          let status = statusWord ? options.catalog.statusOf(entry.key, statusWord) : undefined;
          if (status === undefined) {
            problems.add(
              at(COLUMNS.status.label),
              `unknown user status ${shown(statusWord)}; expected one of: ${Object.keys(entry.statusWords).join(', ')}`,
            );
            status = 'active';
          }
          const neverAccessed = lastSeenCell !== null && /^never\b/i.test(lastSeenCell);
          if (status === 'active' && neverAccessed) status = 'invited';
          const account: AccountIn = {
            app: product.app,
            externalId: userId,
            email: email?.ok ? email.value : null,
            username: null,
            displayName: row.get(COLUMNS.name.field),
            status,
            vendorStatus: neverAccessed ? `${statusWord} (${lastSeenCell})` : statusWord,
            kind: 'human',
            roles: orgRole ? [orgRole, productRole] : [productRole],
            rolesKnown: true,
            seatType: productRole === 'Basic' || productRole === 'Guest' ? productRole : 'Product user',
            invitedAt: status === 'invited' ? added : null,
            createdAt: added,
            lastActiveAt: null,
            activityKnown: product.lastSeenColumn !== null,
            counters: {},
          };
          if (!neverAccessed) {
            dates.read(lastSeenCell, at(`Last seen in ${product.columnLabel}`), 'datetime', (value) => {
              account.lastActiveAt = value;
            });
          }
          rowAccounts.push(account);
          accounts.push(account);
        }
      },
    });
  }
  dates.finish();
  problems.throwIfAny();
  const siteAccounts = site.accounts();
  for (const account of siteAccounts) allApps.set(account.app.name, account.app);
  accounts.push(...siteAccounts);
  site.skippedColumns.forEach((c) => skippedProducts.add(c));

  const sites = [...allApps.keys()].sort();
  const batch = emptyBatch('atlassian-csv', `atlassian-csv:${sites.join(',')}`);
  batch.accounts = accounts;
  batch.recordsRead = recordsRead;
  const invited = accounts.filter((a) => a.status === 'invited').length;
  if (invited)
    batch.notes.push(`${invited} product access(es) are Active but never accessed: unaccepted invites (billed from the invitation).`);
  if (siteFiles) {
    batch.notes.push(
      `Site export: ${site.hasGroups ? "admins are told by Atlassian's admin groups (org-admins, site-admins, jira-admins…, confluence-admins…)" : 'it has no group_name column, so admin roles are unknown'}; the export names no site${options.app ? `, so the apps are named after --app "${options.app}"` : ' (name it with --app)'}.`,
    );
  }
  if (skippedProducts.size) {
    batch.notes.push(
      `Columns for products without a catalog entry were not imported: ${[...skippedProducts].map((c) => JSON.stringify(c)).join(', ')}.`,
    );
  }
  return batch;
}

export const atlassianCsvParser: Parser = {
  kind: 'atlassian-csv',
  description:
    'Atlassian Cloud user export (CSV: User id, User name, email, User status, Added to org, Org role, "<Product> - <site>" access and "Last seen in <Product> - <site>" columns), or the site export (group_name, username, full_name, email, active, created, "Last active in <Product>", product Yes/No; --app names the site); one app per product and site.',
  needsApp: false,
  parse,
};
