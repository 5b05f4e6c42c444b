/**
 * writeSeed: generates the organization and writes DIR/org.json (DemoOrg), DIR/truth.json
 * (Truth, findings sorted by type, app, account) and the same organization as the vendors' own
 * export files under DIR/vendor/ with DIR/vendor/manifest.json (see seed/vendor/write-vendor.ts). org.json puts one record per line so the file
 * stays readable and diffable at 10,000 people.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { loadCatalog } from '../server/catalog/catalog.js';
import { generateOrg, type GenerateOptions } from './generate.js';
import type { DemoOrg, Truth } from './org.types.js';
import { writeVendorFiles } from './vendor/write-vendor.js';

/**
 * Top-level keys indented, arrays one element per line. Deterministic for equal input. Yields the
 * file line by line: at 100,000 people the whole of it is longer than a JavaScript string may be.
 */
function* orgLines(org: DemoOrg): Generator<string> {
  yield '{\n';
  const entries = Object.entries(org);
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, item] of value.entries()) yield `    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}\n`;
      yield `  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}\n`;
    }
  }
  yield '}\n';
}

function formatTruth(truth: Truth): string {
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
  await pipeline(Readable.from(orgLines(org)), createWriteStream(orgPath, 'utf8'));
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
