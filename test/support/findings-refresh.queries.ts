import { APP_COUNT_SUBQUERIES } from '../../server/findings/app-counts.queries.js';

/** Every stored finding with the ids its relationships point at. */
export const CAPTURE_FINDINGS = `
MATCH (f:Finding)
RETURN f {.*} AS finding,
       COLLECT { MATCH (f)-[r:IN_APP|ABOUT|CONCERNS]->(n) RETURN type(r) + ' ' + n.id AS link ORDER BY link } AS links
ORDER BY f.id`;

export const CAPTURE_SEATS = `
MATCH (s:SeatType)
RETURN s.id AS id, [s.held, s.used, s.inactiveHeld, s.pendingHeld, s.orphanedHeld] AS usage
ORDER BY id`;

export const CAPTURE_APPS = `
MATCH (app:App)
RETURN app.id AS id, [app.countAccounts, app.countPendingInvites, app.countAdmins, app.countEffectiveAdmins, app.countFindings] AS counts
ORDER BY id`;

export const CAPTURE_ORG = `MATCH (o:Organization {id: 'org'}) RETURN o.findingCount AS findingCount`;

/**
 * The seat usage as the whole-graph refresh before per-app refreshes computed it (every seat type,
 * each account's findings looked up among all findings of a type): the oracle the stored figures must match.
 */
export const ORACLE_SEATS = `
MATCH (s:SeatType)-[:OF]->(app:App)
CALL (app, s) {
  OPTIONAL MATCH (a:Account)-[:USES_SEAT]->(s)
  WHERE a.removedAt IS NULL
    AND (a.status = 'active' OR (a.status = 'invited' AND coalesce($catalog[app.catalogKey].invitesConsumeSeat, false)))
  WITH a,
       EXISTS { (f:Finding)-[:ABOUT]->(a) WHERE f.type IN ['orphaned_account', 'duplicate_account'] } AS wasted,
       EXISTS { (f:Finding {type: 'inactive_user'})-[:ABOUT]->(a) } AS inactive
  RETURN count(a) AS held,
         count(CASE WHEN a.status = 'active' AND NOT wasted AND NOT inactive THEN 1 END) AS used,
         count(CASE WHEN inactive AND NOT wasted THEN 1 END) AS inactiveHeld,
         count(CASE WHEN a.status = 'invited' AND NOT wasted AND NOT inactive THEN 1 END) AS pendingHeld,
         count(CASE WHEN wasted THEN 1 END) AS orphanedHeld
}
RETURN s.id AS id, [held, used, inactiveHeld, pendingHeld, orphanedHeld] AS usage
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
RETURN app.id AS appId,
       COLLECT { MATCH (a:Account)-[:IN]->(app) WHERE a.removedAt IS NULL RETURN a.id ORDER BY a.id } AS accounts,
       COLLECT { MATCH (s:SeatType)-[:OF]->(app) RETURN s.id ORDER BY s.id } AS seatTypes,
       COLLECT { MATCH (r:Role)-[:OF]->(app) WHERE r.privilege IN ['owner', 'admin'] RETURN r.id ORDER BY r.id } AS adminRoles,
       COLLECT { MATCH (n:Integration)-[:IN]->(app) WHERE n.removedAt IS NULL MATCH (n)-[:ENABLED_BY|AUTHORIZED_BY]->(a:Account)
                 RETURN a.id ORDER BY a.id } AS enablers
ORDER BY appId`;

export const PERSON_IDS = `MATCH (p:Person) RETURN p.id AS id, p.email AS email ORDER BY id`;

export const DEACTIVATE_ACCOUNT = `MATCH (a:Account {id: $accountId}) SET a.status = 'deactivated'`;

export const REMOVE_ACCOUNT = `MATCH (a:Account {id: $accountId}) SET a.removedAt = datetime($now)`;

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
