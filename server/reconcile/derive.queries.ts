/**
 * Relationships derived from raw references that imports store (manager, IdP app assignment,
 * integration author, app owner). Derived again on every reconciliation, so imports can arrive in any
 * order, but as a difference: each pair of statements creates the relationships that are missing and
 * deletes the derived ones that no longer hold, in batches (`IN TRANSACTIONS`), so the work and the
 * transaction state follow the changes, not the size of the graph. Only relationships marked
 * `derived` are ever deleted; one that was there already (not derived) is marked derived, as before.
 *
 * The app-bound ones take `$appIds`: the apps whose records changed, or every app.
 * Every statement returns `count(*) AS changed`.
 */

const BATCH = 'IN TRANSACTIONS OF 5000 ROWS';

export const ADD_REPORTS_TO = `
MATCH (p:Person) WHERE p.managerRef IS NOT NULL AND p.removedAt IS NULL
CALL (p) {
  OPTIONAL MATCH (byId:Person {employeeId: p.managerRef})
  OPTIONAL MATCH (byEmail:Person {email: toLower(p.managerRef)})
  RETURN coalesce(byId, byEmail) AS manager
}
WITH p, manager
WHERE manager IS NOT NULL AND manager <> p AND NOT EXISTS { (p)-[:REPORTS_TO {derived: true}]->(manager) }
CALL (p, manager) {
  MERGE (p)-[r:REPORTS_TO]->(manager)
  SET r.derived = true
} ${BATCH}
RETURN count(*) AS changed`;

/** The manager is the person with the reference as employee id, or, when there is none, as email. */
export const REMOVE_REPORTS_TO = `
MATCH (p:Person)-[r:REPORTS_TO {derived: true}]->(m:Person)
WHERE NOT coalesce(
  p.managerRef IS NOT NULL AND p.removedAt IS NULL AND m <> p
  AND (m.employeeId = p.managerRef
       OR (m.email = toLower(p.managerRef) AND NOT EXISTS { MATCH (:Person {employeeId: p.managerRef}) })),
  false)
CALL (r) { DELETE r } ${BATCH}
RETURN count(*) AS changed`;

export const ADD_MEMBERSHIPS = `
MATCH (g:IdpGroup) WHERE g.memberIds IS NOT NULL AND g.removedAt IS NULL
UNWIND g.memberIds AS memberId
MATCH (i:Identity {id: memberId})
WITH i, g WHERE NOT EXISTS { (i)-[:MEMBER_OF {derived: true}]->(g) }
CALL (i, g) {
  MERGE (i)-[m:MEMBER_OF]->(g)
  SET m.derived = true
} ${BATCH}
RETURN count(*) AS changed`;

export const REMOVE_MEMBERSHIPS = `
MATCH (g:IdpGroup)<-[m:MEMBER_OF {derived: true}]-(i:Identity)
WHERE NOT coalesce(g.removedAt IS NULL AND i.id IN g.memberIds, false)
CALL (m) { DELETE m } ${BATCH}
RETURN count(*) AS changed`;

export const ADD_ASSIGNMENTS = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})
MATCH (r:AppAssignment {appId: appId}) WHERE r.removedAt IS NULL
MATCH (i:Identity {id: r.identityId})
WITH i, app WHERE NOT EXISTS { (i)-[:ASSIGNED_TO {derived: true}]->(app) }
CALL (i, app) {
  MERGE (i)-[a:ASSIGNED_TO]->(app)
  SET a.derived = true
} ${BATCH}
RETURN count(*) AS changed`;

export const REMOVE_ASSIGNMENTS = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})<-[a:ASSIGNED_TO {derived: true}]-(i:Identity)
WHERE NOT EXISTS { MATCH (r:AppAssignment {identityId: i.id}) WHERE r.appId = appId AND r.removedAt IS NULL }
CALL (a) { DELETE a } ${BATCH}
RETURN count(*) AS changed`;

