/**
 * writeSeed: generates the organization and writes DIR/org.json (DemoOrg), DIR/truth.json
 * (Truth, findings sorted by type, app, account) and the same organization as the vendors' own
 * export files under DIR/vendor/ with DIR/vendor/manifest.json (see seed/vendor/write-vendor.ts). org.json puts one record per line so the file
 * stays readable and diffable at 10,000 people.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCatalog } from '../server/catalog/catalog.js';
import { generateOrg, type GenerateOptions } from './generate.js';
import type { DemoOrg, Truth } from './org.types.js';
import { writeVendorFiles } from './vendor/write-vendor.js';

/** Top-level keys indented, arrays one element per line. Deterministic for equal input. */
export function formatOrg(org: DemoOrg): string {
  const lines: string[] = ['{'];
  const entries = Object.entries(org);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      if (value.length === 0) {
        lines.push(`  ${JSON.stringify(key)}: []${comma}`);
        return;
      }
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((item: unknown, j) => lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function formatTruth(truth: Truth): string {
  return `${JSON.stringify(truth, null, 2)}\n`;
}

export async function writeSeed(
  dir: string,
  options: GenerateOptions,
): Promise<{ orgPath: string; truthPath: string; vendorDir: string; manifestPath: string; counts: Record<string, number> }> {
  const catalog = options.catalog ?? loadCatalog();
  const { org, truth } = generateOrg({ ...options, catalog });
  await mkdir(dir, { recursive: true });
  const orgPath = join(dir, 'org.json');
  const truthPath = join(dir, 'truth.json');
  await writeFile(orgPath, formatOrg(org), 'utf8');
  await writeFile(truthPath, formatTruth(truth), 'utf8');
  const vendor = await writeVendorFiles(dir, org, catalog);
  const counts: Record<string, number> = {
    people: org.people.length,
    identities: org.identities.length,
    groups: org.groups.length,
    apps: org.apps.length,
    accounts: org.accounts.length,
    integrations: org.integrations.length,
    findings: truth.findings.length,
    vendorFiles: vendor.manifest.length,
  };
  for (const finding of truth.findings) counts[`findings.${finding.type}`] = (counts[`findings.${finding.type}`] ?? 0) + 1;
  counts.hardCases = truth.hardCases.length;
  return { orgPath, truthPath, vendorDir: vendor.dir, manifestPath: vendor.manifestPath, counts };
}
