import type { PreparedBatch } from '../server/ingest/write/prepare.js';

const PROVENANCE = (v: string) => `
  ${v}.source = $kind, ${v}.scope = $scope, ${v}.lastSyncRunId = $runId, ${v}.firstSyncRunId = $runId,
  ${v}.firstSeenAt = datetime($now), ${v}.lastSeenAt = datetime($now)`;
const AT = (field: string) => `CASE WHEN row.${field} IS NULL THEN null ELSE datetime(row.${field}) END`;

/** Plain UNWIND statements, one per kind of record, writing what the importer writes. */
export const PLAIN: Record<Exclude<keyof PreparedBatch, 'notes'>, string> = {
  // Apps keep what their settings (apps.json) set before the imports, as the importer leaves it.
  apps: `UNWIND $rows AS row MERGE (app:App {id: row.id})
    ON CREATE SET app.firstSeenAt = datetime($now), app.source = $kind, app.externalId = row.id
    SET app.name = row.name, app.catalogKey = coalesce(row.catalogKey, app.catalogKey), app.plan = coalesce(row.plan, app.plan, row.defaultPlan),
        app.ssoEnforced = coalesce(app.ssoEnforced, false), app.scimEnabled = coalesce(app.scimEnabled, false), app.lastSeenAt = datetime($now)
    WITH app, row
    CALL (app, row) { UNWIND row.roles AS role MERGE (r:Role {id: role.id})
      SET r.name = role.name, r.privilege = role.privilege, r.defaultPrivilege = role.privilege, r.privilegeSource = role.source MERGE (r)-[:OF]->(app) }
    CALL (app, row) { UNWIND row.seatTypes AS seat MERGE (s:SeatType {id: seat.id}) ON CREATE SET s.capacity = null
      SET s.name = seat.name, s.monthlyCost = seat.monthlyCost, s.defaultMonthlyCost = seat.monthlyCost, s.costSource = seat.source,
          s.currency = seat.currency, s.billingModel = row.billingModel MERGE (s)-[:OF]->(app) }`,
  people: `UNWIND $rows AS row MERGE (p:Person {id: row.id})
    SET p.employeeId = row.employeeId, p.displayName = row.displayName, p.firstName = row.firstName, p.lastName = row.lastName,
        p.email = row.email, p.alternateEmails = row.alternateEmails, p.department = row.department, p.title = row.title,
        p.managerRef = row.manager, p.status = row.status,
        p.startDate = CASE WHEN row.startDate IS NULL THEN null ELSE date(row.startDate) END,
        p.endDate = CASE WHEN row.endDate IS NULL THEN null ELSE date(row.endDate) END,
        p.externalId = row.employeeId, ${PROVENANCE('p')}`,
  identities: `UNWIND $rows AS row MERGE (i:Identity {id: row.id})
    SET i.idp = row.idp, i.externalId = row.externalId, i.login = toLower(row.login), i.email = row.email,
        i.displayName = row.displayName, i.employeeNumber = row.employeeNumber, i.managerRef = row.manager,
        i.status = row.status, i.vendorStatus = row.vendorStatus, i.isAdmin = row.isAdmin, i.isGuest = row.isGuest,
        i.deactivatedAt = CASE WHEN row.status IN ['suspended', 'deprovisioned'] THEN datetime($now) END, i.statusChangedAt = ${AT('statusChangedAt')},
        i.lastLoginAt = ${AT('lastLoginAt')}, i.activityKnown = row.activityKnown, i.createdAt = ${AT('createdAt')}, ${PROVENANCE('i')}`,
  groups: `UNWIND $rows AS row MERGE (g:IdpGroup {id: row.id})
    SET g.idp = row.idp, g.externalId = row.externalId, g.name = row.name, g.memberIds = row.memberIds, ${PROVENANCE('g')}`,
  accounts: `UNWIND $rows AS row MATCH (app:App {id: row.appId}) MERGE (a:Account {id: row.id})
    SET a.email = row.email, a.username = row.username, a.displayName = row.displayName, a.externalId = row.externalId,
        a.status = row.status, a.vendorStatus = row.vendorStatus, a.kind = row.kind,
        a.deactivatedAt = CASE WHEN row.status IN ['suspended', 'deactivated'] THEN datetime($now) END,
        a.activityKnown = row.activityKnown, a.rolesKnown = row.rolesKnown, a.counters = row.counterNames, a.counterValues = row.counterValues,
        a.invitedAt = ${AT('invitedAt')}, a.createdAt = coalesce(${AT('createdAt')}, datetime($now)), a.lastActiveAt = ${AT('lastActiveAt')},
        ${PROVENANCE('a')}
    MERGE (a)-[:IN]->(app)
    WITH a, app, row
    CALL (a, row) { UNWIND row.roleIds AS roleId MATCH (r:Role {id: roleId}) MERGE (a)-[:HAS_ROLE]->(r) }
    CALL (a, row) { MATCH (s:SeatType {id: row.seatTypeId}) MERGE (a)-[:USES_SEAT]->(s) }`,
  assignments: `UNWIND $rows AS row MERGE (x:AppAssignment {id: row.identityId + '->' + row.appId})
    SET x.identityId = row.identityId, x.appId = row.appId, x.appUserName = row.appUserName, x.appExternalId = row.appExternalId,
        x.assignmentScope = row.scope, x.status = row.status, ${PROVENANCE('x')}`,
  integrations: `UNWIND $rows AS row MATCH (app:App {id: row.appId}) MERGE (n:Integration {id: row.id})
    SET n.name = row.name, n.mode = row.mode, n.scopes = row.scopes, n.enabledByRef = row.enabledBy, n.authorizedByRef = row.authorizedBy,
        n.enabledAt = ${AT('enabledAt')}, n.lastUsedAt = ${AT('lastUsedAt')}, ${PROVENANCE('n')}
    MERGE (n)-[:IN]->(app)`,
};

/**
 * A record, not bookkeeping: the importer alone writes sync runs and the audit log (events and their
 * head), what follows an import writes snapshots and findings, and staged leftovers of an
 * interrupted import are not records yet ($staging, see visible-graph.ts).
 */
const record = (v: string) =>
  `NOT ${v}:SyncRun AND NOT ${v}:AuditEvent AND NOT ${v}:AuditHead AND NOT ${v}:Snapshot AND NOT ${v}:Finding AND NOT $staging IN labels(${v})`;

/** Nodes and properties per label of the records; `$ignoredProperties`: those only the importer keeps (e.g. a content hash). */
export const SHAPE_NODES = `
MATCH (n) WHERE ${record('n')}
WITH labels(n)[0] AS label, n
RETURN label, count(n) AS nodes, sum(size([k IN keys(n) WHERE NOT k IN $ignoredProperties])) AS properties ORDER BY label`;

/** Relationships per type between records, leaving out the derived ones reconciliation adds. */
export const SHAPE_RELATIONSHIPS = `
MATCH (a)-[r]->(b) WHERE ${record('a')} AND ${record('b')} AND r.derived IS NULL
RETURN type(r) AS type, count(r) AS count ORDER BY type`;
