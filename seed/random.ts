/**
 * Seeded randomness for the synthetic organization. Every stage forks its own stream from the
 * run's seed and a label, so changing how much one stage draws does not shift the others.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

type Generator = ReturnType<typeof xoroshiro128plus>;

/** FNV-1a over the label, mixed with the seed: a 32-bit seed per (seed, label). */
function mix(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= Math.floor(seed / 0x1_0000_0000) | 0;
  return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) | 0;
}

export class Rng {
  private readonly generator: Generator;
  private readonly seed: number;

  constructor(seed: number, label = 'root') {
    this.seed = seed;
    this.generator = xoroshiro128plus(mix(seed, label));
  }

  /** An independent stream for one stage, fixed by the run's seed and the label. */
  fork(label: string): Rng {
    return new Rng(this.seed, label);
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`Rng.int: empty range [${min}, ${max}]`);
    if (max === min) return min;
    return uniformInt(this.generator, min, max);
  }

  /** Float in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  /** Float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  chance(probability: number): boolean {
    if (probability <= 0) return false;
    if (probability >= 1) return true;
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined || items.length === 0) throw new RangeError('Rng.pick: no items');
    return item;
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  weighted<T>(items: readonly { value: T; weight: number }[]): T {
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    let target = this.float() * total;
    for (const item of items) {
      target -= item.weight;
      if (target < 0) return item.value;
    }
    const last = items[items.length - 1];
    if (!last) throw new RangeError('Rng.weighted: no items');
    return last.value;
  }
}
