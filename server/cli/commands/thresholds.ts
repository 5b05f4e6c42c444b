import type { Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import { settleDecision } from '../../kpi/after-decision.js';
import { EVERYTHING } from '../../shared/change-scope.js';
import { readThresholds, setThresholds } from '../../findings/thresholds.js';
import { readLeaverSlaHours, setLeaverSlaHours } from '../../leavers/leaver-sla-setting.js';
import { positiveInt } from '../options.js';
import { withGraph } from '../with-graph.js';

/** `attest thresholds`: shows the organization-wide thresholds, or sets them and recomputes the findings. */
export function registerThresholdsCommand(program: Command): void {
  program
    .command('thresholds')
    .description('Show or set the organization-wide finding thresholds (an app can override them with `attest app`)')
    .option('--inactivity-days <n>', 'days without activity before an account is inactive (default 90)', positiveInt)
    .option('--never-active-days <n>', 'days after being added before a never-used account is inactive (default 30)', positiveInt)
    .option(
      '--leaver-sla-hours <n>',
      "hours after a leaver's termination date by which their accounts must be deprovisioned (default 24)",
      positiveInt,
    )
    .action(async (options: { inactivityDays?: number; neverActiveDays?: number; leaverSlaHours?: number }) => {
      const { leaverSlaHours, ...findingThresholds } = options;
      const changing = findingThresholds.inactivityDays !== undefined || findingThresholds.neverActiveDays !== undefined;
      const [current, sla] = await withGraph(async (graph) => {
        const sla =
          leaverSlaHours === undefined
            ? await readLeaverSlaHours(graph)
            : await setLeaverSlaHours(graph, leaverSlaHours, cliActor(), now());
        if (!changing) return [await readThresholds(graph), sla] as const;
        const set = await setThresholds(graph, findingThresholds, cliActor(), now());
        await settleDecision(graph, loadCatalog(), now(), { refresh: EVERYTHING });
        return [set, sla] as const;
      });
      console.log(
        `inactive after ${current.inactivityDays} days without activity; a never-used account after ${current.neverActiveDays} days; leavers deprovisioned within ${sla} hours`,
      );
    });
}
