/**
 * importVendorDir: imports a vendor folder written by writeVendorFiles through the real importers,
 * one importSource per manifest entry, in manifest order. The organization's domains and alias
 * domains (organization.json next to the manifest) are configuration no importer reads; they are
 * written to the Organization node first, as the demo loader does.
 */
import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Catalog } from '../../server/catalog/catalog.js';
import type { Graph } from '../../server/graph/graph.js';
import { setOrganization } from '../../server/ingest/organization.js';
import { importSource, type ImportOutcome } from '../../server/ingest/import-source.js';
import type { OrgInfo } from '../org.types.js';
import { APP_SETTINGS, MANIFEST, ORGANIZATION, type ManifestEntry } from './write-vendor.js';
import { applyAppSettings, type AppSettings } from '../../server/ingest/app-settings.js';

function isEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const optional = (key: string) => entry[key] === undefined || typeof entry[key] === 'string';
  const completeness = entry.completeness === undefined || entry.completeness === 'complete' || entry.completeness === 'partial';
  return typeof entry.kind === 'string' && typeof entry.path === 'string' && optional('app') && optional('catalog') && completeness;
}

export async function readManifest(path: string): Promise<ManifestEntry[]> {
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected an array of imports`);
  return parsed.map((entry: unknown, i) => {
    if (!isEntry(entry))
      throw new Error(`${path}: entry ${i}: expected { "kind", "path", "app"?, "catalog"?, "completeness"?: "complete" | "partial" }`);
    return entry;
  });
}

function isOrgInfo(value: unknown): value is OrgInfo {
  if (typeof value !== 'object' || value === null) return false;
  const org = value as Record<string, unknown>;
  return (
    typeof org.name === 'string' &&
    Array.isArray(org.domains) &&
    org.domains.every((d) => typeof d === 'string') &&
    typeof org.domainAliases === 'object' &&
    org.domainAliases !== null
  );
}

/** Applies DIR/organization.json (the org's domains and aliases) when present; returns whether it did. */
async function applyOrganization(graph: Graph, base: string): Promise<boolean> {
  const path = join(base, ORGANIZATION);
  try {
    await access(path);
  } catch {
    return false;
  }
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!isOrgInfo(parsed)) throw new Error(`${path}: expected { "name", "domains": [...], "domainAliases": {...} }`);
  await setOrganization(graph, parsed);
  return true;
}

/** Applies DIR/apps.json (plans, purchased seats, owners, SSO / SCIM) when present. */
async function applyApps(graph: Graph, catalog: Catalog, base: string): Promise<void> {
  const path = join(base, APP_SETTINGS);
  try {
    await access(path);
  } catch {
    return;
  }
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected an array of app settings`);
  for (const [index, settings] of parsed.entries()) {
    if (
      typeof settings !== 'object' ||
      settings === null ||
      typeof (settings as AppSettings).name !== 'string' ||
      typeof (settings as AppSettings).catalogKey !== 'string'
    ) {
      throw new Error(
        `${path}: entry ${index}: expected { "name", "catalogKey", "plan"?, "seats"?, "ownerEmail"?, "ssoEnforced"?, "scimEnabled"? }`,
      );
    }
    await applyAppSettings(graph, catalog, settings as AppSettings, `${APP_SETTINGS} entry ${index}`);
  }
}

/** What the folder configures beside its imports (organization.json, apps.json), applied before them. */
export async function applyFolderSettings(graph: Graph, catalog: Catalog, base: string): Promise<void> {
  await applyOrganization(graph, base);
  await applyApps(graph, catalog, base);
}

export interface VendorImport {
  entry: ManifestEntry;
  outcome: ImportOutcome;
}

/** `dir` is the vendor folder (holding manifest.json) or the manifest file itself. */
export async function readFolder(dir: string): Promise<{ base: string; entries: ManifestEntry[] }> {
  const manifestPath = basename(dir) === MANIFEST ? resolve(dir) : resolve(dir, MANIFEST);
  return { base: dirname(manifestPath), entries: await readManifest(manifestPath) };
}

/** `dir` is the vendor folder (holding manifest.json) or the manifest file itself. */
export async function importVendorDir(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  dir: string,
  onProgress?: (entry: ManifestEntry, index: number, total: number) => void,
): Promise<VendorImport[]> {
  const { base, entries } = await readFolder(dir);
  await applyFolderSettings(graph, catalog, base);
  const results: VendorImport[] = [];
  for (const [index, entry] of entries.entries()) {
    onProgress?.(entry, index, entries.length);
    const outcome = await importSource(graph, catalog, now, {
      kind: entry.kind,
      files: [{ path: join(base, entry.path), name: entry.path }],
      ...(entry.app === undefined ? {} : { app: entry.app }),
      ...(entry.catalog === undefined ? {} : { catalogKey: entry.catalog }),
      ...(entry.completeness === undefined ? {} : { completeness: entry.completeness }),
      reconcile: index === entries.length - 1,
    });
    results.push({ entry, outcome });
  }
  return results;
}
