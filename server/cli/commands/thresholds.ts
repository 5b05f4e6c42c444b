import type { Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import { settleDecision } from '../../kpi/after-decision.js';
import { EVERYTHING } from '../../shared/change-scope.js';
import { readThresholds, setThresholds } from '../../findings/thresholds.js';
import { positiveInt } from '../options.js';
import { withGraph } from '../with-graph.js';

/** `attest thresholds`: shows the organization-wide thresholds, or sets them and recomputes the findings. */
export function registerThresholdsCommand(program: Command): void {
  program
    .command('thresholds')
    .description('Show or set the organization-wide finding thresholds (an app can override them with `attest app`)')
    .option('--inactivity-days <n>', 'days without activity before an account is inactive (default 90)', positiveInt)
    .option('--never-active-days <n>', 'days after being added before a never-used account is inactive (default 30)', positiveInt)
    .action(async (options: { inactivityDays?: number; neverActiveDays?: number }) => {
      const changing = options.inactivityDays !== undefined || options.neverActiveDays !== undefined;
      const current = await withGraph(async (graph) => {
        if (!changing) return readThresholds(graph);
        const set = await setThresholds(graph, options, cliActor(), now());
        await settleDecision(graph, loadCatalog(), now(), { refresh: EVERYTHING });
        return set;
      });
      console.log(
        `inactive after ${current.inactivityDays} days without activity; a never-used account after ${current.neverActiveDays} days`,
      );
    });
}
