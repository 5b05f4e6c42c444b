/**
 * When reviewers are reminded of open items: on each of `daysBefore` days before the due date
 * (0 = the due date itself) and, with `overdueDaily`, every day after it while items stay open.
 */
export interface Cadence {
  daysBefore: number[];
  overdueDaily: boolean;
}

/** As ConductorOne does it: a week before, 3 days and 1 day before, on the due date, then daily while overdue. */
export const DEFAULT_CADENCE_TEXT = '7,3,1,0,overdue';

/** Reads a cadence such as "7,3,1,0,overdue" (ATTEST_REMINDER_CADENCE); "none" turns reminders off. */
export function parseCadence(text: string = DEFAULT_CADENCE_TEXT): Cadence {
  const parts = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === 'none') return { daysBefore: [], overdueDaily: false };
  const daysBefore: number[] = [];
  let overdueDaily = false;
  for (const part of parts) {
    if (part === 'overdue') overdueDaily = true;
    else if (/^\d{1,3}$/.test(part)) daysBefore.push(Number(part));
    else
      throw new Error(
        `ATTEST_REMINDER_CADENCE="${text}": "${part}" is neither a number of days before the due date nor "overdue" (e.g. ${DEFAULT_CADENCE_TEXT})`,
      );
  }
  return { daysBefore: [...new Set(daysBefore)].sort((a, b) => b - a), overdueDaily };
}
