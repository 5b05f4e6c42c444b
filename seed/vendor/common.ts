/** Shared bits of the vendor-format writers: stable vendor-style ids, CSV and JSON text, app lookups. */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Catalog } from '../../server/catalog/catalog.js';
import type { AccountStatus, CatalogEntry } from '../../server/catalog/catalog.types.js';
import type { AccountRecord, AppRecord, DemoOrg, PersonRecord } from '../org.types.js';

/** A hex digest of `text`, for vendor ids that must look opaque but stay deterministic. */
export function hexId(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export const oktaUserId = (identityId: string): string => `00u${hexId(identityId, 17)}`;
export const oktaGroupId = (groupId: string): string => `00g${hexId(groupId, 17)}`;

/** Numeric part of an account record id (acct-0000123 -> 123). */
export function accountNumber(account: AccountRecord): number {
  return Number.parseInt(account.id.replace(/\D/g, ''), 10);
}

export function csvText(header: string[], rows: (string | null)[][]): string {
  return stringify([header, ...rows.map((row) => row.map((cell) => cell ?? ''))], { record_delimiter: '\r\n' });
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes `text` at DIR/<relative>, creating folders; returns the relative path. */
export async function put(dir: string, relative: string, text: string): Promise<string> {
  const path = join(dir, relative);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
  return relative;
}

/** File-name slug of an app name ("Jira (acme)" -> "jira-acme"). */
export function fileSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The vendor's own word for a canonical status: the first catalog status word that maps to it, capitalized. */
export function statusWord(entry: CatalogEntry, status: AccountStatus): string {
  const word = Object.entries(entry.statusWords).find(([, value]) => value === status)?.[0];
  if (!word) throw new Error(`catalog ${entry.key}: no status word for ${status}`);
  return word.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => `${sep}${letter.toUpperCase()}`);
}

/** What a writer needs from the organization, indexed once. */
export interface VendorContext {
  org: DemoOrg;
  catalog: Catalog;
  peopleById: Map<string, PersonRecord>;
  peopleByEmployeeId: Map<string, PersonRecord>;
  accountsByApp: Map<string, AccountRecord[]>;
}

export function vendorContext(org: DemoOrg, catalog: Catalog): VendorContext {
  const accountsByApp = new Map<string, AccountRecord[]>(org.apps.map((app) => [app.id, []]));
  for (const account of org.accounts) accountsByApp.get(account.appId)?.push(account);
  return {
    org,
    catalog,
    peopleById: new Map(org.people.map((p) => [p.id, p])),
    peopleByEmployeeId: new Map(org.people.map((p) => [p.employeeId, p])),
    accountsByApp,
  };
}

export function accountsOf(ctx: VendorContext, app: AppRecord): AccountRecord[] {
  return ctx.accountsByApp.get(app.id) ?? [];
}

/** Which importer reads an app's accounts. */
export type AppFormat = 'slack' | 'github' | 'atlassian' | 'accounts';

export function formatOf(app: AppRecord): AppFormat {
  if (app.catalogKey === 'slack') return 'slack';
  if (app.catalogKey === 'github') return 'github';
  if (app.catalogKey === 'atlassian-jira' || app.catalogKey === 'atlassian-confluence') return 'atlassian';
  return 'accounts';
}
