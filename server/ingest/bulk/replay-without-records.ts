import type { Actor } from '../../audit/actor.js';
import type { Catalog } from '../../catalog/catalog.js';
import type { Graph } from '../../graph/graph.js';
import { applyFolderSettings } from '../../../seed/vendor/load-vendor.js';
import { recordRun, type SyncRunRecord } from '../sync.js';
import type { AppRow, PreparedBatch } from '../write/prepare.js';
import { writeImport } from '../write/write-import.js';

/** One import of the load: its run (counted already) and the apps its batch names, with their roles and seat types. */
export interface LoadedImport {
  run: SyncRunRecord;
  apps: AppRow[];
}

/**
 * Does to an empty database what loading the folder through the Cypher path does, but for the
 * records: its settings, then each import in order through the real writer with its apps and no
 * records, its SyncRun and audit event recorded with the counts of the records the bulk files hold.
 * Apps, roles and seat types named by several imports fold as they would there, settings and audit
 * events land in the same order, and the hash chain of the audit log is the one the load will carry.
 */
export async function replayWithoutRecords(
  graph: Graph,
  catalog: Catalog,
  folder: string,
  imports: readonly LoadedImport[],
  options: { now: Date; actor?: Actor },
): Promise<void> {
  await applyFolderSettings(graph, catalog, folder);
  for (const { run, apps } of imports) {
    const params = { kind: run.kind, scope: run.scope, runId: run.id, now: options.now.toISOString() };
    await writeImport({ graph, params }, appsOnly(apps), false, (tx) => recordRun(tx, run, options));
  }
}

function appsOnly(apps: AppRow[]): PreparedBatch {
  return { apps, people: [], identities: [], groups: [], accounts: [], assignments: [], integrations: [], notes: [] };
}
