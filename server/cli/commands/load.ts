import type { Command } from 'commander';
import { importVendorDir } from '../../../seed/vendor/load-vendor.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import { dataDir } from '../../graph/connect.js';
import { bulkFirstLoad } from '../../ingest/bulk/bulk-load.js';
import { settleAfterChange } from '../../ingest/import-source.js';
import type { SyncRunRecord } from '../../ingest/sync.js';
import type { ReconcileSummary } from '../../reconcile/reconcile.js';
import { withGraph } from '../with-graph.js';

interface LoadOptions {
  bulk: boolean;
}

/** `attest load <folder> [--bulk]`: every import a folder's manifest lists, in order, then one reconciliation. */
export function registerLoadCommand(program: Command): void {
  program
    .command('load')
    .description(
      'Load a folder of exports: manifest.json lists each import (kind, path, app), organization.json and apps.json configure; all or nothing per import, one reconciliation at the end',
    )
    .argument('<folder>', 'the folder holding manifest.json (as `attest seed --out` writes one)')
    .option(
      '--bulk',
      "first load into an empty embedded database with Neo4j's offline importer: the same graph, several times faster at 100,000 people; refused when the database exists or runs",
      false,
    )
    .action(async (folder: string, options: LoadOptions) => {
      const catalog = loadCatalog();
      const at = now();
      if (!options.bulk) {
        const imports = await withGraph((graph) =>
          importVendorDir(graph, catalog, at, folder, (entry, index, total) =>
            console.error(`[${index + 1}/${total}] ${entry.path} (${entry.kind})…`),
          ),
        );
        const last = imports.at(-1)?.outcome;
        printLoad(
          imports.map((loaded) => loaded.outcome.run),
          last?.reconcile ?? null,
          last?.findings ?? null,
        );
        return;
      }
      if (process.env.NEO4J_URI) {
        throw new Error('--bulk builds the embedded database; with NEO4J_URI set, load without --bulk (or use neo4j-admin on that server)');
      }
      const loaded = await bulkFirstLoad({ dataDir: dataDir(), folder, catalog, now: at, onProgress: (line) => console.error(line) });
      try {
        console.error('Reconciling and computing the findings…');
        const settled = await settleAfterChange(loaded.connection.graph, catalog, at, loaded.runs.at(-1)?.id ?? null);
        printLoad(loaded.runs, settled.reconcile, settled.findings);
      } finally {
        await loaded.connection.close();
      }
    });
}

function printLoad(runs: readonly SyncRunRecord[], reconcile: ReconcileSummary | null, findings: number | null): void {
  for (const run of runs) console.log(`${run.scope}: ${run.recordsRead} records read, ${run.added} added, ${run.updated} updated`);
  if (reconcile) {
    console.log(
      `${reconcile.accountsLinked} accounts linked to people, ${reconcile.accountsUnowned} without an owner, ${reconcile.needsReview} waiting for review; ${findings ?? 0} findings`,
    );
  }
}
