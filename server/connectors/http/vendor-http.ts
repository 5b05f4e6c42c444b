/**
 * GETs a vendor API page the way every connector must: the vendor's auth header, its rate limits
 * honoured (429 with Retry-After / X-Rate-Limit-Reset / x-ratelimit-reset), transient failures
 * (5xx, network) retried a bounded number of times with backoff, and a refused credential reported
 * as such. The body is kept as text so the page can be written byte for byte for the importers.
 */
import { backoffMs, isRateLimited, vendorRetryDelayMs } from './retry-delay.js';

export type VendorFailure = 'auth' | 'not-found' | 'rate-limit' | 'server' | 'network' | 'refused';

export class VendorApiError extends Error {
  constructor(
    message: string,
    readonly failure: VendorFailure,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/** The request a header source authenticates: a DPoP proof signs its method and URL. */
export interface AuthRequest {
  method: string;
  url: string;
}

/** Headers for each request (Authorization); a function so an OAuth token can be renewed. */
export interface RequestAuth {
  (request: AuthRequest): Promise<Record<string, string>>;
  /**
   * Told the headers of a 401: true when the server asked for something the next headers will carry
   * (a DPoP nonce), so the request is sent once more.
   */
  challenged?: (headers: Headers) => boolean;
}

export interface VendorHttp {
  headers: RequestAuth;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Attempts per page, first one included (default 6). */
  maxAttempts?: number;
  /** A vendor asking to wait longer than this fails the run instead (default 15 minutes). */
  maxWaitMs?: number;
  /** Told before each wait, with why ("rate limited by okta: waiting 30 s"). */
  onWait?: (message: string) => void;
  /**
   * The vendor's failure inside a 200 answer (Slack's `"ok": false`), or null when the page is data.
   * A 'server' failure is retried like a 5xx; any other is thrown as is.
   */
  checkPage?: (page: FetchedPage) => VendorApiError | null;
  /** A refusal that is the vendor's rate limit although its status does not say so (Google's 403 userRateLimitExceeded), from its body. */
  isRateLimited?: (status: number, body: string) => boolean;
}

export interface FetchedPage {
  url: string;
  text: string;
  body: unknown;
  headers: Headers;
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Where a URL points, for messages: never its query, which may carry a cursor or a filter. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

export async function getPage(url: string, http: VendorHttp): Promise<FetchedPage> {
  const doFetch = http.fetch ?? fetch;
  const sleep = http.sleep ?? sleepFor;
  const now = http.now ?? Date.now;
  const maxAttempts = http.maxAttempts ?? 6;
  const maxWaitMs = http.maxWaitMs ?? 15 * 60_000;
  const where = describeUrl(url);
  let challenged = false;
  for (let attempt = 0; ; attempt++) {
    const last = attempt + 1 >= maxAttempts;
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { accept: 'application/json', ...(await http.headers({ method: 'GET', url })) },
        redirect: 'error',
      });
    } catch (error) {
      if (error instanceof VendorApiError) throw error;
      if (last) throw new VendorApiError(`${where}: no answer after ${maxAttempts} attempts (network error)`, 'network', null);
      http.onWait?.(`${where} did not answer: retrying in ${seconds(backoffMs(attempt))}`);
      await sleep(backoffMs(attempt));
      continue;
    }
    if (response.ok) {
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        throw new VendorApiError(`${where} answered ${response.status} with a body that is not JSON`, 'refused', response.status);
      }
      const page: FetchedPage = { url, text, body, headers: response.headers };
      const refused = http.checkPage?.(page) ?? null;
      if (!refused) return page;
      if (refused.failure !== 'server' || last) throw refused;
      http.onWait?.(`${refused.message}: retrying in ${seconds(backoffMs(attempt))}`);
      await sleep(backoffMs(attempt));
      continue;
    }
    const status = response.status;
    let said: string | null = null;
    if (http.isRateLimited) said = await response.text();
    else await response.body?.cancel();
    if (isRateLimited(status, response.headers) || (said !== null && http.isRateLimited?.(status, said) === true)) {
      const wait = vendorRetryDelayMs(response.headers, now()) ?? backoffMs(attempt);
      if (last || wait > maxWaitMs)
        throw new VendorApiError(
          `${where}: still rate limited after ${attempt + 1} attempts (asked to wait ${seconds(wait)})`,
          'rate-limit',
          status,
        );
      http.onWait?.(`rate limited by ${new URL(url).host} (${status}): waiting ${seconds(wait)} as it asks`);
      await sleep(wait);
      continue;
    }
    if (status === 401 && !challenged && http.headers.challenged?.(response.headers) === true) {
      challenged = true;
      continue;
    }
    if (status === 401 || status === 403)
      throw new VendorApiError(
        `${where} refused the credential (${status}): it may be revoked or expired, or lack a permission`,
        'auth',
        status,
      );
    if (status === 404) throw new VendorApiError(`${where} was not found (404): check the connection's URL`, 'not-found', status);
    if (status >= 500 || status === 408) {
      if (last) throw new VendorApiError(`${where} failed with ${status} after ${maxAttempts} attempts`, 'server', status);
      const wait = vendorRetryDelayMs(response.headers, now()) ?? backoffMs(attempt);
      http.onWait?.(`${where} failed with ${status}: retrying in ${seconds(wait)}`);
      await sleep(wait);
      continue;
    }
    throw new VendorApiError(`${where} refused the request (${status})`, 'refused', status);
  }
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
