import type { Command } from 'commander';
import { writeSeed } from '../../../seed/write-seed.js';
import { isoDate, positiveInt } from '../options.js';

/** `attest seed`: a synthetic organization written to files; needs no database. */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Generate a deterministic synthetic organization (org.json) and the findings planted in it (truth.json)')
    .option('--people <n>', 'number of people', positiveInt, 300)
    .option('--seed <s>', 'random seed; the same seed gives the same organization', positiveInt, 42)
    .option('--out <dir>', 'output directory', 'demo-org')
    .option('--now <date>', 'the date the organization is generated for (default ATTEST_NOW or today)', isoDate)
    .action(async (options: { people: number; seed: number; out: string; now?: string }) => {
      const result = await writeSeed(options.out, { people: options.people, seed: options.seed, now: options.now });
      console.log(`Wrote ${result.orgPath} and ${result.truthPath}`);
      for (const [what, count] of Object.entries(result.counts)) console.log(`  ${what}: ${count}`);
    });
}
