import type { Command } from 'commander';
import { decide, decision, RECORD_HELP } from '../ownership-decision.js';

/** `attest relink <app> <account>`: forgets the manual decisions; the rules link the record again. */
export function registerRelinkCommand(program: Command): void {
  program
    .command('relink')
    .description('Forget the manual decisions on an account or identity and let the matching rules link it again')
    .argument('<app>', RECORD_HELP)
    .argument('<account>')
    .action(async (app: string, account: string) => {
      await decide(app, account, (overrides, record) => overrides.reset(record.id, decision({})).then(() => undefined));
    });
}