/** The app's account the assignment names: by its user name in the app (email or user name), or its external id. */
export const ADD_SIGNS_IN_WITH = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})
MATCH (r:AppAssignment {appId: appId})
WHERE r.removedAt IS NULL AND (r.appUserName IS NOT NULL OR r.appExternalId IS NOT NULL)
MATCH (i:Identity {id: r.identityId})
CALL (r, app) {
  MATCH (a:Account {email: r.appUserName})-[:IN]->(app) RETURN a
  UNION
  MATCH (a:Account {username: r.appUserName})-[:IN]->(app) RETURN a
  UNION
  MATCH (a:Account {externalId: r.appExternalId})-[:IN]->(app) RETURN a
}
WITH a, i WHERE NOT EXISTS { (a)-[:SIGNS_IN_WITH {derived: true}]->(i) }
CALL (a, i) {
  MERGE (a)-[s:SIGNS_IN_WITH]->(i)
  SET s.derived = true
} ${BATCH}
RETURN count(*) AS changed`;

export const REMOVE_SIGNS_IN_WITH = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})<-[:IN]-(a:Account)-[s:SIGNS_IN_WITH {derived: true}]->(i:Identity)
WHERE NOT EXISTS {
  MATCH (r:AppAssignment {identityId: i.id})
  WHERE r.appId = appId AND r.removedAt IS NULL
    AND (a.email = r.appUserName OR a.username = r.appUserName OR a.externalId = r.appExternalId)
}
CALL (s) { DELETE s } ${BATCH}
RETURN count(*) AS changed`;

export const ADD_ENABLED_BY = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})<-[:IN]-(n:Integration) WHERE n.enabledByRef IS NOT NULL
CALL (n, app) {
  MATCH (a:Account {email: toLower(n.enabledByRef)})-[:IN]->(app) RETURN a
  UNION
  MATCH (a:Account {username: n.enabledByRef})-[:IN]->(app) RETURN a
}
WITH n, a WHERE NOT EXISTS { (n)-[:ENABLED_BY {derived: true}]->(a) }
CALL (n, a) {
  MERGE (n)-[e:ENABLED_BY]->(a)
  SET e.derived = true
} ${BATCH}
RETURN count(*) AS changed`;

export const REMOVE_ENABLED_BY = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})<-[:IN]-(n:Integration)-[e:ENABLED_BY {derived: true}]->(a:Account)
WHERE NOT EXISTS {
  MATCH (n)-[:IN]->(:App)<-[:IN]-(a)
  WHERE a.email = toLower(n.enabledByRef) OR a.username = n.enabledByRef
}
CALL (e) { DELETE e } ${BATCH}
RETURN count(*) AS changed`;

/** Runs after the SIGNS_IN_WITH statements: an OAuth grant names its author by the IdP id of the identity. */
export const ADD_AUTHORIZED_BY = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})<-[:IN]-(n:Integration) WHERE n.authorizedByRef IS NOT NULL
CALL (n, app) {
  MATCH (a:Account {email: toLower(n.authorizedByRef)})-[:IN]->(app) RETURN a
  UNION
  MATCH (a:Account {username: n.authorizedByRef})-[:IN]->(app) RETURN a
  UNION
  MATCH (a:Account)-[:SIGNS_IN_WITH]->(:Identity {externalId: n.authorizedByRef})
  WHERE (a)-[:IN]->(app)
  RETURN a
}
WITH n, a WHERE NOT EXISTS { (n)-[:AUTHORIZED_BY {derived: true}]->(a) }
CALL (n, a) {
  MERGE (n)-[e:AUTHORIZED_BY]->(a)
  SET e.derived = true
} ${BATCH}
RETURN count(*) AS changed`;

export const REMOVE_AUTHORIZED_BY = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})<-[:IN]-(n:Integration)-[e:AUTHORIZED_BY {derived: true}]->(a:Account)
WHERE NOT EXISTS {
  MATCH (n)-[:IN]->(:App)<-[:IN]-(a)
  WHERE a.email = toLower(n.authorizedByRef) OR a.username = n.authorizedByRef
     OR EXISTS { (a)-[:SIGNS_IN_WITH]->(:Identity {externalId: n.authorizedByRef}) }
}
CALL (e) { DELETE e } ${BATCH}
RETURN count(*) AS changed`;

export const ADD_APP_OWNERS = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId}) WHERE app.ownerRef IS NOT NULL
MATCH (p:Person {email: app.ownerRef})
WITH app, p WHERE NOT EXISTS { (app)-[:OWNED_BY {derived: true}]->(p) }
CALL (app, p) {
  MERGE (app)-[o:OWNED_BY]->(p)
  SET o.derived = true
} ${BATCH}
RETURN count(*) AS changed`;

export const REMOVE_APP_OWNERS = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})-[o:OWNED_BY {derived: true}]->(p:Person)
WHERE NOT coalesce(p.email = app.ownerRef, false)
CALL (o) { DELETE o } ${BATCH}
RETURN count(*) AS changed`;

export const READ_APP_IDS = `MATCH (app:App) RETURN app.id AS id ORDER BY id`;
