import { parseArgs } from 'node:util';

export interface BenchArgs {
  people: number;
  seed: number;
  iterations: number;
}

/** --people N --seed S --iterations I, with the defaults the issues measure at. */
export function benchArgs(defaults: BenchArgs): BenchArgs {
  const { values } = parseArgs({
    options: { people: { type: 'string' }, seed: { type: 'string' }, iterations: { type: 'string' } },
    allowPositionals: false,
  });
  const int = (name: keyof BenchArgs, raw: string | undefined): number => {
    if (raw === undefined) return defaults[name];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a whole number of at least 1, got "${raw}"`);
    return value;
  };
  return { people: int('people', values.people), seed: int('seed', values.seed), iterations: int('iterations', values.iterations) };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
