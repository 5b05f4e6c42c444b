/**
 * The termination dates a campaign period covers (2026-Q4, 2026-H2, 2026-11 or 2026), inclusive,
 * or null for a period written otherwise.
 */
export function periodDates(period: string): { from: string; to: string } | null {
  const match = /^(\d{4})(?:-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/.exec(period.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  let first = 1;
  let months = 12;
  if (part?.startsWith('Q')) [first, months] = [(Number(part.slice(1)) - 1) * 3 + 1, 3];
  else if (part?.startsWith('H')) [first, months] = [(Number(part.slice(1)) - 1) * 6 + 1, 6];
  else if (part) [first, months] = [Number(part), 1];
  const start = new Date(Date.UTC(year, first - 1, 1));
  const end = new Date(Date.UTC(year, first - 1 + months, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}
