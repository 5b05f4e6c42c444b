import { Option, type Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { PRIVILEGES } from '../../catalog/catalog.schema.js';
import type { Privilege } from '../../catalog/catalog.types.js';
import { now } from '../../config/now.js';
import { confirmPrivilege, confirmSeatCost, findRoleId, findSeatTypeId } from '../../vocabulary/classify.js';
import { listVocabulary } from '../../vocabulary/list-vocabulary.js';
import type { AppVocabulary, VocabularySeatType } from '../../vocabulary/vocabulary.types.js';
import { nonNegativeAmount } from '../options.js';
import { withGraph } from '../with-graph.js';

/**
 * `attest roles`, `attest roles set`, `attest roles set-seat`: the roles and seat types imported in
 * the customer's words that wait for someone to say what they are, and saying it.
 */
export function registerRolesCommands(program: Command): void {
  const roles = program
    .command('roles')
    .description(
      'List the roles whose privilege Attest read from their name, and the seat types whose cost it assumed or does not know ("Roles and seats to classify")',
    )
    .option('--all', 'every role and seat type, also those the catalog or a person already settled', false)
    .option('--app <name>', 'only this app (name or id)')
    .option('--json', 'print JSON', false)
    .action(async (options: { all: boolean; app?: string; json: boolean }) => {
      await withGraph(async (graph) => {
        const wanted = options.app?.toLowerCase();
        const apps = (await listVocabulary(graph, { all: options.all })).filter(
          (v) => !wanted || v.app.id === options.app || v.app.name.toLowerCase() === wanted,
        );
        if (options.json) process.stdout.write(`${JSON.stringify(apps, null, 2)}\n`);
        else
          console.log(
            apps.length
              ? apps.map(describeApp).join('\n')
              : 'Nothing to classify: every role and seat type comes from the catalog or was set by someone.',
          );
      });
    });

  roles
    .command('set')
    .description(
      'Say what privilege a role has; kept across imports, audited, and the findings follow (sole admin, privileged without SSO, …)',
    )
    .argument('<app>', 'the app (name or id)')
    .argument('<role>', 'the role as the app names it')
    .addOption(new Option('--privilege <privilege>', 'what the role may do').choices([...PRIVILEGES]).makeOptionMandatory())
    .action(async (app: string, role: string, options: { privilege: Privilege }) => {
      await withGraph(async (graph) => {
        const id = await findRoleId(graph, app, role);
        const done = await confirmPrivilege(graph, loadCatalog(), id, options.privilege, cliActor(), now());
        console.log(
          `${done.app.name}: ${JSON.stringify(done.role.name)} is ${done.role.privilege} now (it was ${done.role.defaultPrivilege} by default); ${done.role.holders} account(s) hold it. Findings recomputed.`,
        );
      });
    });

  roles
    .command('set-seat')
    .description('Say what a seat type costs per seat per month; kept across imports, audited, and the seat spend and waste follow')
    .argument('<app>', 'the app (name or id)')
    .argument('<seat>', 'the seat type as the app names it')
    .requiredOption('--cost <amount>', "price per seat per month, in the seat type's currency (USD)", nonNegativeAmount)
    .action(async (app: string, seat: string, options: { cost: number }) => {
      await withGraph(async (graph) => {
        const id = await findSeatTypeId(graph, app, seat);
        const done = await confirmSeatCost(graph, loadCatalog(), id, options.cost, cliActor(), now());
        console.log(
          `${done.app.name}: ${JSON.stringify(done.seatType.name)} costs ${cost(done.seatType)} per seat per month now; ${done.seatType.holders} account(s) hold it. Findings recomputed.`,
        );
      });
    });
}

function cost(seat: VocabularySeatType): string {
  return seat.monthlyCost === null ? 'unknown' : `${seat.monthlyCost} ${seat.currency}`;
}

function describeApp({ app, roles, seatTypes }: AppVocabulary): string {
  const lines = [`${app.name} (${app.catalogKey ?? 'not in the catalog'})`];
  for (const role of roles)
    lines.push(`  role  ${JSON.stringify(role.name)}: ${role.privilege} (${role.privilegeSource}), ${role.holders} holder(s)`);
  for (const seat of seatTypes)
    lines.push(`  seat  ${JSON.stringify(seat.name)}: ${cost(seat)} (${seat.costSource}), ${seat.holders} holder(s)`);
  return lines.join('\n');
}
