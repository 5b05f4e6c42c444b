/** Time helpers: the generator works in epoch milliseconds (UTC) and writes ISO strings. */
import type { Rng } from './random.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/**
 * The "now" the organization is generated for: the explicit option, else ATTEST_NOW, else today
 * at 00:00:00Z. Returned as a full ISO date-time.
 */
export function resolveNow(now?: string): string {
  const raw = now ?? process.env.ATTEST_NOW;
  if (raw === undefined || raw.trim() === '') {
    const today = new Date();
    return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())).toISOString();
  }
  const parsed = new Date(raw.trim());
  if (Number.isNaN(parsed.getTime())) {
    throw new RangeError(`now: expected an ISO date or date-time (e.g. 2026-03-01), got ${JSON.stringify(raw)}`);
  }
  return parsed.toISOString();
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** YYYY-MM-DD. */
export function isoDate(ms: number): string {
  return iso(ms).slice(0, 10);
}

/** Midnight UTC of the day containing `ms`. */
export function dayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** A random instant (whole seconds) between `minDays` and `maxDays` days before `nowMs`. */
export function daysAgo(rng: Rng, nowMs: number, minDays: number, maxDays: number): number {
  const lo = nowMs - maxDays * DAY_MS;
  const hi = nowMs - minDays * DAY_MS;
  return between(rng, lo, hi);
}

/** A random instant (whole seconds) in [lo, hi]. */
export function between(rng: Rng, lo: number, hi: number): number {
  if (hi <= lo) return Math.floor(lo / 1000) * 1000;
  const seconds = rng.int(Math.ceil(lo / 1000), Math.floor(hi / 1000));
  return seconds * 1000;
}
