import type { Command } from 'commander';
import { BY_HELP, decide, decision, type DecisionOptions } from '../ownership-decision.js';

/** `attest link <app> <account> --to <person>`: a manual link that survives re-imports. */
export function registerLinkCommand(program: Command): void {
  program
    .command('link')
    .description('Link an account or identity to a person, whatever the matching rules say; survives re-imports')
    .argument('<app>', 'the app, or an IdP (okta, entra, google, scim) for an identity')
    .argument('<account>', 'email, user name or id of the account (or login of the identity)')
    .requiredOption('--to <person>', 'the person: employee id or email')
    .option('--note <text>', 'why, kept with the link')
    .option('--by <name>', BY_HELP)
    .action(async (app: string, account: string, options: DecisionOptions & { to: string }) => {
      await decide(app, account, (overrides, record) => overrides.link(record.id, options.to, decision(options)).then(() => undefined));
    });
}
