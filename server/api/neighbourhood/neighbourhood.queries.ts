import { ADMIN_PRIVILEGES_CYPHER } from '../../catalog/privilege.js';

/**
 * The graph around a finding: its account with the person, identities, roles and app it is joined
 * to and the integrations it enabled; for an app-level finding (sole admin), the app with its admin
 * accounts and their owners. An account that matched several people shows every candidate. Rows are [from, relationship, to] triples of node maps.
 * For a manager ($scopeManagerId set) only a finding about one of their reports, directly or not,
 * and no person outside their reports appears in it (an identity can belong to someone else).
 */
export const FINDING_NEIGHBOURHOOD = `
MATCH (f:Finding {id: $id})-[:IN_APP]->(app:App)
WHERE $scopeManagerId IS NULL OR EXISTS { (f)-[:CONCERNS]->(:Person)-[:REPORTS_TO*1..]->(:Person {id: $scopeManagerId}) }
OPTIONAL MATCH (f)-[:ABOUT]->(subject:Account)
CALL (subject, app) {
  WITH subject WHERE subject IS NOT NULL
  MATCH (subject)-[r:IN|BELONGS_TO|SIGNS_IN_WITH|HAS_ROLE]->(other)
  RETURN subject AS from, type(r) AS rel, other AS to
  UNION
  WITH subject WHERE subject IS NOT NULL
  MATCH (n:Integration)-[r:ENABLED_BY|AUTHORIZED_BY]->(subject)
  RETURN n AS from, type(r) AS rel, subject AS to
  UNION
  WITH subject WHERE subject IS NOT NULL
  MATCH (subject)-[:SIGNS_IN_WITH]->(i:Identity)-[r:BELONGS_TO]->(p:Person)
  RETURN i AS from, type(r) AS rel, p AS to
  UNION
  WITH subject WHERE subject IS NOT NULL AND subject.needsReview = true
  UNWIND coalesce(subject.reviewCandidates, []) AS candidateId
  MATCH (p:Person {id: candidateId})
  RETURN subject AS from, 'MAY_BELONG_TO' AS rel, p AS to
  UNION
  WITH subject, app WHERE subject IS NULL
  MATCH (admin:Account)-[:IN]->(app)
  WHERE admin.removedAt IS NULL AND EXISTS { (admin)-[:HAS_ROLE]->(role:Role) WHERE role.privilege IN ${ADMIN_PRIVILEGES_CYPHER} }
  MATCH (admin)-[r:IN|BELONGS_TO|HAS_ROLE]->(other)
  WHERE NOT other:Role OR other.privilege IN ${ADMIN_PRIVILEGES_CYPHER}
  RETURN admin AS from, type(r) AS rel, other AS to
}
WITH f, app, subject, from, rel, to
WHERE $scopeManagerId IS NULL
   OR ((NOT from:Person OR EXISTS { (from)-[:REPORTS_TO*1..]->(:Person {id: $scopeManagerId}) })
       AND (NOT to:Person OR EXISTS { (to)-[:REPORTS_TO*1..]->(:Person {id: $scopeManagerId}) }))
WITH f, app, subject, collect({from: from, rel: rel, to: to}) AS triples
RETURN f.id AS findingId, app.id AS appId, subject.id AS subjectId,
       [t IN triples | {
         from: {id: t.from.id, kind: labels(t.from)[0], label: CASE WHEN t.from:Account THEN coalesce(t.from.email, t.from.username, t.from.id) WHEN t.from:Identity THEN coalesce(t.from.login, t.from.email, t.from.id) WHEN t.from:Person THEN t.from.displayName ELSE coalesce(t.from.name, t.from.id) END,
                status: coalesce(t.from.status, '')},
         rel: t.rel,
         to: {id: t.to.id, kind: labels(t.to)[0], label: CASE WHEN t.to:Account THEN coalesce(t.to.email, t.to.username, t.to.id) WHEN t.to:Identity THEN coalesce(t.to.login, t.to.email, t.to.id) WHEN t.to:Person THEN t.to.displayName ELSE coalesce(t.to.name, t.to.id) END,
              status: coalesce(t.to.status, '')}
       }] AS triples`;

export const APP_NAME = `MATCH (app:App {id: $id}) RETURN app.name AS name`;
