import { Option, type Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { addUser, disableUser, listUsers, setUserPassword, setUserRole, type User } from '../../auth/users.js';
import { ROLES } from '../../auth/viewer.js';
import { now } from '../../config/now.js';
import { readNewPassword } from '../password-input.js';
import { withGraph } from '../with-graph.js';

/**
 * `attest user add | list | set-role | disable | password`: the people who sign in to the dashboard.
 * Every change is written with an audit event naming the command-line user.
 */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Manage who signs in to the dashboard, and with which role');

  user
    .command('add')
    .description(
      'Add a user: with a password (asked on the terminal, ATTEST_USER_PASSWORD or --password-stdin), or --sso to sign in through the identity provider only',
    )
    .requiredOption('--email <email>', 'their email; a user whose email is an HR person is linked to that person')
    .addOption(
      new Option('--role <role>', 'admin (everything), finance, auditor (read-only, evidence) or manager (only their reports)')
        .choices([...ROLES])
        .makeOptionMandatory(),
    )
    .option('--name <name>', 'display name (default: the HR name, else the email)')
    .option('--sso', 'no password: the user signs in through single sign-on (OIDC)', false)
    .option('--password-stdin', 'read the password from standard input', false)
    .action(async (options: { email: string; role: string; name?: string; sso: boolean; passwordStdin: boolean }) => {
      if (options.sso && options.passwordStdin) throw new Error('--sso users have no password; drop --password-stdin');
      const password = options.sso ? null : await readNewPassword(options.passwordStdin);
      const added = await withGraph((graph) =>
        addUser(graph, { email: options.email, role: options.role, displayName: options.name, password }, cliActor(), now()),
      );
      console.log(`Added ${describe(added)}`);
    });

  user
    .command('list')
    .description('List the users, their roles and how they sign in (never a password)')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      const users = await withGraph(listUsers);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        return;
      }
      if (users.length === 0) console.log('No users yet: add one with `attest user add --email … --role admin`');
      for (const u of users) console.log(describe(u));
    });

  user
    .command('set-role')
    .description('Change what a user may do; takes effect on their next request')
    .argument('<email>')
    .argument('<role>', ROLES.join(', '))
    .action(async (email: string, role: string) => {
      console.log(`Changed ${describe(await withGraph((graph) => setUserRole(graph, email, role, cliActor(), now())))}`);
    });

  user
    .command('disable')
    .description('Stop a user signing in; their sessions end at once')
    .argument('<email>')
    .action(async (email: string) => {
      console.log(`Disabled ${describe(await withGraph((graph) => disableUser(graph, email, cliActor(), now())))}`);
    });

  user
    .command('password')
    .description("Set a user's password (asked on the terminal, ATTEST_USER_PASSWORD or --password-stdin); their sessions end")
    .argument('<email>')
    .option('--password-stdin', 'read the password from standard input', false)
    .action(async (email: string, options: { passwordStdin: boolean }) => {
      const password = await readNewPassword(options.passwordStdin);
      console.log(
        `Set the password of ${describe(await withGraph((graph) => setUserPassword(graph, email, password, cliActor(), now())))}`,
      );
    });
}

function describe(u: User): string {
  const how = u.hasPassword ? 'password' : 'single sign-on';
  const state = u.disabledAt ? `, disabled ${u.disabledAt.slice(0, 10)}` : '';
  const person = u.personId ? `, HR person ${u.personId}` : ', not in HR';
  return `${u.email} (${u.displayName}): ${u.role}, signs in with ${how}${person}${state}`;
}
