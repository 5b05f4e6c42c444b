/** `attest connect --test`: whether the credential is accepted, and which permissions each pull still lacks. */
import type { Connection } from './connection-store.js';
import { apiUrl } from './http/api-url.js';
import { getPage, VendorApiError, type VendorHttp } from './http/vendor-http.js';
import { connectorOf } from './sync-connection.js';

export interface ProbeResult {
  permission: string;
  ok: boolean;
  /** Why it failed, when it did. */
  problem: string | null;
}

export async function probeConnection(
  connection: Connection,
  credential: string,
  http: Omit<VendorHttp, 'headers'> = {},
): Promise<ProbeResult[]> {
  const connector = connectorOf(connection);
  const results: ProbeResult[] = [];
  const headers = connector.authenticate(credential, {
    baseUrl: connection.baseUrl,
    org: connection.org,
    fetch: http.fetch ?? fetch,
    now: http.now ?? Date.now,
  });
  for (const probe of connector.probes) {
    try {
      const path = probe.path.replaceAll('{org}', encodeURIComponent(connection.org ?? ''));
      const page = await getPage(apiUrl(connection.baseUrl, path), {
        ...http,
        maxAttempts: http.maxAttempts ?? 3,
        checkPage: connector.checkPage,
        isRateLimited: connector.isRateLimited,
        headers,
      });
      const problem = probe.check?.(page) ?? null;
      results.push({ permission: probe.permission, ok: problem === null, problem });
    } catch (error) {
      if (!(error instanceof VendorApiError)) throw error;
      results.push({ permission: probe.permission, ok: false, problem: error.message });
    }
  }
  return results;
}
