import { Option, type Command } from 'commander';
import { createApiToken, listApiTokens, revokeApiToken, TOKEN_SCOPES, type TokenScope } from '../../auth/tokens.js';
import { withGraph } from '../with-graph.js';

/** `attest token create | list | revoke`: bearer tokens for SCIM provisioning; only a hash of each is stored. */
export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('Manage API tokens (SCIM provisioning from Okta / Entra ID)');
  token
    .command('create')
    .description('Create an API token and print it once; only its SHA-256 hash is stored')
    .addOption(new Option('--scope <scope>', 'what the token may do').choices([...TOKEN_SCOPES]).makeOptionMandatory())
    .option('--label <label>', 'a note to recognize the token by, e.g. "Okta production"')
    .action(async (options: { scope: TokenScope; label?: string }) => {
      const created = await withGraph((graph) => createApiToken(graph, options.scope, options.label));
      console.error(
        `Created token ${created.id} (scope ${options.scope}). Copy it now: Attest stores only its hash and cannot show it again.`,
      );
      console.log(created.token);
    });
  token
    .command('list')
    .description('List API tokens (never the tokens themselves)')
    .action(async () => {
      console.log(JSON.stringify(await withGraph(listApiTokens), null, 2));
    });
  token
    .command('revoke <id>')
    .description('Revoke an API token; it stops working at once')
    .action(async (id: string) => {
      if (!(await withGraph((graph) => revokeApiToken(graph, id)))) throw new Error(`no live token has the id ${id}`);
      console.log(`Revoked token ${id}`);
    });
}
