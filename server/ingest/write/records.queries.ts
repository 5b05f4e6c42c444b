import { APP_FIELDS, ROLE_FIELDS, SEAT_FIELDS } from './apps.queries.js';
import type { RecordLabel } from '../model.js';
import { setAssignments } from './set-assignments.js';
import { TARGET_LABELS, type WrittenLabel } from './written-label.js';
import { STAGED_LABEL } from './staging.queries.js';

/**
 * Writes of normalized import records. Every record's fields are set by one fragment, used both by
 * the upsert of a changed record (MERGE on an existing node, in the publish transaction) and by the
 * staging of a new one (CREATE under :StagedRecord, published later by relabelling it). Every write
 * sets the record's provenance: `source` (the import kind), `scope` (what a complete import of it
 * replaces), `lastSyncRunId`, `lastSeenAt`, `contentHash` (what the import's row was, so an
 * unchanged row is never written again), and clears `removedAt` (a record that reappears is live
 * again). `firstSeenAt` is set once. `deactivatedAt` (identities and accounts) is when an import
 * first saw the record not active (the run's `now`): kept while it stays inactive, cleared when it
 * is active again; a record first seen already inactive gets its first sight. References to other records (manager, group members, IdP
 * assignment, integration author) are stored as raw values and resolved by reconciliation, so the
 * order of imports does not matter.
 */

const PROVENANCE = (v: string) => `
  ${v}.source = $kind, ${v}.scope = $scope, ${v}.lastSyncRunId = $runId, ${v}.firstSyncRunId = coalesce(${v}.firstSyncRunId, $runId),
  ${v}.firstSeenAt = coalesce(${v}.firstSeenAt, datetime($now)), ${v}.lastSeenAt = datetime($now), ${v}.removedAt = null,
  ${v}.contentHash = row.contentHash`;

/** The first sight of an inactive status is kept while the status stays inactive (any inactive word). */
const INACTIVE_SINCE = (v: string, inactive: string) =>
  `${v}.deactivatedAt = CASE WHEN row.status IN ${inactive} THEN coalesce(${v}.deactivatedAt, datetime($now)) ELSE null END`;

const PERSON_FIELDS = (p: string) => `
  ${p}.employeeId = row.employeeId, ${p}.displayName = row.displayName, ${p}.firstName = row.firstName, ${p}.lastName = row.lastName,
  ${p}.email = row.email, ${p}.alternateEmails = row.alternateEmails, ${p}.department = row.department, ${p}.title = row.title,
  ${p}.managerRef = row.manager, ${p}.status = row.status,
  ${p}.startDate = CASE WHEN row.startDate IS NULL THEN null ELSE date(row.startDate) END,
  ${p}.endDate = CASE WHEN row.endDate IS NULL THEN null ELSE date(row.endDate) END,
  ${p}.externalId = row.employeeId, ${PROVENANCE(p)}`;

const IDENTITY_FIELDS = (i: string) => `
  ${i}.idp = row.idp, ${i}.externalId = row.externalId, ${i}.login = toLower(row.login), ${i}.email = row.email,
  ${i}.displayName = row.displayName, ${i}.employeeNumber = row.employeeNumber, ${i}.managerRef = row.manager,
  ${i}.status = row.status, ${i}.vendorStatus = row.vendorStatus, ${INACTIVE_SINCE(i, "['suspended', 'deprovisioned']")},
  ${i}.statusChangedAt = CASE WHEN row.statusChangedAt IS NULL THEN null ELSE datetime(row.statusChangedAt) END, ${i}.isAdmin = row.isAdmin, ${i}.isGuest = row.isGuest,
  ${i}.lastLoginAt = CASE WHEN row.lastLoginAt IS NULL THEN null ELSE datetime(row.lastLoginAt) END,
  ${i}.activityKnown = row.activityKnown,
  ${i}.createdAt = CASE WHEN row.createdAt IS NULL THEN null ELSE datetime(row.createdAt) END,
  ${PROVENANCE(i)}`;

const GROUP_FIELDS = (g: string) => `
  ${g}.idp = row.idp, ${g}.externalId = row.externalId, ${g}.name = row.name, ${g}.memberIds = coalesce(row.memberIds, ${g}.memberIds),
  ${PROVENANCE(g)}`;

