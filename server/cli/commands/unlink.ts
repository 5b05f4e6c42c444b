import type { Command } from 'commander';
import { BY_HELP, decide, decision, RECORD_HELP, type DecisionOptions } from '../ownership-decision.js';

/** `attest unlink <app> <account>`: the record belongs to nobody in HR, and the rules will not link it again. */
export function registerUnlinkCommand(program: Command): void {
  program
    .command('unlink')
    .description('Say an account or identity belongs to nobody in HR: the rules will not link it again (it is then orphaned)')
    .argument('<app>', RECORD_HELP)
    .argument('<account>')
    .option('--note <text>', 'why')
    .option('--by <name>', BY_HELP)
    .action(async (app: string, account: string, options: DecisionOptions) => {
      await decide(app, account, (overrides, record) => overrides.unlink(record.id, decision(options)).then(() => undefined));
    });
}
