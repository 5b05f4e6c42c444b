import { APP_COUNT_SUBQUERIES } from '../../server/findings/app-counts.queries.js';

/** Every stored finding with the ids its relationships point at. */
export const CAPTURE_FINDINGS = `
MATCH (f:Finding)
RETURN f {.*} AS finding,
       COLLECT { MATCH (f)-[r:IN_APP|ABOUT|CONCERNS]->(n) RETURN type(r) + ' ' + n.id AS link ORDER BY link } AS links
ORDER BY f.id`;

export const CAPTURE_SEATS = `
MATCH (s:SeatType)
RETURN s.id AS id, [s.held, s.used, s.inactiveHeld, s.pendingHeld, s.orphanedHeld, s.duplicateHeld, s.suspendedHeld] AS usage
ORDER BY id`;

export const CAPTURE_APPS = `
MATCH (app:App)
RETURN app.id AS id, [app.countAccounts, app.countPendingInvites, app.countAdmins, app.countEffectiveAdmins, app.countFindings] AS counts
ORDER BY id`;

export const CAPTURE_ORG = `MATCH (o:Organization {id: 'org'}) RETURN o.findingCount AS findingCount`;

/**
 * The seat usage as a whole-graph reading computes it (every seat type, each account's findings
 * looked up among all findings of a type): the oracle the stored figures must match. A seat is held
 * by an active account, an invite where invites bill, a suspended account where suspending keeps the
 * licence; it is counted once: orphaned, else duplicate, else inactive, else pending, else suspended,
 * else used (inactive first where the app bills per active user).
 */
export const ORACLE_SEATS = `
MATCH (s:SeatType)-[:OF]->(app:App)
CALL (app, s) {
  OPTIONAL MATCH (a:Account)-[:USES_SEAT]->(s)
  WHERE a.removedAt IS NULL
    AND (a.status = 'active' OR (a.status = 'invited' AND coalesce($catalog[app.catalogKey].invitesConsumeSeat, false))
         OR (a.status = 'suspended' AND coalesce($catalog[app.catalogKey].suspendedHoldsSeat, false)))
  WITH app, a,
       EXISTS { (f:Finding {type: 'orphaned_account'})-[:ABOUT]->(a) } AS orphaned,
       EXISTS { (f:Finding {type: 'duplicate_account'})-[:ABOUT]->(a) } AS duplicate,
       EXISTS { (f:Finding {type: 'inactive_user'})-[:ABOUT]->(a) } AS inactive,
       EXISTS { (f:Finding {type: 'pending_invite'})-[:ABOUT]->(a) } AS pending,
       EXISTS { (f:Finding {type: 'suspended_seat'})-[:ABOUT]->(a) } AS suspended
  WITH a, CASE
         WHEN inactive AND $catalog[app.catalogKey].billingModel = 'per_active_user' THEN 'inactive'
         WHEN orphaned THEN 'orphaned' WHEN duplicate THEN 'duplicate' WHEN inactive THEN 'inactive'
         WHEN pending OR a.status = 'invited' THEN 'pending' WHEN suspended OR a.status = 'suspended' THEN 'suspended'
         WHEN a IS NOT NULL THEN 'used' END AS cause
  RETURN count(a) AS held,
         count(CASE WHEN cause = 'used' THEN 1 END) AS used,
         count(CASE WHEN cause = 'inactive' THEN 1 END) AS inactiveHeld,
         count(CASE WHEN cause = 'pending' THEN 1 END) AS pendingHeld,
         count(CASE WHEN cause = 'orphaned' THEN 1 END) AS orphanedHeld,
         count(CASE WHEN cause = 'duplicate' THEN 1 END) AS duplicateHeld,
         count(CASE WHEN cause = 'suspended' THEN 1 END) AS suspendedHeld
}
RETURN s.id AS id, [held, used, inactiveHeld, pendingHeld, orphanedHeld, duplicateHeld, suspendedHeld] AS usage
ORDER BY id`;

