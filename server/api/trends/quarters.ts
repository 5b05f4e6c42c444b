/** A calendar quarter in UTC: its first day and the first day of the next. */
export interface Quarter {
  label: string;
  start: Date;
  next: Date;
}

const DAY_MS = 86_400_000;

/** The quarter `offset` quarters from the one holding `now` (0: this one, -1: the last). */
export function quarterOf(now: Date, offset = 0): Quarter {
  const index = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3) + offset;
  const year = Math.floor(index / 4);
  const q = index - year * 4;
  return {
    label: `Q${q + 1} ${year}`,
    start: new Date(Date.UTC(year, q * 3, 1)),
    next: new Date(Date.UTC(year, q * 3 + 3, 1)),
  };
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 1 for the quarter's first day. */
export function dayOfQuarter(quarter: Quarter, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - quarter.start.getTime()) / DAY_MS) + 1;
}

export function dayCount(quarter: Quarter): number {
  return Math.round((quarter.next.getTime() - quarter.start.getTime()) / DAY_MS);
}
