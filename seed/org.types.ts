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
  idp: 'okta';
  login: string;
  email: string;
  /** Okta employeeNumber profile attribute: the HR employee id, when set. */
  employeeNumber: string | null;
  status: IdentityStatus;
  /** ISO date-time, null when never signed in. */
  lastLoginAt: string | null;
  createdAt: string;
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
  email: string;
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
}

export interface TruthFinding {
  type: FindingType;
  /** App name as shown (AppRecord.name). */
  app: string;
  /** Account email; null for app-level findings (sole_admin). */
  account: string | null;
}

export interface Truth {
  seed: number;
  people: number;
  now: string;
  findings: TruthFinding[];
}
