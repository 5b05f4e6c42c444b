/** What a vendor connector is: how it authenticates, what it pulls, and which importer reads each pull. */
import type { ImportKind } from '../ingest/model.js';
import type { FetchedPage, RequestAuth, VendorApiError, VendorHttp } from './http/vendor-http.js';

/** Where a pull writes the pages it downloads, byte for byte, for the importer to read as a folder. */
export interface PageSink {
  write(fileName: string, text: string): Promise<void>;
}

export interface PullContext {
  baseUrl: string;
  /** The vendor account the connection reads (a GitHub organization), when the connector needs one. */
  org: string | null;
  http: VendorHttp;
  pages: PageSink;
  /** A line for the run's progress ("okta users: page 3"). */
  progress(message: string): void;
}

export interface PullResult {
  records: number;
  notes: string[];
}

/** One listing the connector downloads, and the import that reads it. */
export interface Pull {
  /** The importer that reads the downloaded pages. */
  kind: ImportKind;
  /** What is pulled, for progress and the run's summary ("users, all statuses"). */
  label: string;
  /** Downloads every page: how many records, and notes for the run (a field the tenant's licence hides, …). */
  download(context: PullContext): Promise<PullResult>;
  /**
   * The pages of a listing that holds nothing are still written, and the import reads them with the
   * same scope as a listing of some: so an empty listing is imported, and marks removed what an
   * earlier run read. Left unset where an empty listing writes no page or would have another scope.
   */
  importsEmpty?: boolean;
}

/** What an OAuth exchange needs besides the credential. */
export interface AuthContext {
  baseUrl: string;
  org: string | null;
  fetch: typeof fetch;
  /** Milliseconds since the epoch, to know when a token expires. */
  now: () => number;
}

/** An API token sent as is on every request (Okta SSWS, Slack, GitHub personal tokens). */
export function staticHeaders(headers: (credential: string) => Record<string, string>): Connector['authenticate'] {
  return (credential) => {
    const fixed = headers(credential);
    return () => Promise.resolve(fixed);
  };
}

/** A request that proves the credential can read what a pull needs, for `attest connect --test`. */
export interface Probe {
  /** The permission or scope to grant when this request is refused. */
  permission: string;
  /** Under the connection's base URL; `{org}` stands for the connection's org. */
  path: string;
  /** What the answer shows missing although it was accepted (Slack leaves emails out without users:read.email), or null. */
  check?: (page: FetchedPage) => string | null;
}

/** A vendor account the connection needs named (`--org`): a GitHub organization, an Atlassian org id. */
export interface OrgOption {
  /** What it is, for messages: "GitHub organization (its login)". */
  label: string;
  pattern: RegExp;
}

/** How the dashboard form and the CLI ask for the credential. */
export interface CredentialPrompt {
  /** "API token", "Client credentials (JSON)". */
  label: string;
  /** One sentence on what to paste: "The service account's key file (JSON), as Google Cloud downloads it." */
  hint: string;
  /** A multi-line document (a JSON key file, a PEM) rather than a one-line token. */
  multiline: boolean;
}

export const API_TOKEN: CredentialPrompt = { label: 'API token', hint: 'The token, as the vendor shows it once.', multiline: false };

export interface Connector {
  /** The word a user types: `attest connect okta`. */
  kind: string;
  label: string;
  /** The vendor's public API; null when each tenant has its own (Okta). */
  defaultUrl: string | null;
  /** Set when each connection names the account it reads with `--org`. */
  org?: OrgOption;
  credential: CredentialPrompt;
  /**
   * Headers that authenticate a request with the stored credential. A function returned once per run,
   * so an OAuth connector exchanges its credential for a token on first use and renews it when it expires;
   * a refused exchange throws a VendorApiError of failure 'auth'. Told each request's method and URL,
   * for a proof bound to them (Okta's DPoP).
   */
  authenticate(credential: string, context: AuthContext): RequestAuth;
  /**
   * The credential's shape checked when the connection is added or replaced (a JSON document for the
   * OAuth connectors): a problem a person can act on, or null. Never echoes the credential.
   */
  checkCredential?: (credential: string) => string | null;
  /** The vendor's failure inside a 200 answer (Slack's `"ok": false`), or null when the page is data. */
  checkPage?: (page: FetchedPage) => VendorApiError | null;
  /** A refusal that is the vendor's rate limit although its status does not say so (Google's 403 userRateLimitExceeded), from its body. */
  isRateLimited?: (status: number, body: string) => boolean;
  pulls: readonly Pull[];
  probes: readonly Probe[];
}
