import { Option, type Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { now } from '../../config/now.js';
import { SCOPE_KINDS, type ScopeKind } from '../../reviews/review.types.js';
import { runDueSchedules } from '../../reviews/schedules/run-schedules.js';
import { addSchedule, listSchedules, nextRunOf, removeSchedule } from '../../reviews/schedules/schedule-store.js';
import { withGraph } from '../with-graph.js';

interface AddOptions {
  name: string;
  campaignName: string;
  quarterly?: boolean;
  monthly?: boolean;
  everyDays?: string;
  first: string;
  scope: ScopeKind;
  app?: string[];
  dueInDays: string;
  owner: string;
  secondStage: boolean;
  remediationDays?: string;
}

function cadenceOf(options: AddOptions): { cadence: 'quarterly' | 'monthly' | 'everyDays'; everyDays: number | null } {
  const given = [options.quarterly, options.monthly, options.everyDays !== undefined].filter(Boolean).length;
  if (given !== 1) throw new Error('give one of --quarterly, --monthly or --every-days <n>');
  if (options.quarterly) return { cadence: 'quarterly', everyDays: null };
  if (options.monthly) return { cadence: 'monthly', everyDays: null };
  return { cadence: 'everyDays', everyDays: Number(options.everyDays) };
}

/** `attest campaign schedule add | list | remove | run`: recurring campaigns, launched by `attest serve` on their dates. */
export function registerCampaignScheduleCommands(campaign: Command): void {
  const schedule = campaign.command('schedule').description('Recurring campaigns: attest serve creates and launches each on its date');

  schedule
    .command('add')
    .description('Save a campaign as a schedule (quarterly, monthly or every N days)')
    .requiredOption('--name <name>', 'the schedule, e.g. "Quarterly privileged review"')
    .option('--campaign-name <template>', "each campaign's name; {period} and {date} are filled in", '{period} access review')
    .option('--quarterly', 'every three months from the first run')
    .option('--monthly', 'every month from the first run (the last day of shorter months)')
    .option('--every-days <n>', 'every N days from the first run')
    .requiredOption('--first <date>', 'the first run, YYYY-MM-DD (UTC)')
    .addOption(new Option('--scope <scope>', 'which accounts').choices([...SCOPE_KINDS]).makeOptionMandatory())
    .option('--app <app...>', 'the apps, for --scope apps (name or id)')
    .requiredOption('--due-in-days <n>', 'each campaign is due N days after its launch')
    .requiredOption('--owner <email>', "the campaigns' owner (reviews orphaned accounts): work email or employee id")
    .option('--second-stage', 'app owners re-review admin roles kept in stage 1', false)
    .option('--remediation-days <n>', 'days after a revoke by which an import must show it done (default 14)')
    .action(async (options: AddOptions) => {
      await withGraph(async (graph) => {
        const saved = await addSchedule(
          graph,
          {
            name: options.name,
            nameTemplate: options.campaignName,
            ...cadenceOf(options),
            firstRunOn: options.first,
            scopeKind: options.scope,
            scopeApps: options.app,
            dueInDays: Number(options.dueInDays),
            owner: options.owner,
            secondStage: options.secondStage,
            remediationDays: options.remediationDays === undefined ? undefined : Number(options.remediationDays),
          },
          cliActor(),
          now(),
        );
        const today = now().toISOString().slice(0, 10);
        const first =
          saved.firstRunOn > today ? `on ${saved.firstRunOn}` : 'at the next pass of attest serve (or `attest campaign schedule run`)';
        console.log(`Saved schedule ${saved.id} "${saved.name}" (${describe(saved)}); its first campaign is created ${first}`);
      });
    });

  schedule
    .command('list')
    .description('List campaign schedules with their last and next run')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      await withGraph(async (graph) => {
        const schedules = (await listSchedules(graph)).map((s) => ({ ...s, nextRunOn: nextRunOf(s, now()) }));
        if (options.json) {
          process.stdout.write(`${JSON.stringify(schedules, null, 2)}\n`);
          return;
        }
        if (schedules.length === 0) console.log('No campaign schedules: add one with `attest campaign schedule add`.');
        for (const s of schedules) {
          const last = s.lastRunOn ? `last ${s.lastRunOn} (${s.lastStatus ?? '?'})` : 'not run yet';
          console.log(`${s.id}  ${s.name}  ${describe(s)}, scope ${s.scopeKind}, due in ${s.dueInDays} days; ${last}; next ${s.nextRunOn}`);
        }
      });
    });

  schedule
    .command('remove')
    .description('Remove a schedule (campaigns it created stay)')
    .argument('<schedule>', 'schedule id or name')
    .action(async (ref: string) => {
      await withGraph(async (graph) => {
        const removed = await removeSchedule(graph, ref, cliActor(), now());
        console.log(`Removed schedule "${removed.name}"`);
      });
    });

  schedule
    .command('run')
    .description('Create and launch the campaigns due now, once each (what attest serve does every 15 minutes)')
    .action(async () => {
      await withGraph(async (graph) => {
        const outcomes = await runDueSchedules(graph, now(), (line) => console.log(line));
        if (outcomes.length === 0) console.log('No scheduled campaign is due.');
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
      });
    });
}

function describe(s: { cadence: string; everyDays: number | null }): string {
  return s.cadence === 'everyDays' ? `every ${s.everyDays ?? '?'} days` : s.cadence;
}
