import { Option, type Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { now } from '../../config/now.js';
import { listCampaigns } from '../../reviews/campaign-read.js';
import { closeCampaign } from '../../reviews/close-campaign.js';
import { createCampaign } from '../../reviews/create-campaign.js';
import { parseDueDate } from '../../reviews/due-date.js';
import { escalateOverdue } from '../../reviews/escalate.js';
import { launchCampaign } from '../../reviews/launch-campaign.js';
import { SCOPE_KINDS, type ScopeKind } from '../../reviews/review.types.js';
import { withGraph } from '../with-graph.js';
import { registerCampaignScheduleCommands } from './campaign-schedule.js';

interface CreateOptions {
  name: string;
  period: string;
  scope: ScopeKind;
  app?: string[];
  due: string;
  owner: string;
  secondStage: boolean;
  remediationDays?: string;
}

/** `attest campaign create | launch | list | close | escalate`: access-review campaigns from the command line. */
export function registerCampaignCommands(program: Command): void {
  const campaign = program.command('campaign').description('Access-review campaigns: create, launch, list, close, escalate overdue items');

  campaign
    .command('create')
    .description('Create a draft campaign (launch it to snapshot the accounts in scope)')
    .requiredOption('--name <name>', 'e.g. "2026-Q4 access review"')
    .requiredOption('--period <period>', 'e.g. 2026-Q4')
    .addOption(new Option('--scope <scope>', 'which accounts').choices([...SCOPE_KINDS]).makeOptionMandatory())
    .option('--app <app...>', 'the apps, for --scope apps (name or id; repeat or list several)')
    .requiredOption('--due <date>', 'due date, YYYY-MM-DD (end of that day, UTC)')
    .requiredOption('--owner <email>', 'the campaign owner (reviews orphaned accounts): work email or employee id')
    .option('--second-stage', 'app owners re-review admin roles kept in stage 1', false)
    .option('--remediation-days <n>', 'days after a revoke by which an import must show it done (default 14)')
    .action(async (options: CreateOptions) => {
      await withGraph(async (graph) => {
        const remediationDays = options.remediationDays === undefined ? undefined : Number(options.remediationDays);
        const created = await createCampaign(
          graph,
          {
            name: options.name,
            period: options.period,
            scopeKind: options.scope,
            scopeApps: options.app,
            dueAt: parseDueDate(options.due),
            owner: options.owner,
            secondStage: options.secondStage,
            remediationDays,
          },
          cliActor(),
          now(),
        );
        console.log(
          `Created draft campaign ${created.id} "${created.name}" (${created.scopeKind}), due ${created.dueAt}, owned by ${created.ownerName ?? '?'}`,
        );
        console.log(`Launch it with: attest campaign launch ${created.id}`);
      });
    });

  campaign
    .command('launch')
    .description('Snapshot every account in scope into review items; later imports do not change them')
    .argument('<campaign>', 'campaign id or name')
    .action(async (ref: string) => {
      await withGraph(async (graph) => {
        const launched = await launchCampaign(graph, ref, cliActor(), now());
        console.log(
          `Launched "${launched.campaign.name}": ${launched.populationCount} accounts, population SHA-256 ${launched.populationSha256}`,
        );
        if (launched.unassigned > 0)
          console.log(`  ${launched.unassigned} item(s) have no reviewer (every rule named the owner): reassign them`);
      });
    });

  campaign
    .command('list')
    .description('List campaigns, newest first')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      await withGraph(async (graph) => {
        const campaigns = await listCampaigns(graph);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(campaigns, null, 2)}\n`);
          return;
        }
        if (campaigns.length === 0) console.log('No campaigns yet: create one with `attest campaign create`.');
        for (const c of campaigns) {
          const population = c.populationCount === null || c.populationCount === undefined ? '' : `, ${c.populationCount} accounts`;
          console.log(`${c.id}  ${c.name}  [${c.status}]  ${c.period}, scope ${c.scopeKind}, due ${c.dueAt.slice(0, 10)}${population}`);
        }
      });
    });

  campaign
    .command('close')
    .description('Sign a campaign off; undecided items get the default, recorded as such')
    .argument('<campaign>', 'campaign id or name')
    .addOption(new Option('--default <default>', 'what undecided items get').choices(['no-change', 'revoke']).makeOptionMandatory())
    .action(async (ref: string, options: { default: 'no-change' | 'revoke' }) => {
      await withGraph(async (graph) => {
        const closed = await closeCampaign(graph, ref, options.default === 'revoke' ? 'revoke' : 'no_change', cliActor(), now());
        console.log(`Closed "${closed.campaign.name}"; ${closed.defaulted} undecided item(s) got the default (${options.default})`);
      });
    });

  campaign
    .command('escalate')
    .description("Move undecided items past their due date to the reviewer's manager (once per item)")
    .action(async () => {
      await withGraph(async (graph) => {
        const outcome = await escalateOverdue(graph, now(), cliActor());
        console.log(`Escalated ${outcome.escalatedItemIds.length} overdue item(s)`);
        if (outcome.stuckItemIds.length > 0)
          console.log(`  ${outcome.stuckItemIds.length} stay with their reviewer: no manager to escalate to`);
      });
    });

  registerCampaignScheduleCommands(campaign);
}
