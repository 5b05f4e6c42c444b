import { registerEnumType } from 'type-graphql';
import { RULES, type FindingType as FindingTypeName } from '../../findings/rules/index.js';

/** A finding type's GraphQL value: the upper case of the rule's type, e.g. ORPHANED_ACCOUNT. */
export function findingTypeEnumValue<Type extends string>(type: Type): Uppercase<Type> {
  return type.toUpperCase() as Uppercase<Type>;
}

/** One value per registered rule, GraphQL value → the rule's type. */
export const FindingType = Object.fromEntries(RULES.map((rule) => [findingTypeEnumValue(rule.type), rule.type])) as {
  [Type in FindingTypeName as Uppercase<Type>]: Type;
};
export type FindingType = FindingTypeName;
registerEnumType(FindingType, {
  name: 'FindingType',
  description: 'What needs action; values are the lower snake case names used by the CLI and JSON.',
  valuesConfig: Object.fromEntries(RULES.map((rule) => [findingTypeEnumValue(rule.type), { description: rule.description }])),
});

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

export { FINDING_TYPES } from '../../findings/rules/index.js';

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
