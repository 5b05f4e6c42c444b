/**
 * What importVendorDir applies before the imports (seed/vendor/load-vendor.ts): the organization's
 * domains and each app's plan, seats, owner and SSO / SCIM switches, so findings see a real setup.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../server/catalog/catalog.js';
import type { Graph } from '../server/graph/graph.js';
import { applyAppSettings, type AppSettings } from '../server/ingest/app-settings.js';
import { setOrganization, type OrganizationSettings } from '../server/ingest/organization.js';
import { APP_SETTINGS, ORGANIZATION } from '../seed/vendor/write-vendor.js';

function isOrganization(value: unknown): value is OrganizationSettings {
  if (typeof value !== 'object' || value === null) return false;
  const org = value as Record<string, unknown>;
  return typeof org.name === 'string' && Array.isArray(org.domains) && typeof org.domainAliases === 'object';
}

function isAppSettings(value: unknown): value is AppSettings {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).name === 'string';
}

/** Applies VENDOR_DIR/organization.json and apps.json when present; returns how many apps it configured. */
export async function applyVendorSettings(graph: Graph, catalog: Catalog, vendorDir: string): Promise<number> {
  const orgPath = join(vendorDir, ORGANIZATION);
  if (existsSync(orgPath)) {
    const org: unknown = JSON.parse(readFileSync(orgPath, 'utf8'));
    if (!isOrganization(org)) throw new Error(`${orgPath}: expected { "name", "domains", "domainAliases" }`);
    await setOrganization(graph, org);
  }
  const appsPath = join(vendorDir, APP_SETTINGS);
  if (!existsSync(appsPath)) return 0;
  const apps: unknown = JSON.parse(readFileSync(appsPath, 'utf8'));
  if (!Array.isArray(apps) || !apps.every(isAppSettings)) throw new Error(`${appsPath}: expected an array of app settings`);
  for (const [index, settings] of apps.entries()) await applyAppSettings(graph, catalog, settings, `${APP_SETTINGS} entry ${index}`);
  return apps.length;
}
