import { registerEnumType } from 'type-graphql';
import type { FindingType as FindingTypeName } from '../../catalog/catalog.types.js';

export enum FindingType {
  ORPHANED_ACCOUNT = 'orphaned_account',
  PENDING_INVITE = 'pending_invite',
  SOLE_ADMIN = 'sole_admin',
  INACTIVE_USER = 'inactive_user',
  INTEGRATION_LEFT_BEHIND = 'integration_left_behind',
  DUPLICATE_ACCOUNT = 'duplicate_account',
  PRIVILEGED_WITHOUT_SSO = 'privileged_without_sso',
  EXTERNAL_ACCOUNT = 'external_account',
}
registerEnumType(FindingType, { name: 'FindingType', description: 'What needs action; values are the lower snake case names used by the CLI and JSON.' });

export enum Severity {
  CRITICAL = 'critical',
  HIGH = 'high',
  MEDIUM = 'medium',
  LOW = 'low',
}
registerEnumType(Severity, { name: 'Severity' });

export enum PersonStatus {
  ACTIVE = 'active',
  LEAVE = 'leave',
  TERMINATED = 'terminated',
}
registerEnumType(PersonStatus, { name: 'PersonStatus' });

export enum AccountStatus {
  ACTIVE = 'active',
  INVITED = 'invited',
  SUSPENDED = 'suspended',
  DEACTIVATED = 'deactivated',
}
registerEnumType(AccountStatus, { name: 'AccountStatus' });

export enum IdentityStatus {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  DEPROVISIONED = 'deprovisioned',
  STAGED = 'staged',
  /** The export does not say (e.g. Graph /users without accountEnabled). */
  UNKNOWN = 'unknown',
}
registerEnumType(IdentityStatus, { name: 'IdentityStatus' });

export enum Privilege {
  OWNER = 'owner',
  ADMIN = 'admin',
  STANDARD = 'standard',
  VIEWER = 'viewer',
}
registerEnumType(Privilege, { name: 'Privilege' });

export const FINDING_TYPES: readonly FindingTypeName[] = Object.values(FindingType);

export enum AccountKind {
  HUMAN = 'human',
  SERVICE = 'service',
  SHARED = 'shared',
}
registerEnumType(AccountKind, { name: 'AccountKind' });

export enum FindingSort {
  SEVERITY = 'severity',
  COST = 'cost',
  AGE = 'age',
  APP = 'app',
  PERSON = 'person',
}
registerEnumType(FindingSort, {
  name: 'FindingSort',
  description: 'Orders of the findings list: most severe (then costly) first, most costly, oldest, by app name, by person name',
});