const ACCOUNT_FIELDS = (a: string) => `
  ${a}.email = row.email, ${a}.username = row.username, ${a}.displayName = row.displayName, ${a}.externalId = row.externalId,
  ${a}.status = row.status, ${a}.vendorStatus = row.vendorStatus, ${INACTIVE_SINCE(a, "['suspended', 'deactivated']")}, ${a}.kind = coalesce(${a}.manualKind, row.kind),
  ${a}.activityKnown = row.activityKnown, ${a}.rolesKnown = row.rolesKnown, ${a}.counters = row.counterNames, ${a}.counterValues = row.counterValues,
  ${a}.invitedAt = CASE WHEN row.invitedAt IS NULL THEN null ELSE datetime(row.invitedAt) END,
  ${a}.createdAt = CASE WHEN row.createdAt IS NULL THEN coalesce(${a}.createdAt, datetime($now)) ELSE datetime(row.createdAt) END,
  ${a}.lastActiveAt = CASE WHEN row.lastActiveAt IS NULL THEN null ELSE datetime(row.lastActiveAt) END,
  ${PROVENANCE(a)}`;

const ASSIGNMENT_FIELDS = (x: string) => `
  ${x}.identityId = row.identityId, ${x}.appId = row.appId, ${x}.appUserName = row.appUserName, ${x}.appExternalId = row.appExternalId,
  ${x}.assignmentScope = row.scope, ${x}.status = row.status, ${PROVENANCE(x)}`;

const INTEGRATION_FIELDS = (n: string) => `
  ${n}.name = row.name, ${n}.mode = row.mode, ${n}.scopes = row.scopes,
  ${n}.enabledByRef = row.enabledBy, ${n}.authorizedByRef = row.authorizedBy,
  ${n}.enabledAt = CASE WHEN row.enabledAt IS NULL THEN null ELSE datetime(row.enabledAt) END,
  ${n}.lastUsedAt = CASE WHEN row.lastUsedAt IS NULL THEN null ELSE datetime(row.lastUsedAt) END,
  ${PROVENANCE(n)}`;

