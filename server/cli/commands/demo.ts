import type { Command } from 'commander';
import { join } from 'node:path';
import { archiveCheckpoints } from '../../audit/checkpoint-store.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import { loadDemo } from '../../demo/ensure-demo.js';
import { dataDir } from '../../graph/connect.js';
import { deleteEverything } from '../../graph/reset.js';
import { positiveInt } from '../options.js';
import { withGraph } from '../with-graph.js';

/** `attest demo`: generates the demo organization and imports it. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Generate the demo organization and load it into the database (use --reset to empty the database first)')
    .option('--people <n>', 'number of people', positiveInt, 300)
    .option('--seed <s>', 'random seed', positiveInt, 42)
    .option('--reset', 'delete everything in the database first', false)
    .action(async (options: { people: number; seed: number; reset: boolean }) => {
      const log = (message: string): void => console.log(message);
      await withGraph(
        async (graph) => {
          if (options.reset) {
            await deleteEverything(graph);
            // The audit log starts again; its old checkpoints are kept, renamed, rather than reported as a truncation.
            const archived = archiveCheckpoints();
            if (archived) log(`Moved the audit checkpoints of the deleted log to ${archived}`);
          }
          await loadDemo(graph, loadCatalog(), {
            people: options.people,
            seed: options.seed,
            now: now(),
            dir: join(dataDir(), 'demo'),
            log,
          });
        },
        { onProgress: log },
      );
    });
}
