import type { RecordLabel } from '../model.js';

/**
 * Upserts of normalized import records. Every statement sets the record's provenance: `source`
 * (the import kind), `scope` (what a complete import of it replaces), `lastSyncRunId`, `lastSeenAt`,
 * and clears `removedAt` (a record that reappears is live again). `firstSeenAt` is set once.
 * References to other records (manager, group members, IdP assignment, integration author) are stored as raw
 * values and resolved by reconciliation, so the order of imports does not matter.
 */

const PROVENANCE = (v: string) => `
  ${v}.source = $kind, ${v}.scope = $scope, ${v}.lastSyncRunId = $runId, ${v}.firstSyncRunId = coalesce(${v}.firstSyncRunId, $runId),
  ${v}.firstSeenAt = coalesce(${v}.firstSeenAt, datetime($now)), ${v}.lastSeenAt = datetime($now), ${v}.removedAt = null`;

const ADDED = (v: string) => `count(CASE WHEN ${v}.firstSyncRunId = $runId THEN 1 END) AS added, count(${v}) AS total`;

export const UPSERT_PEOPLE = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.employeeId = row.employeeId, p.displayName = row.displayName, p.firstName = row.firstName, p.lastName = row.lastName,
    p.email = row.email, p.alternateEmails = row.alternateEmails, p.department = row.department, p.title = row.title,
    p.managerRef = row.manager, p.status = row.status,
    p.startDate = CASE WHEN row.startDate IS NULL THEN null ELSE date(row.startDate) END,
    p.endDate = CASE WHEN row.endDate IS NULL THEN null ELSE date(row.endDate) END,
    p.externalId = row.employeeId, ${PROVENANCE('p')}
RETURN ${ADDED('p')}`;

export const UPSERT_IDENTITIES = `
UNWIND $rows AS row
MERGE (i:Identity {id: row.id})
SET i.idp = row.idp, i.externalId = row.externalId, i.login = toLower(row.login), i.email = row.email,
    i.displayName = row.displayName, i.employeeNumber = row.employeeNumber, i.managerRef = row.manager,
    i.status = row.status, i.vendorStatus = row.vendorStatus, i.isAdmin = row.isAdmin, i.isGuest = row.isGuest,
    i.lastLoginAt = CASE WHEN row.lastLoginAt IS NULL THEN null ELSE datetime(row.lastLoginAt) END,
    i.activityKnown = row.activityKnown,
    i.createdAt = CASE WHEN row.createdAt IS NULL THEN null ELSE datetime(row.createdAt) END,
    ${PROVENANCE('i')}
RETURN ${ADDED('i')}`;

export const UPSERT_GROUPS = `
UNWIND $rows AS row
MERGE (g:IdpGroup {id: row.id})
SET g.idp = row.idp, g.externalId = row.externalId, g.name = row.name, g.memberIds = coalesce(row.memberIds, g.memberIds), ${PROVENANCE('g')}
RETURN ${ADDED('g')}`;

/**
 * Apps with their roles and seat types. The catalog (or, for a word it does not know, the name) gives
 * each role's default privilege and each seat type's default cost; a person's choice
 * (confirmedPrivilege, confirmedMonthlyCost, set by vocabulary/classify.ts) is never written here,
 * so it survives every re-import and wins over the default. An import that knows no catalog entry
 * for an app never clears the one it has.
 */
export const UPSERT_APPS = `
UNWIND $rows AS row
MERGE (app:App {id: row.id})
ON CREATE SET app.firstSeenAt = datetime($now), app.source = $kind, app.externalId = row.id
SET app.name = row.name, app.catalogKey = coalesce(row.catalogKey, app.catalogKey), app.plan = coalesce(row.plan, app.plan, row.defaultPlan),
    app.ssoEnforced = coalesce(app.ssoEnforced, false), app.scimEnabled = coalesce(app.scimEnabled, false),
    app.lastSeenAt = datetime($now)
