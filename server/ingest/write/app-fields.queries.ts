import { fromRow, importNow, importParam, rowValue, type Field } from './fields.queries.js';
import { CONTENT_HASH } from './record-fields.queries.js';

/**
 * The fields of apps, roles and seat types as imports and app settings write them (apps.queries.ts,
 * records.queries.ts UPSERT_APPS; first-write-properties.ts computes them). A person's choice
 * (confirmedPrivilege, confirmedMonthlyCost, set by vocabulary/classify.ts) is never written here,
 * so it survives every re-import and wins over the default; an import that knows no catalog entry
 * or plan for an app never clears the one it has.
 */

/** Set once, when the app is created. */
export const APP_CREATED: readonly Field[] = [
  importNow('firstSeenAt'),
  importParam('source', 'kind'),
  fromRow('externalId', 'string', 'id'),
];

export const APP: readonly Field[] = [
  fromRow('name', 'string'),
  { ...fromRow('catalogKey', 'string'), set: (node, row) => `coalesce(${row}.catalogKey, ${node}.catalogKey)` },
  {
    property: 'plan',
    type: 'string',
    set: (node, row) => `coalesce(${row}.plan, ${node}.plan, ${row}.defaultPlan)`,
    firstWrite: (row) => rowValue(row, 'plan', 'string') ?? rowValue(row, 'defaultPlan', 'string'),
  },
  // Set in app settings, never by an import.
  { property: 'ssoEnforced', type: 'boolean', set: (node) => `coalesce(${node}.ssoEnforced, false)`, firstWrite: () => false },
  { property: 'scimEnabled', type: 'boolean', set: (node) => `coalesce(${node}.scimEnabled, false)`, firstWrite: () => false },
  importNow('lastSeenAt'),
];

/** A role's fields from its row (`role` in the statements). */
export const ROLE: readonly Field[] = [
  fromRow('name', 'string'),
  fromRow('defaultPrivilege', 'string', 'privilege'),
  { ...fromRow('privilege', 'string'), set: (node, row) => `coalesce(${node}.confirmedPrivilege, ${row}.privilege)` },
  {
    ...fromRow('privilegeSource', 'string', 'source'),
    set: (node, row) => `CASE WHEN ${node}.confirmedPrivilege IS NULL THEN ${row}.source ELSE 'confirmed' END`,
  },
];

/** Set once, when the seat type is created: its purchased seats are not known until someone says. */
export const SEAT_TYPE_CREATED: readonly Field[] = [{ property: 'capacity', type: 'double', set: () => 'null', firstWrite: () => null }];

/** A seat type's fields from its row (`seat` in the statements), which carries its app's billing model. */
export const SEAT_TYPE: readonly Field[] = [
  fromRow('name', 'string'),
  fromRow('currency', 'string'),
  fromRow('billingModel', 'string'),
  fromRow('defaultMonthlyCost', 'double', 'monthlyCost'),
  { ...fromRow('monthlyCost', 'double'), set: (node, row) => `coalesce(${node}.confirmedMonthlyCost, ${row}.monthlyCost)` },
  {
    ...fromRow('costSource', 'string', 'source'),
    set: (node, row) => `CASE WHEN ${node}.confirmedMonthlyCost IS NULL THEN ${row}.source ELSE 'confirmed' END`,
  },
];

/** What an import's role or seat type row was (plan-apps.ts), so an unchanged one is not written again. */
const VOCABULARY_HASH: readonly Field[] = [CONTENT_HASH];

/** A role or seat type as an import writes it (app settings clear the hash instead: UPSERT_APPS). */
export const IMPORTED_ROLE: readonly Field[] = [...ROLE, ...VOCABULARY_HASH];
export const IMPORTED_SEAT_TYPE: readonly Field[] = [...SEAT_TYPE, ...VOCABULARY_HASH];

/** What an import writes to the apps, roles and seat types it creates (records.queries.ts STAGE_APPS, STAGE_ROLES, STAGE_SEAT_TYPES). */
export const NEW_APP: readonly Field[] = [...APP_CREATED, ...APP];
export const NEW_ROLE: readonly Field[] = IMPORTED_ROLE;
export const NEW_SEAT_TYPE: readonly Field[] = [...SEAT_TYPE_CREATED, ...IMPORTED_SEAT_TYPE];
