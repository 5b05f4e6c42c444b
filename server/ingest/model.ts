/**
 * What every importer produces: normalized records, validated in full before anything is written.
 * Parsers (server/ingest/parsers/<kind>.ts) turn a vendor's own export into an ImportBatch; the sync
 * writer (sync.ts, write/*) writes what changed, all or nothing for readers, and records the SyncRun.
 */
import type { AccountStatus } from '../catalog/catalog.types.js';

export const IMPORT_KINDS = [
  'hr-csv',
  'okta-users',
  'okta-groups',
  'okta-app-users',
  'okta-grants',
  'entra-users',
  'entra-app-roles',
  'entra-grants',
  'google-users',
  'google-tokens',
  'scim',
  'slack-users',
  'github-members',
  'atlassian-csv',
  'atlassian-users',
  'accounts-csv',
  'integrations',
  'baton',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The node labels an import writes. */
export type RecordLabel = 'Person' | 'Identity' | 'IdpGroup' | 'Account' | 'AppAssignment' | 'Integration';

/**
 * What each kind of import writes, and so what a complete import of it can mark removed: only these
 * labels are checked for records it no longer lists (an import that lists none of a label it
 * writes still removes every earlier one).
 */
export const RECORDS_WRITTEN_BY: Record<ImportKind, readonly RecordLabel[]> = {
  'hr-csv': ['Person'],
  'okta-users': ['Identity'],
  'okta-groups': ['IdpGroup'],
  'okta-app-users': ['AppAssignment'],
  'okta-grants': ['Integration'],
  'entra-users': ['Identity'],
  'entra-app-roles': ['AppAssignment'],
  'entra-grants': ['Integration'],
  'google-users': ['Identity'],
  'google-tokens': ['Integration'],
  scim: ['Identity', 'IdpGroup'],
  'slack-users': ['Account'],
  'github-members': ['Account'],
  'atlassian-csv': ['Account'],
  'atlassian-users': ['Account'],
  'accounts-csv': ['Account'],
  integrations: ['Integration'],
  baton: ['Account', 'Integration'],
};

export type Idp = 'okta' | 'entra' | 'google' | 'scim';
export type PersonStatus = 'active' | 'leave' | 'terminated';
/** 'unknown': the export does not say (Graph /users without $select has no accountEnabled); never taken as active or inactive. */
export type IdentityStatus = 'active' | 'suspended' | 'deprovisioned' | 'staged' | 'unknown';
export type AccountKind = 'human' | 'service' | 'shared';

/** ISO 8601 strings: dates as YYYY-MM-DD, instants as full UTC date-times. */
export type IsoDate = string;
export type IsoDateTime = string;

export interface PersonIn {
  employeeId: string;
  displayName: string;
  firstName: string | null;
  lastName: string | null;
  /** Work email, lower case. */
  email: string;
  alternateEmails: string[];
  department: string | null;
  title: string | null;
  /** Manager's employee id or work email, resolved by the writer. */
  manager: string | null;
  status: PersonStatus;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
}

export interface IdentityIn {
  idp: Idp;
  /** The IdP's own id for the user (Okta id, Entra object id, Google id, SCIM id). */
  externalId: string;
  login: string;
  email: string | null;
  displayName: string | null;
  employeeNumber: string | null;
  /** Manager as the IdP knows it (email or employee number), when given. */
  manager: string | null;
  status: IdentityStatus;
  /** The vendor's own status word, kept for evidence (e.g. "PROVISIONED", "PendingAcceptance"). */
  vendorStatus: string;
  /**
   * When the vendor says a suspended or deprovisioned identity took that status (Okta statusChanged);
   * left out by sources that do not say (the leaver report then uses Attest's first sight).
   */
  statusChangedAt?: IsoDateTime | null;
  lastLoginAt: IsoDateTime | null;
  /** The source gives sign-in data for this identity (false: a null lastLoginAt means unknown, not never). */
  activityKnown: boolean;
  createdAt: IsoDateTime | null;
  isAdmin: boolean;
  /** Entra userType Guest and similar. */
  isGuest: boolean;
}

export interface GroupIn {
  idp: Idp;
  externalId: string;
  name: string;
  /** externalIds of member identities of the same idp; null: the export does not give the members (those already known are kept). */
  memberExternalIds: string[] | null;
}

/** Which app a record belongs to: the App is created on first sight, by name, with its catalog entry when it has one. */
export interface AppRefIn {
  name: string;
  /** null: an app outside the catalog (activity and seat cost unknown until someone sets them). */
  catalogKey: string | null;
  plan: string | null;
}

export interface AccountIn {
  app: AppRefIn;
  /** The app's own id for the user when it has one (Slack U123, GitHub login id, Atlassian account id). */
  externalId: string | null;
  email: string | null;
  username: string | null;
  displayName: string | null;
  status: AccountStatus;
  vendorStatus: string;
  kind: AccountKind;
  /** Role names: the catalog's name when it knows the word, else the vendor's word. */
  roles: string[];
  /** The source says which roles the account holds (false: GitHub's members list without an admins listing). */
  rolesKnown: boolean;
  /** Seat type: the catalog's name or the vendor's word; null: the app's default seat when the status holds one. */
  seatType: string | null;
  invitedAt: IsoDateTime | null;
  createdAt: IsoDateTime | null;
  lastActiveAt: IsoDateTime | null;
  /** The source gives activity data for this account (false: activity unknown). */
  activityKnown: boolean;
  /** Extra counters the source gives (e.g. words generated), kept as evidence. */
  counters: Record<string, number>;
}

/** An IdP's assignment of an identity to an app (Okta app users, Entra app role assignments). */
export interface AssignmentIn {
  idp: Idp;
  identityExternalId: string;
  app: AppRefIn;
  /** The account's id or user name in the app, when the IdP knows it (credentials.userName, externalId). */
  appUserName: string | null;
  appExternalId: string | null;
  scope: 'USER' | 'GROUP' | null;
  status: string | null;
}

export interface IntegrationIn {
  app: AppRefIn;
  name: string;
  mode: 'workspace' | 'user';
  /** Email or user name of the account that enabled (workspace) or authorized (user) it. */
  enabledBy: string | null;
  authorizedBy: string | null;
  enabledAt: IsoDateTime | null;
  lastUsedAt: IsoDateTime | null;
  scopes: string[];
}

export interface ImportBatch {
  kind: ImportKind;
  /**
   * What a later complete import of the same scope replaces, e.g. "okta-users" or
   * "slack-users:Slack". Records of this scope missing from a complete import get removedAt.
   */
  scope: string;
  /** The input is a full listing, so missing records can be marked removed. */
  complete: boolean;
  people: PersonIn[];
  identities: IdentityIn[];
  groups: GroupIn[];
  accounts: AccountIn[];
  assignments: AssignmentIn[];
  integrations: IntegrationIn[];
  /** Rows or records read, for the SyncRun. */
  recordsRead: number;
  /** Non-fatal observations worth showing (e.g. "12 bots skipped"). */
  notes: string[];
}

export function emptyBatch(kind: ImportKind, scope: string): ImportBatch {
  return {
    kind,
    scope,
    complete: true,
    people: [],
    identities: [],
    groups: [],
    accounts: [],
    assignments: [],
    integrations: [],
    recordsRead: 0,
    notes: [],
  };
}