export const UPSERT_PEOPLE = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET ${PERSON_FIELDS('p')}`;

export const UPSERT_IDENTITIES = `
UNWIND $rows AS row
MERGE (i:Identity {id: row.id})
SET ${IDENTITY_FIELDS('i')}`;

export const UPSERT_GROUPS = `
UNWIND $rows AS row
MERGE (g:IdpGroup {id: row.id})
SET ${GROUP_FIELDS('g')}`;

/**
 * Apps with their roles and seat types, as app settings write them (the import stages new apps and
 * updates changed ones with apps.queries.ts). The catalog (or, for a word it does not know, the
 * name) gives each role's default privilege and each seat type's default cost; a person's choice
 * (confirmedPrivilege, confirmedMonthlyCost, set by vocabulary/classify.ts) is never written here,
 * so it survives every re-import and wins over the default. An import that knows no catalog entry
 * for an app never clears the one it has. The content hash of a role or seat type written here is
 * cleared, so the next import writes it again as it sees it.
 */
export const UPSERT_APPS = `
UNWIND $rows AS row
MERGE (app:App {id: row.id})
ON CREATE SET app.firstSeenAt = datetime($now), app.source = $kind, app.externalId = row.id
SET ${APP_FIELDS('app')}
WITH app, row
CALL (app, row) {
  UNWIND row.roles AS role
  MERGE (r:Role {id: role.id})
  SET ${ROLE_FIELDS('r')}, r.contentHash = null
  MERGE (r)-[:OF]->(app)
}
CALL (app, row) {
  UNWIND row.seatTypes AS seat
  MERGE (s:SeatType {id: seat.id})
  ON CREATE SET s.capacity = null
  SET ${SEAT_FIELDS('s', 'row.billingModel')}, s.contentHash = null
  MERGE (s)-[:OF]->(app)
}`;

/** The account's roles and seat type: what the row names, nothing else. */
const ACCOUNT_LINKS = `
WITH a, row
CALL (a, row) {
  OPTIONAL MATCH (a)-[old:HAS_ROLE]->(r:Role)
  WHERE NOT r.id IN row.roleIds
  DELETE old
}
CALL (a, row) {
  UNWIND row.roleIds AS roleId
  MATCH (r:Role {id: roleId})
  MERGE (a)-[:HAS_ROLE]->(r)
}
CALL (a, row) {
  OPTIONAL MATCH (a)-[old:USES_SEAT]->(s:SeatType)
  WHERE row.seatTypeId IS NULL OR s.id <> row.seatTypeId
  DELETE old
}
CALL (a, row) {
  MATCH (s:SeatType {id: row.seatTypeId})
  MERGE (a)-[:USES_SEAT]->(s)
}`;

export const UPSERT_ACCOUNTS = `
UNWIND $rows AS row
MATCH (app:App {id: row.appId})
MERGE (a:Account {id: row.id})
SET ${ACCOUNT_FIELDS('a')}
MERGE (a)-[:IN]->(app)
${ACCOUNT_LINKS}`;

/** IdP app assignments are records of their own, so they can arrive before the identities they name. */
export const UPSERT_ASSIGNMENTS = `
UNWIND $rows AS row
MERGE (x:AppAssignment {id: row.id})
SET ${ASSIGNMENT_FIELDS('x')}`;

export const UPSERT_INTEGRATIONS = `
UNWIND $rows AS row
MATCH (app:App {id: row.appId})
MERGE (n:Integration {id: row.id})
SET ${INTEGRATION_FIELDS('n')}
MERGE (n)-[:IN]->(app)`;

/**
 * A new record is created under :StagedRecord, a label no reader queries, with one property more
 * than it will have: `staged`, its real label and this run's id (the run's scope and start are on
 * its :StagingRun, staging.queries.ts). One property, as publishing removes it from every record in
 * one transaction. Apps, roles and seat types, which staged records point at, also get
 * `stagedTargetId`, the one staged property with an index (schema/scale-ingest.cypher): any other
 * staged record costs no index update until it is published.
 */
const STAGED = (v: string, label: WrittenLabel) => `
CREATE (${v}:${STAGED_LABEL})
SET ${v}.staged = ['${label}', $runId], ${v}.id = row.id, ${TARGET_LABELS.has(label) ? `${v}.stagedTargetId = row.id,` : ''}`;

/**
 * The node with this id a staged record points at: a published one, or one staged by this run (a
 * new app, role or seat type). The hint keeps the lookup on the index: a plan made while nothing
 * was staged could otherwise scan every staged record per row.
 */
const TARGET = (label: string, id: string, keep: string) => `
  OPTIONAL MATCH (published:${label} {id: ${id}})
  OPTIONAL MATCH (staged:${STAGED_LABEL} {stagedTargetId: ${id}}) USING INDEX staged:${STAGED_LABEL}(stagedTargetId)
  WHERE staged.staged = ['${label}', $runId]
  WITH ${keep}, coalesce(published, staged) AS target WHERE target IS NOT NULL`;

export const STAGE_PEOPLE = `
UNWIND $rows AS row
${STAGED('p', 'Person')} ${PERSON_FIELDS('p')}`;

export const STAGE_IDENTITIES = `
UNWIND $rows AS row
${STAGED('i', 'Identity')} ${IDENTITY_FIELDS('i')}`;

export const STAGE_GROUPS = `
UNWIND $rows AS row
${STAGED('g', 'IdpGroup')} ${GROUP_FIELDS('g')}`;

export const STAGE_ACCOUNTS = `
UNWIND $rows AS row
${STAGED('a', 'Account')} ${ACCOUNT_FIELDS('a')}
WITH a, row
CALL (a, row) {
  ${TARGET('App', 'row.appId', 'a')}
  CREATE (a)-[:IN]->(target)
}
CALL (a, row) {
  UNWIND row.roleIds AS roleId
  ${TARGET('Role', 'roleId', 'a')}
  CREATE (a)-[:HAS_ROLE]->(target)
}
CALL (a, row) {
  WITH a, row WHERE row.seatTypeId IS NOT NULL
  ${TARGET('SeatType', 'row.seatTypeId', 'a')}
  CREATE (a)-[:USES_SEAT]->(target)
}`;

export const STAGE_ASSIGNMENTS = `
UNWIND $rows AS row
${STAGED('x', 'AppAssignment')} ${ASSIGNMENT_FIELDS('x')}`;

export const STAGE_INTEGRATIONS = `
UNWIND $rows AS row
${STAGED('n', 'Integration')} ${INTEGRATION_FIELDS('n')}
WITH n, row
CALL (n, row) {
  ${TARGET('App', 'row.appId', 'n')}
  CREATE (n)-[:IN]->(target)
}`;

export const STAGE_APPS = `
UNWIND $rows AS row
${STAGED('app', 'App')} app.firstSeenAt = datetime($now), app.source = $kind, app.externalId = row.id, ${APP_FIELDS('app')}`;

export const STAGE_ROLES = `
UNWIND $rows AS role
WITH role, role AS row
${STAGED('r', 'Role')} ${ROLE_FIELDS('r')}, r.contentHash = role.contentHash
WITH r, role
CALL (r, role) {
  ${TARGET('App', 'role.appId', 'r')}
  CREATE (r)-[:OF]->(target)
}`;

export const STAGE_SEAT_TYPES = `
UNWIND $rows AS seat
WITH seat, seat AS row
${STAGED('s', 'SeatType')} s.capacity = null, ${SEAT_FIELDS('s', 'seat.billingModel')}, s.contentHash = seat.contentHash
WITH s, seat
CALL (s, seat) {
  ${TARGET('App', 'seat.appId', 's')}
  CREATE (s)-[:OF]->(target)
}`;

/** What every write sets to say when and by which run, not what the record holds. */
const BOOKKEEPING: ReadonlySet<string> = new Set(['lastSyncRunId', 'firstSyncRunId', 'firstSeenAt', 'lastSeenAt', 'contentHash']);

/** The stored record already holds what the SET fragment `fields` would write to it (two nulls are equal). */
const HOLDS = (v: string, fields: string) =>
  setAssignments(fields, v)
    .filter(({ property }) => !BOOKKEEPING.has(property))
    .map(({ property, expression }) => `coalesce(${v}.${property} = (${expression}), ${v}.${property} IS NULL AND (${expression}) IS NULL)`)
    .join('\n  AND ');

const IN_APP = (v: string) => `COUNT { (${v})-[:IN]->(:App) } = 1 AND EXISTS { (${v})-[:IN]->(:App {id: row.appId}) }`;

/** The roles and seat type of ACCOUNT_LINKS: exactly those the row names. */
const HOLDS_ACCOUNT_LINKS = (a: string) => `
  ${IN_APP(a)}
  AND COUNT { (${a})-[:HAS_ROLE]->(:Role) } = size(row.roleIds)
  AND all(roleId IN row.roleIds WHERE EXISTS { (${a})-[:HAS_ROLE]->(:Role {id: roleId}) })
  AND COUNT { (${a})-[:USES_SEAT]->(:SeatType) } = CASE WHEN row.seatTypeId IS NULL THEN 0 ELSE 1 END
  AND (row.seatTypeId IS NULL OR EXISTS { (${a})-[:USES_SEAT]->(:SeatType {id: row.seatTypeId}) })`;

/**
 * Records an import would change only by their content hash (written before hashes existed, or
 * hashed from rows of an older shape: the first import after an upgrade) take the row's hash and
 * count as unchanged, in the import's bounded staging transactions, instead of being rewritten in
 * its one publish transaction. Readers never read the hash, so nothing they see changes early.
 */
const ADOPT = (label: RecordLabel, v: string, holds: string) => `
UNWIND $rows AS row
MATCH (${v}:${label} {id: row.id})
WITH ${v}, row WHERE ${holds}
SET ${v}.contentHash = row.contentHash
RETURN ${v}.id AS id`;

export const ADOPT_PEOPLE = ADOPT('Person', 'p', HOLDS('p', PERSON_FIELDS('p')));
export const ADOPT_IDENTITIES = ADOPT('Identity', 'i', HOLDS('i', IDENTITY_FIELDS('i')));
export const ADOPT_GROUPS = ADOPT('IdpGroup', 'g', HOLDS('g', GROUP_FIELDS('g')));
export const ADOPT_ACCOUNTS = ADOPT('Account', 'a', `${HOLDS('a', ACCOUNT_FIELDS('a'))}\n  AND ${HOLDS_ACCOUNT_LINKS('a')}`);
export const ADOPT_ASSIGNMENTS = ADOPT('AppAssignment', 'x', HOLDS('x', ASSIGNMENT_FIELDS('x')));
export const ADOPT_INTEGRATIONS = ADOPT('Integration', 'n', `${HOLDS('n', INTEGRATION_FIELDS('n'))}\n  AND ${IN_APP('n')}`);

export const CREATE_SYNC_RUN = `
CREATE (s:SyncRun)
SET s = $run, s.startedAt = datetime($run.startedAt), s.finishedAt = datetime($run.finishedAt)`;
