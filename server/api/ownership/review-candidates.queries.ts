/**
 * The facts to show why each candidate of an ambiguous record matched it: the record's own keys and,
 * per candidate, the HR keys and place. Records by id; each id is looked up as an account and as an
 * identity so both lookups use their label's index.
 */
export const READ_REVIEW_CANDIDATES = `
UNWIND $recordIds AS recordId
OPTIONAL MATCH (account:Account {id: recordId})
OPTIONAL MATCH (identity:Identity {id: recordId})
WITH recordId, coalesce(account, identity) AS n
WHERE n IS NOT NULL
UNWIND coalesce(n.reviewCandidates, []) AS personId
MATCH (p:Person {id: personId})
RETURN recordId,
       n.email AS recordEmail, n.username AS recordUsername, n.login AS recordLogin,
       n.employeeNumber AS recordEmployeeNumber, n.displayName AS recordDisplayName,
       p.id AS id, p.displayName AS displayName, p.email AS email, p.status AS status,
       p.employeeId AS employeeId, p.department AS department, p.title AS title,
       coalesce(p.alternateEmails, []) AS alternateEmails,
       COLLECT { MATCH (n)-[:SIGNS_IN_WITH]->(i:Identity)-[:BELONGS_TO]->(p) RETURN i.login } AS viaIdentities`;
