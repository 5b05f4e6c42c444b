/** "Now" for every time-based rule: ATTEST_NOW (ISO date or date-time) when set, else the clock. Read per call, never cached. */
export function now(): Date {
  const fixed = process.env.ATTEST_NOW;
  if (!fixed) return new Date();
  const parsed = new Date(fixed);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`ATTEST_NOW="${fixed}" is not an ISO date (expected e.g. 2026-11-22 or 2026-11-22T09:00:00Z)`);
  }
  return parsed;
}
