/**
 * How long to wait before asking again, from what the vendor said: `Retry-After` (seconds or an
 * HTTP date; Graph, Slack, Google, Atlassian), Okta's `X-Rate-Limit-Reset` and GitHub's
 * `x-ratelimit-reset` (epoch seconds). Null when the response names no time.
 */
export function vendorRetryDelayMs(headers: Headers, nowMs: number): number | null {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, at - nowMs);
  }
  const reset = headers.get('x-rate-limit-reset') ?? headers.get('x-ratelimit-reset');
  if (reset !== null && /^\d+$/.test(reset.trim())) return Math.max(0, Number(reset) * 1000 - nowMs);
  return null;
}

/** GitHub answers an exhausted primary rate limit with 403 and `x-ratelimit-remaining: 0`. */
export function isRateLimited(status: number, headers: Headers): boolean {
  return status === 429 || (status === 403 && headers.get('x-ratelimit-remaining') === '0');
}

/** Exponential backoff for a transient failure that named no time: 1 s, 2 s, 4 s, … */
export function backoffMs(attempt: number): number {
  return 1000 * 2 ** attempt;
}
