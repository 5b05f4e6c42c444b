export const READ_PEOPLE = `
MATCH (p:Person)
RETURN p.id AS id, p.employeeId AS employeeId, p.email AS email,
       coalesce(p.alternateEmails, []) AS alternateEmails, p.displayName AS displayName,
       p.status AS status, toString(p.endDate) AS endDate`;

export const READ_IDENTITIES = `
MATCH (i:Identity)
WHERE NOT EXISTS { (i)-[:BELONGS_TO {method: 'manual'}]->() } AND i.ownerOverride IS NULL
RETURN i.id AS id, i.idp AS idp, i.login AS login, i.email AS email, i.employeeNumber AS employeeNumber`;

export const READ_ACCOUNTS = `
MATCH (a:Account)
WHERE NOT EXISTS { (a)-[:BELONGS_TO {method: 'manual'}]->() } AND a.ownerOverride IS NULL
RETURN a.id AS id, a.email AS email, a.username AS username, a.displayName AS displayName,
       COLLECT { MATCH (a)-[:SIGNS_IN_WITH]->(i:Identity) RETURN i.id } AS identityIds,
       COLLECT { MATCH (a)-[:IN]->(app:App) RETURN app.id }[0] AS appId`;

export const READ_DOMAINS = `
OPTIONAL MATCH (o:Organization {id: 'org'})
RETURN coalesce(o.domains, []) AS domains, coalesce(o.aliasDomains, []) AS aliasDomains`;

/** Ambiguous matches are recorded on the record itself; every other record's flag is cleared. */
export const CLEAR_REVIEW_FLAGS = `
MATCH (n) WHERE (n:Account OR n:Identity) AND n.needsReview IS NOT NULL
REMOVE n.needsReview, n.reviewCandidates, n.reviewReason`;

export const WRITE_REVIEW_FLAGS = `
UNWIND $rows AS row
MATCH (n {id: row.fromId}) WHERE n:Account OR n:Identity
SET n.needsReview = true, n.reviewCandidates = row.candidatePersonIds, n.reviewReason = row.reason`;

export const READ_MANUAL_IDENTITY_LINKS = `
MATCH (i:Identity)-[r:BELONGS_TO {method: 'manual'}]->(p:Person)
RETURN i.id AS identityId, p.id AS personId`;

export const DELETE_RULE_LINKS = `
MATCH (n)-[r:BELONGS_TO]->(:Person)
WHERE (n:Identity OR n:Account) AND r.method <> 'manual'
DELETE r`;

export const WRITE_IDENTITY_LINKS = `
UNWIND $rows AS row
MATCH (i:Identity {id: row.fromId}), (p:Person {id: row.personId})
MERGE (i)-[r:BELONGS_TO]->(p)
SET r.method = row.method, r.confidence = row.confidence, r.reason = row.reason, r.linkedAt = datetime($now)`;

export const WRITE_ACCOUNT_LINKS = `
UNWIND $rows AS row
MATCH (a:Account {id: row.fromId}), (p:Person {id: row.personId})
MERGE (a)-[r:BELONGS_TO]->(p)
SET r.method = row.method, r.confidence = row.confidence, r.reason = row.reason, r.linkedAt = datetime($now)`;
