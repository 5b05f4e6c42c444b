/**
 * Command line: node dist/seed/cli.js --people 300 --seed 1 [--now 2026-03-01] [--out DIR]
 * Writes DIR/org.json and DIR/truth.json (DIR defaults to ./seed-out) and prints the counts.
 */
import { parseArgs } from 'node:util';
import { writeSeed } from './write-seed.js';

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new RangeError(`--${name}: expected an integer, got ${JSON.stringify(raw)}`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const result = await writeSeed(values.out ?? 'seed-out', {
    people: integer('people', values.people, 300),
    seed: integer('seed', values.seed, 1),
    ...(values.now === undefined ? {} : { now: values.now }),
  });
  process.stdout.write(`${JSON.stringify({ org: result.orgPath, truth: result.truthPath, counts: result.counts }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
