export const DELETE_FINDINGS = `MATCH (f:Finding) DETACH DELETE f`;

/** Findings keep a copy of the names they show so lists need no joins; relationships keep them navigable. */
export const WRITE_FINDINGS = `
UNWIND $rows AS row
CREATE (f:Finding)
SET f = row, f.severityRank = CASE row.severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END
WITH f, row
MATCH (app:App {id: row.appId})
CREATE (f)-[:IN_APP]->(app)
WITH f, row
CALL (f, row) {
  MATCH (a:Account {id: row.accountId})
  CREATE (f)-[:ABOUT]->(a)
}
CALL (f, row) {
  MATCH (p:Person {id: row.personId})
  CREATE (f)-[:CONCERNS]->(p)
}`;

export const MARK_EVALUATED = `
MERGE (o:Organization {id: 'org'})
SET o.findingsEvaluatedAt = datetime($now), o.findingCount = $count`;
