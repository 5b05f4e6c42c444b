/** `attest connect --test`: whether the credential is accepted, and which permissions each pull still lacks. */
import type { Connection } from './connection-store.js';
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
  for (const probe of connector.probes) {
    try {
      await getPage(new URL(probe.path, connection.baseUrl).toString(), {
        ...http,
        maxAttempts: http.maxAttempts ?? 3,
        headers: () => Promise.resolve(connector.authHeaders(credential)),
      });
      results.push({ permission: probe.permission, ok: true, problem: null });
    } catch (error) {
      if (!(error instanceof VendorApiError)) throw error;
      results.push({ permission: probe.permission, ok: false, problem: error.message });
    }
  }
  return results;
}
