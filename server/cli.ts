import 'reflect-metadata';
import { Command } from 'commander';
import { commandsFor } from './cli/command-table.js';
import { runProgram } from './cli/run-program.js';

const program = new Command('attest')
  .description('Attest: identity-graph reconciliation and access reviews')
  .showHelpAfterError('(run with --help for usage)');

for (const register of await Promise.all(commandsFor(process.argv).map((entry) => entry.load()))) register(program);

await runProgram(program, process.argv);
