const DEFAULT_SECONDS = 10;

/** How long a database read for a GraphQL request may run: ATTEST_API_READ_TIMEOUT_SECONDS, 10 s by default. */
export function apiReadTimeoutMs(): number {
  const raw = process.env.ATTEST_API_READ_TIMEOUT_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`ATTEST_API_READ_TIMEOUT_SECONDS="${raw}" must be a number of seconds above 0`);
  return Math.round(seconds * 1000);
}
