/**
 * When a campaign schedule runs. Run dates are whole UTC days counted from the first run: every
 * three months (quarterly), every month (monthly) or every N days. A month run keeps the first run's
 * day of the month, or the month's last day when it is shorter (first run Jan 31: Apr 30, Jul 31).
 */

export type Cadence = { kind: 'quarterly' } | { kind: 'monthly' } | { kind: 'everyDays'; days: number };

export interface RunPlan {
  cadence: Cadence;
  /** YYYY-MM-DD: the first run (at the start of that UTC day). */
  firstRunOn: string;
}

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day of a YYYY-MM-DD date; throws on anything else (2026-02-30 included). */
export function dayOf(text: string): Date {
  const day = new Date(`${text}T00:00:00.000Z`);
  if (!DATE.test(text) || Number.isNaN(day.getTime()) || isoDay(day) !== text) throw new RangeError(`"${text}" is not a date (YYYY-MM-DD)`);
  return day;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthsOf(cadence: Cadence): number {
  return cadence.kind === 'quarterly' ? 3 : 1;
}

/** The k-th run date (k = 0 is the first run). */
export function runDate(plan: RunPlan, k: number): Date {
  const first = dayOf(plan.firstRunOn);
  if (plan.cadence.kind === 'everyDays') return new Date(first.getTime() + k * plan.cadence.days * DAY_MS);
  const months = first.getUTCMonth() + k * monthsOf(plan.cadence);
  const year = first.getUTCFullYear() + Math.floor(months / 12);
  const month = months % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(first.getUTCDate(), lastDay)));
}

/** Index of the latest run date on or before `at`; -1 when `at` is before the first run. */
function latestIndex(plan: RunPlan, at: Date): number {
  const first = dayOf(plan.firstRunOn);
  if (at < first) return -1;
  if (plan.cadence.kind === 'everyDays') return Math.floor((at.getTime() - first.getTime()) / (plan.cadence.days * DAY_MS));
  const step = monthsOf(plan.cadence);
  const monthsApart = (at.getUTCFullYear() - first.getUTCFullYear()) * 12 + at.getUTCMonth() - first.getUTCMonth();
  let k = Math.floor(monthsApart / step);
  while (k > 0 && runDate(plan, k) > at) k -= 1;
  return k;
}

/**
 * The run due at `now`: the latest run date on or before it that is after the last run, or null.
 * After downtime this is the most recent missed date only, so a catch-up creates one campaign.
 */
export function dueRun(plan: RunPlan, lastRunOn: string | null, now: Date): string | null {
  const k = latestIndex(plan, now);
  if (k < 0) return null;
  const due = isoDay(runDate(plan, k));
  return lastRunOn !== null && due <= lastRunOn ? null : due;
}

/** The first run date after `now` (what a list shows as "next run"). */
export function nextRunAfter(plan: RunPlan, now: Date): string {
  return isoDay(runDate(plan, latestIndex(plan, now) + 1));
}

/** The campaign period of a run date, like `campaign create --period`: 2026-Q4 for quarterly, 2026-11 otherwise. */
export function periodOf(cadence: Cadence, runOn: string): string {
  const day = dayOf(runOn);
  const year = day.getUTCFullYear();
  if (cadence.kind === 'quarterly') return `${year}-Q${Math.floor(day.getUTCMonth() / 3) + 1}`;
  return `${year}-${String(day.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A campaign's name from the schedule's template: {period} and {date} (the run date) are filled in. */
export function campaignName(template: string, cadence: Cadence, runOn: string): string {
  return template.replaceAll('{period}', periodOf(cadence, runOn)).replaceAll('{date}', runOn);
}

/** The due date of a campaign launched on `launchedOn`: the end of the day N days later (UTC), as `--due` reads a date. */
export function dueDateOf(launchedOn: string, dueInDays: number): Date {
  return new Date(dayOf(launchedOn).getTime() + dueInDays * DAY_MS + DAY_MS - 1);
}
