/**
 * One write request to a vendor API (a DELETE, a PATCH), or the GET that finds what to write: the
 * connection's auth headers, rate limits honoured (429 and GitHub's 403 with x-ratelimit-remaining 0,
 * waiting as the vendor asks) and transient failures (5xx, network) retried a few times. Any other
 * answer is returned, not thrown: a refusal is the outcome to record.
 */
import { backoffMs, isRateLimited, vendorRetryDelayMs } from '../http/retry-delay.js';
import { apiUrl } from '../http/api-url.js';
import { describeUrl, type RequestAuth } from '../http/vendor-http.js';
import type { DeprovisionContext, VendorAnswer } from './deprovisioner.js';

export interface WriteHttp {
  headers: RequestAuth;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Attempts per request, the first included (default 4). */
  maxAttempts?: number;
  /** A vendor asking to wait longer than this is given up on (default 2 minutes: a person is waiting). */
  maxWaitMs?: number;
}

/** Writes are idempotent (active: false, a removal), so a passing failure is safe to retry. */
const TRANSIENT = [408, 500, 502, 503, 504];

export class VendorUnreachableError extends Error {}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function vendorSender(baseUrl: string, http: WriteHttp): DeprovisionContext['send'] {
  return async (method, path, body) => {
    const url = apiUrl(baseUrl, path);
    const doFetch = http.fetch ?? fetch;
    const sleep = http.sleep ?? sleepFor;
    const now = http.now ?? Date.now;
    const maxAttempts = http.maxAttempts ?? 4;
    const maxWaitMs = http.maxWaitMs ?? 120_000;
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= maxAttempts;
      let response: Response;
      try {
        response = await doFetch(url, {
          method,
          headers: {
            accept: 'application/json',
            ...(body ? { 'content-type': body.contentType } : {}),
            ...(await http.headers({ method, url })),
          },
          body: body ? JSON.stringify(body.json) : undefined,
          redirect: 'error',
        });
      } catch {
        if (last) throw new VendorUnreachableError(`${describeUrl(url)} did not answer after ${maxAttempts} attempts`);
        await sleep(backoffMs(attempt));
        continue;
      }
      // 501 (a method the server does not implement) is an answer, not a passing failure.
      const transient = isRateLimited(response.status, response.headers) || TRANSIENT.includes(response.status);
      if (transient && !last) {
        const wait = vendorRetryDelayMs(response.headers, now()) ?? backoffMs(attempt);
        if (wait <= maxWaitMs) {
          await response.body?.cancel();
          await sleep(wait);
          continue;
        }
      }
      const answer: VendorAnswer = { status: response.status, body: parsedOrNull(await response.text()) };
      return answer;
    }
  };
}

/** The answer's JSON, or null for an empty body (204) or one that is not JSON (an HTML error page). */
function parsedOrNull(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}
