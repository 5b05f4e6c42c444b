/** Per hard case of truth.json: the account, its owners, identities and review flag as the graph has them. */
export const HARD_CASE_FACTS = `
UNWIND $cases AS c
OPTIONAL MATCH (app:App {name: c.app})
OPTIONAL MATCH (a:Account {email: c.account})-[:IN]->(app)
RETURN c.i AS i, a IS NOT NULL AS found, a.kind AS kind, a.status AS status, a.needsReview AS needsReview,
       coalesce(a.reviewCandidates, []) AS candidates,
       [(a)-[r:BELONGS_TO]->(p:Person) | {employeeId: p.employeeId, method: r.method, reason: r.reason}] AS owners,
       [(a)-[:SIGNS_IN_WITH]->(i:Identity) | {idp: i.idp, status: i.status, email: i.email}] AS signsInWith,
       CASE WHEN c.identityEmail IS NULL THEN null ELSE COLLECT {
         MATCH (i:Identity {idp: c.identityIdp, email: c.identityEmail})
         RETURN {idp: i.idp, status: i.status, vendorStatus: i.vendorStatus, owned: EXISTS { (i)-[:BELONGS_TO]->(:Person) }}
       }[0] END AS identity,
       CASE WHEN c.botName IS NULL THEN 0 ELSE COUNT { MATCH (b:Account)-[:IN]->(app) WHERE b.displayName = c.botName OR b.username = c.botName } END AS bots`;
