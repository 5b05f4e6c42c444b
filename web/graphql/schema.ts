/**
 * Hand-written TypeScript mirrors of schema/schema.graphql (no codegen is available).
 * Keep every enum and shared object type here in step with the SDL.
 */

export const FINDING_TYPES = [
  'ORPHANED_ACCOUNT',
  'PENDING_INVITE',
  'SOLE_ADMIN',
  'INACTIVE_USER',
  'INTEGRATION_LEFT_BEHIND',
  'DUPLICATE_ACCOUNT',
  'PRIVILEGED_WITHOUT_SSO',
  'EXTERNAL_ACCOUNT',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type AccountStatus = 'ACTIVE' | 'DEACTIVATED' | 'INVITED' | 'SUSPENDED';
export type AccountKind = 'HUMAN' | 'SERVICE' | 'SHARED';
export type IdentityStatus = 'ACTIVE' | 'DEPROVISIONED' | 'STAGED' | 'SUSPENDED' | 'UNKNOWN';
export type PersonStatus = 'ACTIVE' | 'LEAVE' | 'TERMINATED';
export type Privilege = 'ADMIN' | 'OWNER' | 'STANDARD' | 'VIEWER';

/** `Source.stale`: not synced successfully for more than this many days. The server decides; this is for wording. */
export const STALE_AFTER_DAYS = 7;

export function isFindingType(value: string): value is FindingType {
  return (FINDING_TYPES as readonly string[]).includes(value);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** `input FindingFilter` */
export interface FindingFilter {
  apps?: string[] | null;
  personId?: string | null;
  search?: string | null;
  severities?: Severity[] | null;
  types?: FindingType[] | null;
}

/** `type AccountRef` (all fields) */
export interface AccountRef {
  __typename: 'AccountRef';
  id: string;
  email: string;
  status: AccountStatus;
}

/** `type AppRef` (all fields) */
export interface AppRef {
  __typename: 'AppRef';
  id: string;
  name: string;
}

/** `type PersonRef` (all fields) */
export interface PersonRef {
  __typename: 'PersonRef';
  id: string;
  displayName: string;
  email: string;
  status: PersonStatus;
}

/** `type PageInfo` (all fields) */
export interface PageInfo {
  __typename: 'PageInfo';
  endCursor: string | null;
  hasNextPage: boolean;
}
