import type { Command } from 'commander';
import { SourceService } from '../../api/sources/source.service.js';
import { SYSTEM_VIEWER } from '../../auth/viewer.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import { withGraph } from '../with-graph.js';

/** `attest sources`: every imported source, when it last synced, and whether it is stale. */
export function registerSourcesCommand(program: Command): void {
  program
    .command('sources')
    .description('List imported sources, when each last synced, and which are stale (more than 7 days)')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      const sources = await withGraph((graph) =>
        new SourceService({ graph, catalog: loadCatalog(), now: now(), viewer: SYSTEM_VIEWER }).sources(),
      );
      if (options.json) {
        process.stdout.write(`${JSON.stringify(sources, null, 2)}\n`);
        return;
      }
      if (!sources.length) {
        console.log('Nothing imported yet. Use `attest import <kind> <path>`.');
        return;
      }
      for (const s of sources) {
        const when = s.lastSyncedAt ? `${s.lastSyncedAt.slice(0, 16).replace('T', ' ')} (${s.daysSinceSync} days ago)` : 'never succeeded';
        console.log(`${s.stale ? 'STALE ' : '      '}${s.scope.padEnd(40)} ${when}  last: ${s.lastStatus}, ${s.runs} run(s)`);
      }
    });
}
