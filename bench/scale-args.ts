import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface ScaleArgs {
  people: number;
  seed: number;
  /** A folder with already generated vendor exports (holding vendor/manifest.json, or manifest.json itself); read only. */
  data: string | null;
  /** Sections left out (--skip queries,plain,kill), for a shorter run; the summary says they were. */
  skip: ReadonlySet<ScaleSection>;
  /** Where the database goes, kept after the run (for `bench:queries --db DIR`); by default a temporary folder, removed. */
  db: string | null;
}

export const SCALE_SECTIONS = ['incremental', 'queries', 'kill', 'plain'] as const;
export type ScaleSection = (typeof SCALE_SECTIONS)[number];

function isSection(name: string): name is ScaleSection {
  return (SCALE_SECTIONS as readonly string[]).includes(name);
}

/** --people N --seed S --data DIR --skip LIST --db DIR. */
export function scaleArgs(): ScaleArgs {
  const { values } = parseArgs({
    options: {
      people: { type: 'string' },
      seed: { type: 'string' },
      data: { type: 'string' },
      skip: { type: 'string' },
      db: { type: 'string' },
    },
    allowPositionals: false,
  });
  const int = (name: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a whole number of at least 1, got "${raw}"`);
    return value;
  };
  const skip = (values.skip ?? '').split(',').filter(Boolean);
  const unknown = skip.filter((name) => !isSection(name));
  if (unknown.length) throw new Error(`--skip: expected some of ${SCALE_SECTIONS.join(', ')}, got "${unknown.join(', ')}"`);
  return {
    people: int('people', values.people, 10_000),
    seed: int('seed', values.seed, 42),
    data: values.data ?? null,
    skip: new Set(skip.filter(isSection)),
    db: values.db ?? null,
  };
}

/** The manifest of a generated data folder: DIR/vendor/manifest.json or DIR/manifest.json. */
export function manifestIn(dir: string): string {
  for (const candidate of [join(dir, 'vendor', 'manifest.json'), join(dir, 'manifest.json')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`--data ${dir}: no vendor/manifest.json or manifest.json there`);
}

/**
 * The date a generated organization was made for, from the start of DIR/org.json (the file is
 * hundreds of MB at 100k people, so only its head is read); null when there is none.
 */
export function generatedNow(dir: string): Date | null {
  const path = join(dir, 'org.json');
  if (!existsSync(path)) return null;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const length = readSync(fd, head, 0, head.length, 0);
    const match = /"now"\s*:\s*"([^"]+)"/.exec(head.subarray(0, length).toString('utf8'));
    return match?.[1] ? new Date(match[1]) : null;
  } finally {
    closeSync(fd);
  }
}
