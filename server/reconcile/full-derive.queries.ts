/**
 * The whole-graph derivation (scope everything): every derived relationship deleted and recreated in
 * one transaction. The per-app statements in derive.queries.ts, run over every app, exceeded the
 * transaction memory limit at 5,000 people (their outer query runs in one transaction); these are
 * known to fit up to 10,000 people. Large graphs need a bounded version: see the issue notes.
 *
 * Relationships derived from raw references that imports store (manager, IdP app assignment,
 * integration author). Recomputed on every reconciliation, so imports can arrive in any order.
 * Only relationships marked `derived` are replaced.
 */

export const DERIVE_REPORTS_TO = [
  `MATCH (:Person)-[r:REPORTS_TO {derived: true}]->(:Person) DELETE r`,
  `MATCH (p:Person) WHERE p.managerRef IS NOT NULL AND p.removedAt IS NULL
   CALL (p) {
     OPTIONAL MATCH (byId:Person {employeeId: p.managerRef})
     OPTIONAL MATCH (byEmail:Person {email: toLower(p.managerRef)})
     RETURN coalesce(byId, byEmail) AS manager
   }
   WITH p, manager WHERE manager IS NOT NULL AND manager <> p
   MERGE (p)-[r:REPORTS_TO]->(manager)
   SET r.derived = true`,
];

export const DERIVE_MEMBERSHIPS = [
  `MATCH (:Identity)-[m:MEMBER_OF {derived: true}]->(:IdpGroup) DELETE m`,
  `MATCH (g:IdpGroup) WHERE g.memberIds IS NOT NULL AND g.removedAt IS NULL
   UNWIND g.memberIds AS memberId
   MATCH (i:Identity {id: memberId})
   MERGE (i)-[m:MEMBER_OF]->(g)
   SET m.derived = true`,
];

export const DERIVE_SIGNS_IN_WITH = [
  `MATCH (:Identity)-[a:ASSIGNED_TO {derived: true}]->(:App) DELETE a`,
  `MATCH (:Account)-[s:SIGNS_IN_WITH {derived: true}]->(:Identity) DELETE s`,
  `MATCH (r:AppAssignment) WHERE r.removedAt IS NULL
   MATCH (i:Identity {id: r.identityId}), (app:App {id: r.appId})
   MERGE (i)-[a:ASSIGNED_TO]->(app)
   SET a.derived = true`,
  `MATCH (r:AppAssignment) WHERE r.removedAt IS NULL AND (r.appUserName IS NOT NULL OR r.appExternalId IS NOT NULL)
   MATCH (i:Identity {id: r.identityId}), (app:App {id: r.appId})
   CALL (r, app) {
     MATCH (a:Account {email: r.appUserName})-[:IN]->(app) RETURN a
     UNION
     MATCH (a:Account {username: r.appUserName})-[:IN]->(app) RETURN a
     UNION
     MATCH (a:Account {externalId: r.appExternalId})-[:IN]->(app) RETURN a
   }
   MERGE (a)-[s:SIGNS_IN_WITH]->(i)
   SET s.derived = true`,
];

export const DERIVE_INTEGRATION_AUTHORS = [
  `MATCH (:Integration)-[e:ENABLED_BY|AUTHORIZED_BY {derived: true}]->(:Account) DELETE e`,
  `MATCH (n:Integration)-[:IN]->(app:App) WHERE n.enabledByRef IS NOT NULL
   CALL (n, app) {
     MATCH (a:Account {email: toLower(n.enabledByRef)})-[:IN]->(app) RETURN a
     UNION
     MATCH (a:Account {username: n.enabledByRef})-[:IN]->(app) RETURN a
   }
   MERGE (n)-[e:ENABLED_BY]->(a)
   SET e.derived = true`,
  `MATCH (n:Integration)-[:IN]->(app:App) WHERE n.authorizedByRef IS NOT NULL
   CALL (n, app) {
     MATCH (a:Account {email: toLower(n.authorizedByRef)})-[:IN]->(app) RETURN a
     UNION
     MATCH (a:Account {username: n.authorizedByRef})-[:IN]->(app) RETURN a
     UNION
     // OAuth grants name the user by the IdP's id: the account in this app that signs in with that identity.
     MATCH (a:Account)-[:SIGNS_IN_WITH]->(:Identity {externalId: n.authorizedByRef})
     WHERE (a)-[:IN]->(app)
     RETURN a
   }
   MERGE (n)-[e:AUTHORIZED_BY]->(a)
   SET e.derived = true`,
];

export const DERIVE_APP_OWNERS = [
  `MATCH (:App)-[o:OWNED_BY {derived: true}]->(:Person) DELETE o`,
  `MATCH (app:App) WHERE app.ownerRef IS NOT NULL
   MATCH (p:Person {email: app.ownerRef})
   MERGE (app)-[o:OWNED_BY]->(p)
   SET o.derived = true`,
];
