/**
 * Relationships derived from raw references that imports store (manager, group member, IdP app
 * assignment, integration author, app owner). Derived again on every reconciliation, so imports can
 * arrive in any order, but as a difference: only the missing ones are created and only the derived
 * ones that no longer hold are deleted, so the work and the transaction state follow the changes.
 * One that another writer made (a SCIM group push's MEMBER_OF) is marked derived when the references say it holds.
 *
 * Managers, members, assignments and sign-ins are many (one or more per person per app): their
 * references are read and compared in Node (derive-diff.ts), app by app or group by group, and the
 * difference written by id. Integration authors and app owners are few: compared here, per app, in
 * statements that commit in batches of their own (`IN TRANSACTIONS`); they take `$appIds` and return
 * `count(*) AS changed`.
 */

const BATCH = 'IN TRANSACTIONS OF 5000 ROWS';

export const READ_APP_IDS = `MATCH (app:App) RETURN app.id AS id ORDER BY id`;

/** Every person's manager reference, and the managers the derived relationships name now. */
export const READ_MANAGER_REFS = `
MATCH (p:Person)
RETURN p.id AS id, p.employeeId AS employeeId, p.email AS email, p.managerRef AS managerRef, p.removedAt IS NULL AS live,
       COLLECT { MATCH (p)-[:REPORTS_TO {derived: true}]->(m:Person) RETURN m.id } AS managers`;

/** Groups, with how many ids the member read of each will return, to read them in bounded batches. */
export const READ_GROUP_SIZES = `
MATCH (g:IdpGroup)
RETURN g.id AS id,
       CASE WHEN g.removedAt IS NULL THEN size(coalesce(g.memberIds, [])) ELSE 0 END
         + COUNT { (g)<-[:MEMBER_OF {derived: true}]-(:Identity) } AS size
ORDER BY id`;

/**
 * The identities a live group lists that exist, those its derived relationships name now, and
 * those a relationship another writer made (a SCIM push) joins to it.
 */
export const READ_GROUP_MEMBERS = `
UNWIND $groupIds AS groupId
MATCH (g:IdpGroup {id: groupId})
WITH g, COLLECT { MATCH (g)<-[m:MEMBER_OF]-(i:Identity) RETURN [i.id, m.derived = true] } AS joined
RETURN g.id AS id,
       CASE WHEN g.removedAt IS NULL
         THEN COLLECT { UNWIND coalesce(g.memberIds, []) AS memberId MATCH (i:Identity {id: memberId}) RETURN i.id }
         ELSE [] END AS members,
       [pair IN joined WHERE pair[1] | pair[0]] AS derived,
       [pair IN joined WHERE NOT coalesce(pair[1], false) | pair[0]] AS pushed`;

/** The app's live IdP assignments of identities that exist. */
export const READ_APP_ASSIGNMENTS = `
MATCH (app:App {id: $appId})
MATCH (r:AppAssignment {appId: app.id})
WHERE r.removedAt IS NULL AND EXISTS { MATCH (:Identity {id: r.identityId}) }
RETURN [r.identityId, r.appUserName, r.appExternalId] AS row`;

export const READ_DERIVED_ASSIGNED = `
MATCH (:App {id: $appId})<-[:ASSIGNED_TO {derived: true}]-(i:Identity)
RETURN collect(i.id) AS ids`;

/**
 * The app's accounts by the keys an assignment names them by, with the identities their derived
 * sign-ins name now. These reads return a whole app's rows (a million in all at 100,000 people):
 * each row is one list, which the driver decodes about twice as fast as a map.
 */
export const READ_APP_ACCOUNT_KEYS = `
MATCH (:App {id: $appId})<-[:IN]-(a:Account)
RETURN [a.id, a.email, a.username, a.externalId, COLLECT { MATCH (a)-[:SIGNS_IN_WITH {derived: true}]->(i:Identity) RETURN i.id }] AS row`;

export interface DerivedType {
  /** The relationship type, for transaction metadata. */
  name: string;
  add: string;
  mark: string;
  remove: string;
}

/**
 * `$pairs` ({from, to} ids) created, marked derived, or deleted when derived. Labels and type are
 * code constants. A pair to add is one no relationship of the type joins (derive-diff.ts: no
 * derived one, and `mark` takes those another writer made), so it is created, not merged: at
 * 100,000 people a first load adds over three million.
 */
function derivedType(from: string, type: string, to: string): DerivedType {
  return {
    name: type,
    add: `
UNWIND $pairs AS pair
MATCH (a:${from} {id: pair.from}), (b:${to} {id: pair.to})
CREATE (a)-[:${type} {derived: true}]->(b)`,
    mark: `
UNWIND $pairs AS pair
MATCH (a:${from} {id: pair.from})-[r:${type}]->(b:${to} {id: pair.to})
SET r.derived = true`,
    remove: `
UNWIND $pairs AS pair
MATCH (a:${from} {id: pair.from})-[r:${type} {derived: true}]->(b:${to} {id: pair.to})
DELETE r`,
  };
}

/** Only reconciliation writes these three; a SCIM group push writes MEMBER_OF too (READ_GROUP_MEMBERS reads those). */
export const REPORTS_TO = derivedType('Person', 'REPORTS_TO', 'Person');
export const MEMBER_OF = derivedType('Identity', 'MEMBER_OF', 'IdpGroup');
export const ASSIGNED_TO = derivedType('Identity', 'ASSIGNED_TO', 'App');
export const SIGNS_IN_WITH = derivedType('Account', 'SIGNS_IN_WITH', 'Identity');

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
