import type { RecordLabel } from '../model.js';
import {
  dateFromRow,
  datetimeFromRow,
  fromRow,
  listFromRow,
  nonEmpty,
  importNow,
  importParam,
  keptFromFirstWrite,
  rowString,
  rowValue,
  type Field,
} from './fields.queries.js';

/**
 * The fields of each import record (records.queries.ts writes them, first-write-properties.ts computes them).
 * Every write sets the record's provenance: `source` (the import kind), `scope` (what a complete
 * import of it replaces), `lastSyncRunId`, `lastSeenAt`, `contentHash` (what the import's row was,
 * so an unchanged row is never written again), and clears `removedAt` (a record that reappears is
 * live again). `firstSeenAt` and `firstSyncRunId` are set once. References to other records
 * (manager, group members, IdP assignment, integration author) are stored as raw values and
 * resolved by reconciliation, so the order of imports does not matter.
 */

/** Every row the import writes is hashed first (stage-records.ts, plan-apps.ts): a row without its hash was not prepared as the import prepares it. */
export const CONTENT_HASH: Field = {
  ...fromRow('contentHash', 'string'),
  firstWrite: (row) => {
    const hash = rowString(row, 'contentHash');
    if (hash === null) throw new Error(`row ${String(row.id)} has no contentHash: hash it as the import does before its first write`);
    return hash;
  },
  bookkeeping: true,
};

const PROVENANCE: readonly Field[] = [
  importParam('source', 'kind'),
  importParam('scope', 'scope'),
  { ...importParam('lastSyncRunId', 'runId'), bookkeeping: true },
  { ...keptFromFirstWrite(importParam('firstSyncRunId', 'runId')), bookkeeping: true },
  { ...keptFromFirstWrite(importNow('firstSeenAt')), bookkeeping: true },
  { ...importNow('lastSeenAt'), bookkeeping: true },
  { property: 'removedAt', type: 'datetime', set: () => 'null', firstWrite: () => null },
  CONTENT_HASH,
];

/**
 * `deactivatedAt` (identities and accounts) is when an import first saw the record in one of the
 * `inactive` statuses (the run's `now`): kept while it stays inactive, cleared when it is active
 * again; a record first seen already inactive gets its first sight.
 */
function inactiveSince(inactive: readonly string[]): Field {
  const words = `[${inactive.map((word) => `'${word}'`).join(', ')}]`;
  return {
    property: 'deactivatedAt',
    type: 'datetime',
    set: (node, row) => `CASE WHEN ${row}.status IN ${words} THEN coalesce(${node}.deactivatedAt, datetime($now)) ELSE null END`,
    firstWrite: (row, params) => (inactive.includes(rowString(row, 'status') ?? '') ? params.now : null),
  };
}

const PERSON: readonly Field[] = [
  fromRow('employeeId', 'string'),
  fromRow('displayName', 'string'),
  fromRow('firstName', 'string'),
  fromRow('lastName', 'string'),
  fromRow('email', 'string'),
  listFromRow('alternateEmails', 'string[]'),
  fromRow('department', 'string'),
  fromRow('title', 'string'),
  fromRow('managerRef', 'string', 'manager'),
  fromRow('status', 'string'),
  dateFromRow('startDate'),
  dateFromRow('endDate'),
  fromRow('externalId', 'string', 'employeeId'),
  ...PROVENANCE,
];

const IDENTITY: readonly Field[] = [
  fromRow('idp', 'string'),
  fromRow('externalId', 'string'),
  {
    property: 'login',
    type: 'string',
    set: (_node, row) => `toLower(${row}.login)`,
    firstWrite: (row) => rowString(row, 'login')?.toLowerCase() ?? null,
  },
  fromRow('email', 'string'),
  fromRow('displayName', 'string'),
  fromRow('employeeNumber', 'string'),
  fromRow('managerRef', 'string', 'manager'),
  fromRow('status', 'string'),
  fromRow('vendorStatus', 'string'),
  inactiveSince(['suspended', 'deprovisioned']),
  datetimeFromRow('statusChangedAt'),
  fromRow('isAdmin', 'boolean'),
  fromRow('isGuest', 'boolean'),
  datetimeFromRow('lastLoginAt'),
  fromRow('activityKnown', 'boolean'),
  datetimeFromRow('createdAt'),
  ...PROVENANCE,
];

const GROUP: readonly Field[] = [
  fromRow('idp', 'string'),
  fromRow('externalId', 'string'),
  fromRow('name', 'string'),
  // A listing without members (null) keeps the members an earlier one gave.
  {
    ...listFromRow('memberIds', 'string[]'),
    set: (node, row) => `CASE WHEN ${row}.memberIds IS NULL THEN ${node}.memberIds ELSE ${nonEmpty(`${row}.memberIds`)} END`,
  },
  ...PROVENANCE,
];

const ACCOUNT: readonly Field[] = [
  fromRow('email', 'string'),
  fromRow('username', 'string'),
  fromRow('displayName', 'string'),
  fromRow('externalId', 'string'),
  fromRow('status', 'string'),
  fromRow('vendorStatus', 'string'),
  inactiveSince(['suspended', 'deactivated']),
  // A person's marking of the account (service, shared) wins over what the source says.
  { ...fromRow('kind', 'string'), set: (node, row) => `coalesce(${node}.manualKind, ${row}.kind)` },
  fromRow('activityKnown', 'boolean'),
  fromRow('rolesKnown', 'boolean'),
  listFromRow('counters', 'string[]', 'counterNames'),
  listFromRow('counterValues', 'double[]'),
  datetimeFromRow('invitedAt'),
  // A source that gives no creation time: the first sight stands in for it.
  {
    property: 'createdAt',
    type: 'datetime',
    set: (node, row) =>
      `CASE WHEN ${row}.createdAt IS NULL THEN coalesce(${node}.createdAt, datetime($now)) ELSE datetime(${row}.createdAt) END`,
    firstWrite: (row, params) => rowValue(row, 'createdAt', 'datetime') ?? params.now,
  },
  datetimeFromRow('lastActiveAt'),
  ...PROVENANCE,
];

const ASSIGNMENT: readonly Field[] = [
  fromRow('identityId', 'string'),
  fromRow('appId', 'string'),
  fromRow('appUserName', 'string'),
  fromRow('appExternalId', 'string'),
  fromRow('assignmentScope', 'string', 'scope'),
  fromRow('status', 'string'),
  ...PROVENANCE,
];

const INTEGRATION: readonly Field[] = [
  fromRow('name', 'string'),
  fromRow('mode', 'string'),
  listFromRow('scopes', 'string[]'),
  fromRow('enabledByRef', 'string', 'enabledBy'),
  fromRow('authorizedByRef', 'string', 'authorizedBy'),
  datetimeFromRow('enabledAt'),
  datetimeFromRow('lastUsedAt'),
  ...PROVENANCE,
];

export const RECORD_FIELDS: Record<RecordLabel, readonly Field[]> = {
  Person: PERSON,
  Identity: IDENTITY,
  IdpGroup: GROUP,
  Account: ACCOUNT,
  AppAssignment: ASSIGNMENT,
  Integration: INTEGRATION,
};
