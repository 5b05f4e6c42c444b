/**
 * The synthetic organization the seed generator produces. It is written as the vendors' own export
 * files (seed/vendor/) that the importers load, plus DIR/org.json for reference; truth.json lists
 * every finding the generator planted.
 */
import type { AccountStatus, FindingType } from '../server/catalog/catalog.types.js';

export type PersonStatus = 'active' | 'leave' | 'terminated';
export type IdentityStatus = 'active' | 'suspended' | 'deprovisioned' | 'staged';
export type AccountKind = 'human' | 'service' | 'shared';

export interface OrgInfo {
  name: string;
  /** The organization's own email domains, primary first (e.g. ["acme.com"]). */
  domains: string[];
  /** Alias domain -> primary domain (e.g. {"acme.io": "acme.com"}). */
  domainAliases: Record<string, string>;
}

export interface PersonRecord {
  id: string;
  employeeId: string;
  firstName: string;
  lastName: string;
  displayName: string;
  /** Work email, lower case. */
  email: string;
  /** Other emails HR knows for the person (lower case). */
  alternateEmails: string[];
  department: string;
  title: string;
  status: PersonStatus;
  /** ISO date (YYYY-MM-DD). */
  startDate: string;
  endDate: string | null;
  managerId: string | null;
}

export interface IdentityRecord {
  id: string;
  /** okta: everyone's sign-in (okta/users.json). entra: the Microsoft 365 tenant's members and guests (entra/users.json). */
  idp: 'okta' | 'entra';
  /** Okta login, or the Entra userPrincipalName (a guest's is name_domain#EXT#@tenant). */
  login: string;
  email: string;
  /** Entra only: Member or Guest, and the name shown. */
  userType?: 'Member' | 'Guest';
  displayName?: string;
  /** Okta employeeNumber profile attribute: the HR employee id, when set. */
  employeeNumber: string | null;
  status: IdentityStatus;
  /** ISO date-time, null when never signed in. */
  lastLoginAt: string | null;
  createdAt: string;
  /** Okta only: when the user took its status (Okta's statusChanged); a leaver's deprovisioning time. */
  statusChangedAt?: string;
  isAdmin: boolean;
}

export interface GroupRecord {
  id: string;
  name: string;
  memberIdentityIds: string[];
  /** Apps this group is assigned to in the IdP. */
  appIds: string[];
}

export interface AppRecord {
  id: string;
  name: string;
  catalogKey: string;
  plan: string;
  ssoEnforced: boolean;
  scimEnabled: boolean;
  /** Employee id of the business owner of the app, if any. */
  ownerPersonId: string | null;
  /** Purchased seats per seat type name; null when unknown. */
  seatCapacity: Record<string, number | null>;
}

export interface AccountRecord {
  id: string;
  appId: string;
  /** Lower case, as the importers store it. */
  email: string;
  /** The email exactly as the vendor's export writes it, when that is not `email` (a case variant). */
  exportEmail?: string;
  username: string | null;
  displayName: string;
  status: AccountStatus;
  kind: AccountKind;
  /** ISO date-time the account was added or invited. */
  createdAt: string;
  invitedAt: string | null;
  /** ISO date-time of last activity; null when never active or when the app gives no activity data. */
  lastActiveAt: string | null;
  roleNames: string[];
  /** Seat type name from the catalog; null when the account holds no seat. */
  seatType: string | null;
  /** Login of the Okta identity the account signs in with (IdP app assignment), null when not behind the IdP. */
  identityLogin: string | null;
  /** Removed from the app (a later sync no longer lists it). */
  removedAt: string | null;
}

export interface IntegrationRecord {
  id: string;
  appId: string;
  name: string;
  mode: 'workspace' | 'user';
  enabledByAccountId: string | null;
  authorizedByAccountId: string | null;
  enabledAt: string;
  lastUsedAt: string | null;
  scopes: string[];
}

/** An app's bot user (Slack is_bot): not a person and not an account; the importer leaves it out. */
export interface BotUserRecord {
  id: string;
  appId: string;
  name: string;
  displayName: string;
}

export interface DemoOrg {
  seed: number;
  /** The "now" the organization was generated for (ISO date-time); rules must evaluate at this time to match truth.json. */
  now: string;
  organization: OrgInfo;
  people: PersonRecord[];
  identities: IdentityRecord[];
  groups: GroupRecord[];
  apps: AppRecord[];
  accounts: AccountRecord[];
  integrations: IntegrationRecord[];
  botUsers: BotUserRecord[];
}

export interface TruthFinding {
  type: FindingType;
  /** App name as shown (AppRecord.name). */
  app: string;
  /** Account email; null for app-level findings (sole_admin). */
  account: string | null;
}

/** The hard cases of reconciliation the generator plants (see HardCase.case). */
export type HardCaseName =
  | 'case_variant_email'
  | 'plus_addressing'
  | 'alias_domain'
  | 'rehired_person'
  | 'same_name'
  | 'contractor_personal_email'
  | 'service_account'
  | 'shared_account'
  | 'slack_bot'
  | 'atlassian_never_accessed'
  | 'okta_staged'
  | 'entra_pending_guest'
  | 'suspended_okta_user'
  | 'sole_admin_left';

/**
 * One planted instance of a hard case and what Attest must conclude about it. The tests check every
 * entry in the graph after import (owner, review flag, identity, kind, status) and against the findings.
 */
export interface HardCase {
  case: HardCaseName;
  /** App name as shown; null when the case is not about one app. */
  app: string | null;
  /** Account email as stored (lower case); null when there is no account (a bot the importer leaves out). */
  account: string | null;
  /** HR work email of the person the account must belong to; null when it must belong to nobody. */
  person: string | null;
  /** HR employee id of that person (a rehire's current record shares the work email with the old one). */
  employeeId: string | null;
  /** How reconciliation must link it (exact_email, normalized_email, idp_assignment...), when it is linked. */
  method: string | null;
  /** When nobody may be linked because several people match: their employee ids (the review candidates). */
  reviewCandidates: string[] | null;
  /** Exactly the findings on this account (empty: none). */
  findings: FindingType[];
  /** Findings on the app itself (sole_admin), when the case is about the app. */
  appFindings: FindingType[];
  /** Other facts the graph must show: the email as exported, the identity signed in with, the account kind or status. */
  exportedAs?: string;
  identity?: { idp: 'okta' | 'entra'; status: IdentityStatus; email: string };
  kind?: AccountKind;
  accountStatus?: AccountStatus;
  /** A bot user's name (slack_bot): no account may exist for it. */
  botName?: string;
  expect: string;
}

export interface Truth {
  seed: number;
  people: number;
  now: string;
  findings: TruthFinding[];
  hardCases: HardCase[];
}
