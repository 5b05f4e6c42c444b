/** Writes of the demo organization (seed/org.types.ts) into the graph, one UNWIND statement per record kind. */

export const MERGE_ORGANIZATION = `
MERGE (o:Organization {id: 'org'})
SET o.name = $org.name, o.domains = $org.domains, o.aliasDomains = $aliasDomains`;

export const MERGE_PEOPLE = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.employeeId = row.employeeId, p.firstName = row.firstName, p.lastName = row.lastName,
    p.displayName = row.displayName, p.email = row.email, p.alternateEmails = row.alternateEmails,
    p.department = row.department, p.title = row.title, p.status = row.status,
    p.startDate = date(row.startDate),
    p.endDate = CASE WHEN row.endDate IS NULL THEN null ELSE date(row.endDate) END,
    p.source = $source, p.externalId = row.employeeId,
    p.firstSeenAt = coalesce(p.firstSeenAt, datetime($now)), p.lastSeenAt = datetime($now)`;

export const MERGE_REPORTS_TO = `
UNWIND $rows AS row
MATCH (p:Person {id: row.id}), (m:Person {id: row.managerId})
MERGE (p)-[:REPORTS_TO]->(m)`;

export const MERGE_IDENTITIES = `
UNWIND $rows AS row
MERGE (i:Identity {id: row.id})
SET i.idp = row.idp, i.login = row.login, i.email = row.email, i.employeeNumber = row.employeeNumber,
    i.status = row.status, i.isAdmin = row.isAdmin,
    i.lastLoginAt = CASE WHEN row.lastLoginAt IS NULL THEN null ELSE datetime(row.lastLoginAt) END,
    i.createdAt = datetime(row.createdAt),
    i.source = $source, i.externalId = row.id,
    i.firstSeenAt = coalesce(i.firstSeenAt, datetime($now)), i.lastSeenAt = datetime($now)`;

export const MERGE_GROUPS = `
UNWIND $rows AS row
MERGE (g:IdpGroup {id: row.id})
SET g.name = row.name, g.source = $source, g.externalId = row.id,
    g.firstSeenAt = coalesce(g.firstSeenAt, datetime($now)), g.lastSeenAt = datetime($now)
WITH g, row
CALL (g, row) {
  UNWIND row.memberIdentityIds AS identityId
  MATCH (i:Identity {id: identityId})
  MERGE (i)-[:MEMBER_OF]->(g)
}
CALL (g, row) {
  UNWIND row.appIds AS appId
  MATCH (app:App {id: appId})
  MERGE (g)-[:ASSIGNED_TO]->(app)
}`;

export const MERGE_APPS = `
UNWIND $rows AS row
MERGE (app:App {id: row.id})
SET app.name = row.name, app.catalogKey = row.catalogKey, app.plan = row.plan,
    app.ssoEnforced = row.ssoEnforced, app.scimEnabled = row.scimEnabled,
    app.source = $source, app.externalId = row.id,
    app.firstSeenAt = coalesce(app.firstSeenAt, datetime($now)), app.lastSeenAt = datetime($now)
WITH app, row
OPTIONAL MATCH (owner:Person {id: row.ownerPersonId})
FOREACH (_ IN CASE WHEN owner IS NULL THEN [] ELSE [1] END | MERGE (app)-[:OWNED_BY]->(owner))
WITH app, row
CALL (app, row) {
  UNWIND row.roles AS role
  MERGE (r:Role {id: app.id + ':role:' + role.name})
  SET r.name = role.name, r.privilege = role.privilege
  MERGE (r)-[:OF]->(app)
}
CALL (app, row) {
  UNWIND row.seatTypes AS seat
  MERGE (s:SeatType {id: app.id + ':seat:' + seat.name})
  SET s.name = seat.name, s.monthlyCost = seat.monthlyCost, s.currency = seat.currency,
      s.capacity = seat.capacity, s.billingModel = row.billingModel
  MERGE (s)-[:OF]->(app)
}`;

export const MERGE_ACCOUNTS = `
UNWIND $rows AS row
MATCH (app:App {id: row.appId})
MERGE (a:Account {id: row.id})
SET a.email = row.email, a.username = row.username, a.displayName = row.displayName,
    a.status = row.status, a.kind = row.kind,
    a.createdAt = datetime(row.createdAt),
    a.invitedAt = CASE WHEN row.invitedAt IS NULL THEN null ELSE datetime(row.invitedAt) END,
    a.lastActiveAt = CASE WHEN row.lastActiveAt IS NULL THEN null ELSE datetime(row.lastActiveAt) END,
    a.removedAt = CASE WHEN row.removedAt IS NULL THEN null ELSE datetime(row.removedAt) END,
    a.source = $source, a.externalId = row.id,
    a.firstSeenAt = coalesce(a.firstSeenAt, datetime($now)), a.lastSeenAt = datetime($now)
MERGE (a)-[:IN]->(app)
WITH a, app, row
CALL (a, app, row) {
  UNWIND row.roleNames AS roleName
  MATCH (r:Role {id: app.id + ':role:' + roleName})
  MERGE (a)-[:HAS_ROLE]->(r)
}
CALL (a, app, row) {
  MATCH (s:SeatType {id: app.id + ':seat:' + row.seatType})
  MERGE (a)-[:USES_SEAT]->(s)
}
CALL (a, row) {
  MATCH (i:Identity {login: row.identityLogin})
  MERGE (a)-[:SIGNS_IN_WITH]->(i)
}`;

export const MERGE_INTEGRATIONS = `
UNWIND $rows AS row
MATCH (app:App {id: row.appId})
MERGE (n:Integration {id: row.id})
SET n.name = row.name, n.mode = row.mode, n.scopes = row.scopes,
    n.enabledAt = datetime(row.enabledAt),
    n.lastUsedAt = CASE WHEN row.lastUsedAt IS NULL THEN null ELSE datetime(row.lastUsedAt) END,
    n.source = $source, n.externalId = row.id,
    n.firstSeenAt = coalesce(n.firstSeenAt, datetime($now)), n.lastSeenAt = datetime($now)
MERGE (n)-[:IN]->(app)
WITH n, row
CALL (n, row) {
  MATCH (a:Account {id: row.enabledByAccountId})
  MERGE (n)-[:ENABLED_BY]->(a)
}
CALL (n, row) {
  MATCH (a:Account {id: row.authorizedByAccountId})
  MERGE (n)-[:AUTHORIZED_BY]->(a)
}`;
