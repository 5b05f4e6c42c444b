/** What a vendor connector is: how it authenticates, what it pulls, and which importer reads each pull. */
import type { ImportKind } from '../ingest/model.js';
import type { FetchedPage, VendorApiError, VendorHttp } from './http/vendor-http.js';

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

export interface Connector {
  /** The word a user types: `attest connect okta`. */
  kind: string;
  label: string;
  /** The vendor's public API; null when each tenant has its own (Okta). */
  defaultUrl: string | null;
  /** Set when each connection names the account it reads with `--org`. */
  org?: OrgOption;
  /** Headers that authenticate a request with the stored credential. */
  authHeaders(credential: string): Record<string, string>;
  /** The vendor's failure inside a 200 answer (Slack's `"ok": false`), or null when the page is data. */
  checkPage?: (page: FetchedPage) => VendorApiError | null;
  pulls: readonly Pull[];
  probes: readonly Probe[];
}
