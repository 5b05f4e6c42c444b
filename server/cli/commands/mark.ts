import type { Command } from 'commander';
import { BY_HELP, decide, decision, type DecisionOptions } from '../ownership-decision.js';

/** `attest mark-service | mark-shared <app> <account> --owner <person>`: the same command for either kind. */
export function registerMarkCommands(program: Command): void {
  for (const kind of ['service', 'shared'] as const) {
    program
      .command(`mark-${kind}`)
      .description(`Mark an app account as a ${kind} account; it needs an owner who answers for it`)
      .argument('<app>', 'the app')
      .argument('<account>', 'email, user name or id of the account')
      .requiredOption('--owner <person>', 'who answers for it: employee id or email')
      .option('--note <text>', 'why')
      .option('--by <name>', BY_HELP)
      .action(async (app: string, account: string, options: DecisionOptions & { owner: string }) => {
        await decide(app, account, (overrides, record) =>
          overrides.markKind(record.id, kind, options.owner, decision(options)).then(() => undefined),
        );
      });
  }
}
