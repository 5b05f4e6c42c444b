/**
 * writeVendorFiles: the organization as the vendors' own exports under DIR/vendor/, plus
 * DIR/vendor/manifest.json, the ordered imports that rebuild it (HR, Okta users, groups, app
 * assignments, Entra users, then each app's accounts, then integrations).
 */
import type { AppSettings } from '../../server/ingest/app-settings.js';
import { join } from 'node:path';
import type { Catalog } from '../../server/catalog/catalog.js';
import type { DemoOrg } from '../org.types.js';
import { accountsCsv } from './accounts-csv.js';
import { atlassianUsers } from './atlassian.js';
import { fileSlug, formatOf, jsonText, put, vendorContext } from './common.js';
import { githubMembers } from './github.js';
import { entraUsers } from './entra.js';
import { hrCsv } from './hr.js';
import { integrationsCsv, namedLikeCatalog } from './integrations.js';
import { oktaAppUsers, oktaGroups, oktaUsers } from './okta.js';
import { slackUsers } from './slack.js';

export interface ManifestEntry {
  kind: string;
  /** Relative to manifest.json. */
  path: string;
  app?: string;
  catalog?: string;
  /** Overrides the importer's judgement of whether the file lists everything of its kind. */
  completeness?: 'complete' | 'partial';
}

export interface VendorFiles {
  dir: string;
  manifestPath: string;
  manifest: ManifestEntry[];
}

export const MANIFEST = 'manifest.json';
/**
 * The organization's own domains and alias domains (acme.io -> acme.com). No vendor export carries
 * them and Attest has no importer for them: it is configuration, applied by importVendorDir first.
 */
export const ORGANIZATION = 'organization.json';

/** Each app's plan, purchased seats, owner and SSO / SCIM switches: Attest settings no export carries. */
export const APP_SETTINGS = 'apps.json';

export async function writeVendorFiles(root: string, org: DemoOrg, catalog: Catalog): Promise<VendorFiles> {
  const dir = join(root, 'vendor');
  const ctx = vendorContext(org, catalog);
  const manifest: ManifestEntry[] = [];
  const add = async (
    kind: string,
    relative: string,
    text: string,
    app?: { name: string; catalogKey: string },
    completeness?: 'complete' | 'partial',
  ): Promise<void> => {
    const path = await put(dir, relative, text);
    manifest.push({ kind, path, ...(app ? { app: app.name, catalog: app.catalogKey } : {}), ...(completeness ? { completeness } : {}) });
  };

  // A rehire's earlier, terminated record shares its work email with the current one: one file, as HR exports it.
  await add('hr-csv', 'hr.csv', hrCsv(ctx));
  await add('okta-users', 'okta/users.json', jsonText(oktaUsers(ctx)));
  await add('okta-groups', 'okta/groups.json', jsonText(oktaGroups(ctx)));
  for (const app of org.apps) {
    const assignments = oktaAppUsers(ctx, app);
    if (assignments) await add('okta-app-users', `okta/app-users/${fileSlug(app.name)}.json`, jsonText(assignments), app);
  }
  const entra = entraUsers(ctx);
  if (entra) await add('entra-users', 'entra/users.json', jsonText(entra));

  const atlassian = org.apps.filter((app) => formatOf(app) === 'atlassian');
  for (const app of org.apps) {
    const format = formatOf(app);
    if (format === 'slack') await add('slack-users', `slack/${fileSlug(app.name)}.json`, jsonText(slackUsers(ctx, app)), app);
    else if (format === 'github') await add('github-members', `github/${fileSlug(app.name)}.json`, jsonText(githubMembers(ctx, app)), app);
    else if (format === 'accounts') await add('accounts-csv', `accounts/${fileSlug(app.name)}.csv`, accountsCsv(ctx, app), app);
  }
  if (atlassian.length > 0) await add('atlassian-csv', 'atlassian/users.csv', atlassianUsers(ctx, atlassian));

  const appsById = new Map(org.apps.map((app) => [app.id, app]));
  const byName = org.integrations.filter((n) => {
    const app = appsById.get(n.appId);
    return app !== undefined && namedLikeCatalog(catalog, app);
  });
  if (byName.length > 0) await add('integrations', 'integrations.csv', integrationsCsv(ctx, byName));
  for (const app of org.apps) {
    if (namedLikeCatalog(catalog, app)) continue;
    const own = org.integrations.filter((n) => n.appId === app.id);
    if (own.length > 0) await add('integrations', `integrations/${fileSlug(app.name)}.csv`, integrationsCsv(ctx, own), app);
  }

  await put(dir, ORGANIZATION, jsonText(org.organization));
  const peopleById = new Map(org.people.map((p) => [p.id, p]));
  const settings: AppSettings[] = org.apps.map((app) => ({
    name: app.name,
    catalogKey: app.catalogKey,
    plan: app.plan,
    seats: Object.fromEntries(Object.entries(app.seatCapacity).filter((e): e is [string, number] => e[1] !== null)),
    ownerEmail: app.ownerPersonId ? (peopleById.get(app.ownerPersonId)?.email ?? null) : null,
    ssoEnforced: app.ssoEnforced,
    scimEnabled: app.scimEnabled,
  }));
  await put(dir, APP_SETTINGS, jsonText(settings));
  const manifestPath = await put(dir, MANIFEST, jsonText(manifest));
  return { dir, manifestPath: join(dir, manifestPath), manifest };
}
