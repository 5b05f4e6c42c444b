import { InvalidArgumentError, type Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import { applyAppSettings } from '../../ingest/app-settings.js';
import { settleDecision } from '../../kpi/after-decision.js';
import { EVERYTHING } from '../../shared/change-scope.js';
import { nonNegativeInt, positiveInt } from '../options.js';
import { withGraph } from '../with-graph.js';

interface AppOptions {
  catalog?: string;
  plan?: string;
  seats?: Record<string, number>;
  owner?: string;
  ssoEnforced?: boolean;
  scim?: boolean;
  inactivityDays?: number;
  minimumAdmins?: number;
  inviteExpiryDays?: number;
  leaverSlaHours?: number;
}

/** `attest app <name>`: what no export says about an app, and its own finding thresholds; the findings follow at once. */
export function registerAppCommand(program: Command): void {
  program
    .command('app')
    .description('Set what no export says about an app: plan, purchased seats, owner, SSO and SCIM')
    .argument('<name>', 'the app as Attest names it, e.g. "Jasper"')
    .option('--catalog <key>', 'its catalog entry, e.g. jasper (default: the one it has, else the entry named like the app, else none)')
    .option('--plan <plan>', 'the plan, as the catalog names it (sets seat caps and whether SSO is available)')
    .option('--seats <type=n...>', 'purchased seats per seat type, e.g. --seats Seat=36', seatCount)
    .option('--owner <email>', 'work email of the person who owns the app')
    .option('--sso-enforced', 'sign-in goes through the IdP')
    .option('--scim', 'accounts are provisioned by SCIM')
    .option('--inactivity-days <n>', 'days without activity before an account is inactive, for this app only', positiveInt)
    .option('--minimum-admins <n>', 'effective admins this app needs before it is a sole-admin risk', nonNegativeInt)
    .option('--invite-expiry-days <n>', 'days after which an unaccepted invite to this app has expired', positiveInt)
    .option(
      '--leaver-sla-hours <n>',
      "hours after a leaver's termination date by which their account here must be deprovisioned",
      positiveInt,
    )
    .action(async (name: string, options: AppOptions) => {
      await withGraph(async (graph) => {
        const catalog = loadCatalog();
        await applyAppSettings(
          graph,
          catalog,
          {
            name,
            catalogKey: options.catalog,
            plan: options.plan,
            seats: options.seats,
            ownerEmail: options.owner,
            ssoEnforced: options.ssoEnforced,
            scimEnabled: options.scim,
            thresholds: {
              inactivityDays: options.inactivityDays,
              minimumAdmins: options.minimumAdmins,
              inviteExpiryDays: options.inviteExpiryDays,
              leaverSlaHours: options.leaverSlaHours,
            },
          },
          '(command line)',
          cliActor(),
        );
        await settleDecision(graph, catalog, now(), { reconcile: EVERYTHING });
      });
      console.log(`Updated ${name}`);
    });
}

/** One `--seats SeatType=n`, added to the ones before it. */
function seatCount(value: string, previous: Record<string, number> = {}): Record<string, number> {
  const [type, count] = value.split('=');
  if (!type || count === undefined || !/^\d+$/.test(count)) throw new InvalidArgumentError(`expected SeatType=number, got "${value}"`);
  return { ...previous, [type]: Number(count) };
}
