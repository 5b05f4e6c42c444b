import { join } from 'node:path';
import type { Actor } from '../../audit/actor.js';
import type { Catalog } from '../../catalog/catalog.js';
import type { ManifestEntry } from '../../../seed/vendor/write-vendor.js';
import { parserFor } from '../import-source.js';
import { newRun, takeParsed } from '../sync.js';
import { contentHash } from '../write/content-hash.js';
import { firstWriteProperties } from '../write/first-write-properties.js';
import { firstWriteRelationships } from '../write/first-write-relationships.js';
import { RECORDS } from '../write/write-import.js';
import type { BulkFiles } from './bulk-files.js';
import type { LoadedImport } from './replay-without-records.js';

/**
 * Reads one import of the folder as runImport does (parse and check all of it, completeness,
 * prepareBatch, each row's content hash) and writes its records to the bulk files as their first
 * write leaves them; the run counts them as added. A bad input throws ImportError as it does there.
 */
export async function readImport(
  files: BulkFiles,
  folder: string,
  entry: ManifestEntry,
  options: { catalog: Catalog; now: Date; actor?: Actor },
): Promise<LoadedImport> {
  const started = Date.now();
  const parser = parserFor(entry.kind, entry.app);
  const input = [{ path: join(folder, entry.path), name: entry.path }];
  const syncOptions = { ...options, app: entry.app, catalogKey: entry.catalog, completeness: entry.completeness };
  const run = await newRun(parser, input, syncOptions);
  const batch = await parser.parse(input, syncOptions);
  run.parseMs = Date.now() - started;
  const { prepared, params } = takeParsed(run, batch, syncOptions);
  const writeStarted = Date.now();
  for (const { label, key } of RECORDS) {
    const rows = prepared[key];
    prepared[key] = [];
    for (const row of rows) {
      row.contentHash = contentHash(params.kind, params.scope, row);
      await files.node(label, row.id, firstWriteProperties(label, row, params));
      for (const link of firstWriteRelationships(label, row)) {
        await files.relationship(link.type, { space: label, key: row.id }, { space: link.target, key: link.targetId });
      }
      run.added += 1;
    }
  }
  run.writeMs = Date.now() - writeStarted;
  run.durationMs = Date.now() - started;
  return { run, apps: prepared.apps };
}
