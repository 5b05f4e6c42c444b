/**
 * `attest serve --baton-dir DIR` (or ATTEST_BATON_DIR) looks at the folder at start and then every
 * minute, one round at a time, as the connections schedule does (../schedule.ts). Attest runs no
 * connector itself: whatever runs Baton (cron, a systemd timer) writes the .c1z files there.
 */
import type { Catalog } from '../../catalog/catalog.js';
import type { Graph } from '../../graph/graph.js';
import { syncBatonFolder } from './sync-baton-folder.js';
import { repeatPass } from '../../shared/repeating-pass.js';

const TICK_MS = 60_000;

export function startBatonFolderSchedule(
  graph: Graph,
  catalog: () => Catalog,
  now: () => Date,
  dir: string,
  log: (message: string) => void,
): () => void {
  return repeatPass(
    async () => {
      await syncBatonFolder(graph, catalog(), now, dir, log);
    },
    TICK_MS,
    (message) => log(`baton folder ${dir}: ${message}`),
  );
}
