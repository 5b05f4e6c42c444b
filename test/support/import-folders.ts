import { basename } from 'node:path';
import type { Catalog } from '../../server/catalog/catalog.js';
import type { Graph } from '../../server/graph/graph.js';
import { importSource } from '../../server/ingest/import-source.js';
import type { ImportKind } from '../../server/ingest/model.js';

/**
 * Imports folders of pages as a person would import the files, each a complete listing, in order,
 * reconciling once after the last: the graph a connector's sync of the same pages must equal.
 */
export async function importFoldersAsFiles(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  folders: readonly { kind: ImportKind; path: string }[],
): Promise<void> {
  for (const [index, { kind, path }] of folders.entries()) {
    await importSource(graph, catalog, now, {
      kind,
      files: [{ path, name: basename(path) }],
      completeness: 'complete',
      reconcile: index === folders.length - 1,
    });
  }
}