WITH app, row
CALL (app, row) {
  UNWIND row.roles AS role
  MERGE (r:Role {id: role.id})
  SET r.name = role.name, r.defaultPrivilege = role.privilege,
      r.privilege = coalesce(r.confirmedPrivilege, role.privilege),
      r.privilegeSource = CASE WHEN r.confirmedPrivilege IS NULL THEN role.source ELSE 'confirmed' END
  MERGE (r)-[:OF]->(app)
}
CALL (app, row) {
  UNWIND row.seatTypes AS seat
  MERGE (s:SeatType {id: seat.id})
  ON CREATE SET s.capacity = null
  SET s.name = seat.name, s.currency = seat.currency, s.billingModel = row.billingModel, s.defaultMonthlyCost = seat.monthlyCost,
      s.monthlyCost = coalesce(s.confirmedMonthlyCost, seat.monthlyCost),
      s.costSource = CASE WHEN s.confirmedMonthlyCost IS NULL THEN seat.source ELSE 'confirmed' END
  MERGE (s)-[:OF]->(app)
}`;

export const UPSERT_ACCOUNTS = `
UNWIND $rows AS row
MATCH (app:App {id: row.appId})
MERGE (a:Account {id: row.id})
SET a.email = row.email, a.username = row.username, a.displayName = row.displayName, a.externalId = row.externalId,
    a.status = row.status, a.vendorStatus = row.vendorStatus, a.kind = coalesce(a.manualKind, row.kind),
    a.activityKnown = row.activityKnown, a.rolesKnown = row.rolesKnown, a.counters = row.counterNames, a.counterValues = row.counterValues,
    a.invitedAt = CASE WHEN row.invitedAt IS NULL THEN null ELSE datetime(row.invitedAt) END,
    a.createdAt = CASE WHEN row.createdAt IS NULL THEN coalesce(a.createdAt, datetime($now)) ELSE datetime(row.createdAt) END,
    a.lastActiveAt = CASE WHEN row.lastActiveAt IS NULL THEN null ELSE datetime(row.lastActiveAt) END,
    ${PROVENANCE('a')}
MERGE (a)-[:IN]->(app)
WITH a, app, row
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
}
RETURN ${ADDED('a')}`;

/** IdP app assignments are records of their own, so they can arrive before the identities they name. */
export const UPSERT_ASSIGNMENTS = `
UNWIND $rows AS row
MERGE (x:AppAssignment {id: row.identityId + '->' + row.appId})
SET x.identityId = row.identityId, x.appId = row.appId, x.appUserName = row.appUserName, x.appExternalId = row.appExternalId,
    x.assignmentScope = row.scope, x.status = row.status, ${PROVENANCE('x')}
RETURN ${ADDED('x')}`;

export const UPSERT_INTEGRATIONS = `
UNWIND $rows AS row
MATCH (app:App {id: row.appId})
MERGE (n:Integration {id: row.id})
SET n.name = row.name, n.mode = row.mode, n.scopes = row.scopes,
    n.enabledByRef = row.enabledBy, n.authorizedByRef = row.authorizedBy,
    n.enabledAt = CASE WHEN row.enabledAt IS NULL THEN null ELSE datetime(row.enabledAt) END,
    n.lastUsedAt = CASE WHEN row.lastUsedAt IS NULL THEN null ELSE datetime(row.lastUsedAt) END,
    ${PROVENANCE('n')}
MERGE (n)-[:IN]->(app)
RETURN ${ADDED('n')}`;

/** Records of this scope that a complete import did not list: marked removed, never deleted. One statement per label so each uses its scope index. */
export function markRemoved(label: RecordLabel): string {
  return `
MATCH (n:${label} {scope: $scope})
WHERE n.lastSyncRunId <> $runId AND n.removedAt IS NULL
SET n.removedAt = datetime($now)
RETURN count(n) AS removed`;
}

export const CREATE_SYNC_RUN = `
CREATE (s:SyncRun)
SET s = $run, s.startedAt = datetime($run.startedAt), s.finishedAt = datetime($run.finishedAt)`;
