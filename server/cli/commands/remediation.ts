import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { now } from '../../config/now.js';
import { loadSecretKey } from '../../connectors/secret-box.js';
import { dataDir } from '../../graph/connect.js';
import { applyStateOf } from '../../reviews/apply-offer.js';
import { applyRemediation } from '../../reviews/apply-remediation.js';
import { withGraph } from '../with-graph.js';

async function confirmed(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}

/** `attest remediation apply`: deprovision a revoked account through the vendor's API. */
export function registerRemediationCommands(program: Command): void {
  const remediation = program
    .command('remediation')
    .description("Remediation tasks of revoke decisions: apply them through a vendor's API");

  remediation
    .command('apply')
    .description(
      "Deprovision the account a review item revoked through the connection that may (GitHub, Okta, SCIM), and record the vendor's answer; the next import verifies it",
    )
    .argument('<itemId>', 'the review item: the "item id" column of the evidence CSV')
    .option('--yes', 'do not ask for confirmation', false)
    .action(async (itemId: string, options: { yes: boolean }) => {
      await withGraph(async (graph) => {
        const state = await applyStateOf(graph, itemId);
        if (!state) throw new Error(`no review item ${itemId} about an account`);
        if (!state.offer) throw new Error(`apply is not offered for ${state.account} in ${state.appName}: ${state.notOffered ?? ''}`);
        const question = `Through ${state.offer.connection.name}: ${state.offer.action}?`;
        if (!options.yes && !(await confirmed(question)))
          throw new Error(`not applied; to ${state.offer.action} through ${state.offer.connection.name}, add --yes`);
        const done = await applyRemediation(graph, loadSecretKey(dataDir()), itemId, cliActor(), now());
        const applied = done.applied;
        if (!applied?.ok) {
          console.log(`apply failed: ${applied?.outcome ?? 'no answer recorded'}`);
          process.exitCode = 1;
          return;
        }
        console.log(
          `${applied.outcome} (HTTP ${applied.status ?? '-'}). The task stays open until the next import of ${state.appName} shows it.`,
        );
      });
    });
}
