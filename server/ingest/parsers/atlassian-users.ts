/**
 * atlassian-users: the Atlassian organization users API (GET /admin/v1/orgs/{orgId}/users, pages of
 * { "data": [...], "links": { "self", "prev", "next" } }), read into the accounts the atlassian-csv
 * import makes of the same people: one account per product and site ("Jira (acme)", catalog
 * atlassian-jira / atlassian-confluence), its last_active from product_access[].last_active.
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-users/
 *
 * account_status active / inactive / closed: active, deactivated, deactivated (the catalog's own
 * words, e.g. suspended, are read too). An active account whose product access has no last_active
 * has never used the product: an invite nobody accepted, invited, as the CSV's "Never accessed".
 * access_billable false is the catalog's non-billable seat (Basic). The API names no admin role, so
 * roles are not known (an app with such accounts gets no sole-admin finding). Products without a
 * catalog entry that Atlassian names (Jira Service Management, Trello…) are left out, as in the CSV
 * import; a product key Atlassian's list lacks is kept as an app outside the catalog, named by the
 * product's own name. The scope is the organization links.self names, read from every page, so a
 * connector's listing of nothing (ParseOptions.emptyIsComplete) marks the organization's accounts removed.
 */
import type { AccountStatus } from '../../catalog/catalog.types.js';
import { cleanWord } from '../../catalog/vocabulary.js';
import type { AccountIn, AppRefIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { UniqueCheck } from '../input/duplicates.js';
import type { RecordReader } from '../input/json-record.js';
import { isJsonObject, valueAt } from '../input/json-record.js';
import { readJsonRecords, takeListing, type JsonPageVisit } from '../input/json-records.js';
import { Problems } from '../input/problems.js';
import { describeFound, shown } from '../input/result.js';
import { CATALOGED_PRODUCTS, siteName, UNCATALOGED_PRODUCTS } from './atlassian-products.js';

/** The API's account_status words, and the catalog's Atlassian status words for files written by hand. */
const API_STATUSES: Readonly<Record<string, AccountStatus>> = { active: 'active', inactive: 'deactivated', closed: 'deactivated' };
const STATUS_CATALOG_KEY = 'atlassian-jira';

interface ProductAccess {
  app: AppRefIn;
  lastActiveAt: string | null;
}

/** Each product access of a record, one per app: Jira Software and Jira Work Management on one site are one Jira app. */
function productAccess(r: RecordReader, options: ParseOptions, skipped: Set<string>): ProductAccess[] {
  const list = r.array('product_access', { required: true }) ?? [];
  const apps = new Map<string, ProductAccess>();
  list.forEach((item, i) => {
    const at = `product_access.${i}`;
    if (!isJsonObject(item)) {
      r.problem(at, `expected a product access (an object with key, name, url, last_active), found ${describeFound(item)}`);
      return;
    }
    const key = r.requiredString(`${at}.key`);
    const name = r.string(`${at}.name`);
    const url = r.requiredString(`${at}.url`);
    const lastActiveAt = r.dateTime(`${at}.last_active`);
    if (!key || !url) return;
    const site = siteName(url);
    if (site === null) {
      r.problem(`${at}.url`, `expected the product's site URL (e.g. acme.atlassian.net), found ${shown(url)}`);
      return;
    }
    const productKey = key.toLowerCase();
    const catalogKey = CATALOGED_PRODUCTS[productKey] ?? null;
    if (!catalogKey && UNCATALOGED_PRODUCTS.has(productKey)) {
      skipped.add(`${name ?? key} (${site})`);
      return;
    }
    const appName = `${catalogKey ? options.catalog.get(catalogKey).name : cleanWord(name ?? key)} (${site})`;
    const seen = apps.get(appName);
    if (seen) {
      if (lastActiveAt && (!seen.lastActiveAt || lastActiveAt > seen.lastActiveAt)) seen.lastActiveAt = lastActiveAt;
      return;
    }
    apps.set(appName, { app: { name: appName, catalogKey, plan: null }, lastActiveAt });
  });
  return [...apps.values()];
}

function statusOf(r: RecordReader, options: ParseOptions): { status: AccountStatus; word: string } {
  const word = r.requiredString('account_status');
  const key = word.toLowerCase();
  const status = Object.hasOwn(API_STATUSES, key) ? API_STATUSES[key] : options.catalog.statusOf(STATUS_CATALOG_KEY, word);
  if (status === undefined && word)
    r.problem('account_status', `expected one of ${Object.keys(API_STATUSES).join(', ')}; found ${shown(word)}`);
  return { status: status ?? 'active', word };
}

/** The organization a page lists, from its links.self (…/admin/v1/orgs/{orgId}/users…), when it names one. */
function orgOf(page: JsonPageVisit): string | null {
  const self = valueAt(page.root, 'links.self');
  if (typeof self !== 'string') return null;
  return /\/orgs\/([^/?#]+)\/users(?:[/?#]|$)/.exec(self)?.[1] ?? null;
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const problems = new Problems();
  const ids = new UniqueCheck('account_id', problems);
  const accounts: AccountIn[] = [];
  const skipped = new Set<string>();
  const orgs = new Set<string>();
  let withoutAccess = 0;

  const listing = await readJsonRecords(
    files,
    { kind: 'atlassian-users', keys: ['data'], emptyIsComplete: options.emptyIsComplete },
    problems,
    (r) => {
      const id = r.requiredString('account_id');
      r.identify(id);
      if (id) ids.check(id, r.where('account_id'));
      const type = r.string('account_type') ?? 'atlassian';
      const { status, word } = statusOf(r, options);
      // App accounts (bots) have no email; a person's account always has one.
      const email = r.email('email', { required: type !== 'app' });
      const displayName = r.string('name');
      const billable = r.boolean('access_billable');
      r.dateTime('last_active');
      const products = productAccess(r, options, skipped);
      if (products.length === 0) withoutAccess += 1;
      for (const product of products) {
        const cataloged = product.app.catalogKey !== null;
        const neverUsed = status === 'active' && product.lastActiveAt === null;
        accounts.push({
          app: product.app,
          externalId: id,
          email,
          username: null,
          displayName,
          status: neverUsed ? 'invited' : status,
          vendorStatus: neverUsed ? `${word} (never accessed)` : word,
          kind: type === 'app' ? 'service' : 'human',
          roles: cataloged && billable !== false ? ['Product user'] : [],
          rolesKnown: false,
          seatType: cataloged ? (billable === false ? 'Basic' : 'Product user') : null,
          invitedAt: null,
          createdAt: null,
          lastActiveAt: product.lastActiveAt,
          activityKnown: true,
          counters: {},
        });
      }
    },
    (page) => {
      const org = orgOf(page);
      if (org) orgs.add(org);
    },
  );
  if (orgs.size > 1)
    problems.add({ file: files[0]?.name ?? '(input)' }, `the pages list more than one organization: ${[...orgs].join(', ')}`);
  // Without links.self an empty listing cannot say whose users are gone: its scope would not be the organization's.
  if (listing.records === 0 && orgs.size === 0 && options.emptyIsComplete === true)
    problems.add(
      { file: files[0]?.name ?? '(input)' },
      'the listing holds no users and no links.self naming the organization: nothing can be marked removed from it',
    );
  problems.throwIfAny();

  const [org] = orgs;
  const batch = emptyBatch('atlassian-users', org ? `atlassian-users:${org}` : 'atlassian-users');
  batch.accounts = accounts;
  const invited = accounts.filter((a) => a.status === 'invited').length;
  if (invited)
    batch.notes.push(
      `${invited} product access(es) are active but were never used (no last_active): unaccepted invites, billed all the same.`,
    );
  if (withoutAccess) batch.notes.push(`${withoutAccess} user(s) have no product access: no account.`);
  if (skipped.size) batch.notes.push(`Products without a catalog entry were not imported: ${[...skipped].sort().join(', ')}.`);
  batch.notes.push(
    'The organization users API names no admin roles (org, site or product admins): roles are unknown, so no sole-admin finding is raised for these apps.',
  );
  takeListing(batch, listing);
  return batch;
}

export const atlassianUsersParser: Parser = {
  kind: 'atlassian-users',
  description:
    'Atlassian organization users (GET /admin/v1/orgs/{orgId}/users JSON pages: account_status, access_billable, product_access with last_active); one app per product and site, as atlassian-csv makes them.',
  needsApp: false,
  parse,
};
