/**
 * The optional write a connector may offer: deprovision one account a review revoked, through the
 * vendor's API. Separate from Connector (which only reads), so a vendor without it is unchanged.
 */

/** The revoked account, as the graph knows it. */
export interface DeprovisionTarget {
  /** The Attest app the account is in. */
  appName: string;
  username: string | null;
  email: string | null;
  /** The app's own id for the account (a SCIM id, a GitHub user id), when known. */
  externalId: string | null;
  roles: string[];
  status: string;
  /** The IdP user the app is assigned to (Okta user id), when the account signs in through an IdP assignment. */
  idpUserId: string | null;
}

/** The vendor's answer to one write: never thrown for a 4xx, which is recorded as the outcome. */
export interface VendorAnswer {
  status: number;
  body: unknown;
}

export interface DeprovisionContext {
  /** The vendor account the connection reads (`--org`); for a SCIM connection, the Attest app it manages. */
  org: string | null;
  /** Sends one request under the connection's base URL, authenticated, with the vendor's rate limits honoured. */
  send(method: 'GET' | 'DELETE' | 'PATCH', path: string, body?: { json: unknown; contentType: string }): Promise<VendorAnswer>;
  /** The stored credential, for deprovisioners whose credential carries options (SCIM's fallbackToDelete). */
  credential: string;
}

/** What a person reads: whether the vendor accepted, its HTTP status, one line (never a token or a raw body). */
export interface DeprovisionOutcome {
  ok: boolean;
  status: number | null;
  outcome: string;
}

export interface Deprovisioner {
  /** What apply would do, for the confirmation ("remove octocat from the GitHub organization acme"), or null when it cannot. */
  describe(target: DeprovisionTarget, org: string | null): string | null;
  apply(target: DeprovisionTarget, context: DeprovisionContext): Promise<DeprovisionOutcome>;
}

/** The vendor's own short reason from an error body (GitHub `message`, Okta `errorSummary`, SCIM `detail`), cut to one line. */
export function reasonOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  for (const key of ['errorSummary', 'detail', 'message']) {
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) return (value.trim().split('\n')[0] ?? '').slice(0, 200);
  }
  return null;
}

/** "refused (403): Must have admin rights", or with no reason given, "refused (403)". */
export function refusal(label: string, answer: VendorAnswer): DeprovisionOutcome {
  const reason = reasonOf(answer.body);
  return { ok: false, status: answer.status, outcome: `${label} refused (${answer.status})${reason ? `: ${reason}` : ''}` };
}
