/** The stored findings of some apps, as far as the refresh compares them (Finding.appId is indexed). */
export const STORED_FINDINGS = `
UNWIND $appIds AS appId
MATCH (f:Finding {appId: appId})
RETURN f.id AS id, f.contentHash AS contentHash, f.detectedAt AS detectedAt`;

export const DELETE_FINDINGS = `
UNWIND $ids AS id
MATCH (f:Finding {id: id})
DETACH DELETE f`;

/**
 * Creates or overwrites findings. Findings keep a copy of the names they show so lists need no
 * joins; relationships keep them navigable, and are laid again since an owner may have changed.
 */
export const WRITE_FINDINGS = `
UNWIND $rows AS row
MERGE (f:Finding {id: row.id})
SET f = row, f.severityRank = CASE row.severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END
WITH f, row
CALL (f) {
  MATCH (f)-[link:IN_APP|ABOUT|CONCERNS]->()
  DELETE link
}
CALL (f, row) {
  MATCH (app:App {id: row.appId})
  CREATE (f)-[:IN_APP]->(app)
}
CALL (f, row) {
  MATCH (a:Account {id: row.accountId})
  CREATE (f)-[:ABOUT]->(a)
}
CALL (f, row) {
  MATCH (p:Person {id: row.personId})
  CREATE (f)-[:CONCERNS]->(p)
}`;

/** Records the refresh and the number of findings stored, counted whole (Neo4j keeps the count per label). */
export const MARK_EVALUATED = `
MATCH (f:Finding)
WITH count(f) AS count
MERGE (o:Organization {id: 'org'})
SET o.findingsEvaluatedAt = datetime($now), o.findingCount = count
RETURN count`;

/** Stored findings for `attest findings`, optionally of one type and one app (by name, any case, or id). */
export const LIST_FINDINGS = `
MATCH (f:Finding)
WHERE ($type IS NULL OR f.type = $type) AND ($app IS NULL OR toLower(f.appName) = toLower($app) OR f.appId = $app)
RETURN f {.*} AS finding`;
