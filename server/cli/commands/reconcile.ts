import type { Command } from 'commander';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import { reconcileAndRefresh } from '../../reconcile/reconcile-and-refresh.js';
import { withGraph } from '../with-graph.js';

/** `attest reconcile`: links every record to its person again and recomputes the findings. */
export function registerReconcileCommand(program: Command): void {
  program
    .command('reconcile')
    .description('Link every identity and account to its person again, then recompute the findings')
    .action(async () => {
      const { reconcile: summary, findings } = await withGraph((graph) => reconcileAndRefresh(graph, loadCatalog(), now()));
      console.log(
        `Linked ${summary.identitiesLinked} identities and ${summary.accountsLinked} accounts; ${summary.accountsUnowned} accounts have no owner; ${findings} findings`,
      );
    });
}
