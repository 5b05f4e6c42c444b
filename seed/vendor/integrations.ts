/**
 * integrations.csv: every app's connections (App, Integration, Mode, Enabled by, Authorized by,
 * Enabled at, Last used, Scopes), the authors named by their account email. The importer finds an
 * app of that file by its catalog name, so apps named otherwise (a second Slack workspace...) get
 * their own file, imported with the app and catalog given.
 */
import type { Catalog } from '../../server/catalog/catalog.js';
import type { AppRecord, IntegrationRecord } from '../org.types.js';
import { csvText, type VendorContext } from './common.js';

const HEADER = ['App', 'Integration', 'Mode', 'Enabled by', 'Authorized by', 'Enabled at', 'Last used', 'Scopes'];

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Whether the importer resolves the app from its name alone. */
export function namedLikeCatalog(catalog: Catalog, app: AppRecord): boolean {
  return squash(catalog.get(app.catalogKey).name) === squash(app.name);
}

export function integrationsCsv(ctx: VendorContext, integrations: IntegrationRecord[]): string {
  const emails = new Map(ctx.org.accounts.map((a) => [a.id, a.email]));
  const apps = new Map(ctx.org.apps.map((app) => [app.id, app.name]));
  const rows = integrations.map((n) => [
    apps.get(n.appId) ?? n.appId,
    n.name,
    n.mode,
    n.enabledByAccountId === null ? null : (emails.get(n.enabledByAccountId) ?? null),
    n.authorizedByAccountId === null ? null : (emails.get(n.authorizedByAccountId) ?? null),
    n.enabledAt,
    n.lastUsedAt,
    n.scopes.join(' '),
  ]);
  return csvText(HEADER, rows);
}