/** The app counts as the whole-graph refresh computed them. */
export const ORACLE_APPS = `
MATCH (app:App)
${APP_COUNT_SUBQUERIES}
RETURN app.id AS id,
       [reduce(total = 0, s IN byStatus | total + s.count),
        coalesce([s IN byStatus WHERE s.status = 'invited' | s.count][0], 0),
        adminCount, effectiveAdminCount, COUNT { MATCH (f:Finding)-[:IN_APP]->(app) }] AS counts
ORDER BY id`;

/** Every app's live accounts, people and seat types, admin roles and enabling accounts of integrations: what random changes pick from. */
export const CHANGE_TARGETS = `
MATCH (app:App)
RETURN app.id AS appId, app.catalogKey AS catalogKey,
       COLLECT { MATCH (a:Account)-[:IN]->(app) WHERE a.removedAt IS NULL RETURN a.id ORDER BY a.id } AS accounts,
       COLLECT { MATCH (s:SeatType)-[:OF]->(app) RETURN s.id ORDER BY s.id } AS seatTypes,
       COLLECT { MATCH (r:Role)-[:OF]->(app) WHERE r.privilege IN ['owner', 'admin'] RETURN r.id ORDER BY r.id } AS adminRoles,
       COLLECT { MATCH (n:Integration)-[:IN]->(app) WHERE n.removedAt IS NULL MATCH (n)-[:ENABLED_BY|AUTHORIZED_BY]->(a:Account)
                 RETURN a.id ORDER BY a.id } AS enablers
ORDER BY appId`;

export const PERSON_IDS = `MATCH (p:Person) RETURN p.id AS id, p.email AS email ORDER BY id`;

export const DEACTIVATE_ACCOUNT = `MATCH (a:Account {id: $accountId}) SET a.status = 'deactivated'`;

export const REMOVE_ACCOUNT = `MATCH (a:Account {id: $accountId}) SET a.removedAt = datetime($now)`;

export const SUSPEND_ACCOUNT = `MATCH (a:Account {id: $accountId}) SET a.status = 'suspended'`;

/** Sets the purchased seats of one of the app's seat types to what is held plus $extra (so seats go unassigned). */
export const SET_CAPACITY = `MATCH (s:SeatType {id: $seatTypeId}) SET s.capacity = coalesce(s.held, 0) + $extra`;

export const INVITE_ACCOUNT = `MATCH (a:Account {id: $accountId}) SET a.status = 'invited', a.invitedAt = datetime($now) - duration({days: $days})`;

export const MAKE_STALE = `MATCH (a:Account {id: $accountId}) SET a.status = 'active', a.lastActiveAt = datetime($now) - duration({days: $days})`;

export const GRANT_ROLE = `MATCH (a:Account {id: $accountId}), (r:Role {id: $roleId}) MERGE (a)-[:HAS_ROLE]->(r)`;

/** Moves the account to another owner, or to none when $personId is null. */
export const REOWN_ACCOUNT = `
MATCH (a:Account {id: $accountId})
OPTIONAL MATCH (a)-[old:BELONGS_TO]->(:Person)
DELETE old
WITH DISTINCT a
MATCH (p:Person {id: $personId})
CREATE (a)-[:BELONGS_TO {method: 'manual', reason: 'test'}]->(p)`;

export const ADD_ACCOUNT = `
MATCH (app:App {id: $appId})
CREATE (a:Account {id: $accountId, email: $email, status: $status, kind: 'human',
                   createdAt: datetime($now) - duration({days: $days}), lastActiveAt: datetime($now) - duration({days: $days})})-[:IN]->(app)
WITH a
CALL (a) {
  MATCH (s:SeatType {id: $seatTypeId})
  CREATE (a)-[:USES_SEAT]->(s)
}
CALL (a) {
  MATCH (p:Person {id: $personId})
  CREATE (a)-[:BELONGS_TO {method: 'manual', reason: 'test'}]->(p)
}`;
