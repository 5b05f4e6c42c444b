/**
 * The former-personnel test: was each account and identity of a terminated person deprovisioned
 * within the SLA after their termination date?
 *
 * - Termination instant: the HR termination date at 00:00 UTC.
 * - Deprovisioned at: the vendor's own time when it gives one (Okta statusChanged of a SUSPENDED or
 *   DEPROVISIONED user), else when Attest first saw the record inactive or removed (the import's
 *   time, so bounded by how often the source is synced).
 * - within: deprovisioned no later than termination + SLA (before the termination date counts).
 * - late: deprovisioned after termination + SLA.
 * - active: still live past termination + SLA (an orphaned-account finding names it).
 * - pending: still live, but the SLA has not elapsed yet.
 * - unknown: deprovisioned before Attest first saw it, after the deadline, so when is not known
 *   (or an inactive status with no recorded time).
 */

export const DEFAULT_LEAVER_SLA_HOURS = 24;

export const LEAVER_OUTCOMES = ['within', 'late', 'active', 'pending', 'unknown'] as const;
export type LeaverOutcome = (typeof LEAVER_OUTCOMES)[number];
export type DeprovisionedSource = 'vendor' | 'first_seen';

const HOUR_MS = 3_600_000;

/** What the graph holds about one account or identity of a leaver. */
export interface LeaverRecordFacts {
  /** Attest's status word; `inactive` says whether it means deprovisioned (deactivated, suspended, deprovisioned). */
  inactive: boolean;
  removedAt: string | null;
  /** First import that saw it inactive. */
  deactivatedAt: string | null;
  /** The vendor's time of the inactive status, when it gives one. */
  vendorChangedAt: string | null;
  firstSeenAt: string | null;
  slaHours: number;
}

export interface LeaverTiming {
  outcome: LeaverOutcome;
  deprovisionedAt: string | null;
  source: DeprovisionedSource | null;
  /** Hours from the termination instant to deprovisioning, one decimal; negative when before it. */
  hours: number | null;
}

export function terminationInstant(terminationDate: string): number {
  return Date.parse(`${terminationDate.slice(0, 10)}T00:00:00Z`);
}

/** Classifies one record of a leaver terminated on `terminationDate` (YYYY-MM-DD), as of `now`. */
export function timeRecord(facts: LeaverRecordFacts, terminationDate: string, now: Date): LeaverTiming {
  const terminated = terminationInstant(terminationDate);
  const deadline = terminated + facts.slaHours * HOUR_MS;
  const gone = facts.inactive || facts.removedAt !== null;
  if (!gone) {
    return { outcome: now.getTime() > deadline ? 'active' : 'pending', deprovisionedAt: null, source: null, hours: null };
  }
  const vendor = facts.inactive ? facts.vendorChangedAt : null;
  const seen = earliest(facts.inactive ? facts.deactivatedAt : null, facts.removedAt);
  const at = vendor ?? seen;
  if (at === null) return { outcome: 'unknown', deprovisionedAt: null, source: null, hours: null };
  const atMs = Date.parse(at);
  const hours = Math.round(((atMs - terminated) / HOUR_MS) * 10) / 10;
  const source: DeprovisionedSource = vendor === null ? 'first_seen' : 'vendor';
  if (atMs <= deadline) return { outcome: 'within', deprovisionedAt: at, source, hours };
  const inactiveAtFirstSight =
    source === 'first_seen' && facts.firstSeenAt !== null && facts.removedAt === null && atMs <= Date.parse(facts.firstSeenAt);
  return { outcome: inactiveAtFirstSight ? 'unknown' : 'late', deprovisionedAt: at, source, hours };
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/**
 * A leaver's outcome from their records' outcomes: late when any record is late or still active
 * past the SLA; else pending when any is still within its SLA; else within when at least one was
 * timed within the SLA (records deprovisioned before Attest first saw them do not count either
 * way); else unknown (nothing Attest could time, or no accounts at all).
 */
export function leaverOutcome(outcomes: readonly LeaverOutcome[]): LeaverOutcome {
  if (outcomes.some((o) => o === 'late' || o === 'active')) return 'late';
  if (outcomes.includes('pending')) return 'pending';
  if (outcomes.includes('within')) return 'within';
  return 'unknown';
}

export interface LeaverSlaKpi {
  /** Terminated people in the period (by termination date). */
  leavers: number;
  /** Leavers all of whose timed accounts and identities were deprovisioned within the SLA. */
  withinSla: number;
  /** Leavers with an account or identity deprovisioned late or still active past the SLA. */
  late: number;
  /** Leavers whose SLA has not elapsed for some record (and none late). */
  pending: number;
  /** Leavers with nothing Attest could time. */
  unmeasured: number;
  /** withinSla / (withinSla + late), as a percentage with one decimal; null when both are 0. */
  percentWithinSla: number | null;
}

/**
 * KPI "leavers deprovisioned within SLA": of the leavers whose outcome is settled (within or late),
 * the share that is within. Pending and unmeasured leavers are left out of both sides.
 */
export function leaverSlaKpi(outcomes: readonly LeaverOutcome[]): LeaverSlaKpi {
  const count = (o: LeaverOutcome) => outcomes.filter((x) => x === o).length;
  const withinSla = count('within');
  const late = count('late');
  const measured = withinSla + late;
  return {
    leavers: outcomes.length,
    withinSla,
    late,
    pending: count('pending'),
    unmeasured: count('unknown'),
    percentWithinSla: measured === 0 ? null : Math.round((withinSla / measured) * 1000) / 10,
  };
}
