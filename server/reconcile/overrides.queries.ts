/**
 * Manual ownership decisions. A manual link is a BELONGS_TO {method: 'manual'} that reconciliation
 * never replaces; "no owner" is `ownerOverride = 'none'` on the record, which keeps the rules from
 * linking it; a service or shared account keeps its kind in `manualKind`, which imports respect.
 * All three live on the records themselves, so they survive every later import.
 */

/** The account or identity with this id, whichever it is. */
const RECORD = `
CALL () {
  MATCH (a:Account {id: $recordId}) RETURN a AS n, 'account' AS recordType
  UNION
  MATCH (i:Identity {id: $recordId}) RETURN i AS n, 'identity' AS recordType
}`;

export const FIND_RECORD = `
${RECORD}
OPTIONAL MATCH (n)-[:IN]->(app:App)
RETURN n.id AS id, recordType, coalesce(n.email, n.login, n.username) AS label, app.name AS appName, n.idp AS idp`;

/** Accounts of an app (by name, any case) whose email, user name, external id or id is the given key. */
export const FIND_ACCOUNTS_IN_APP = `
MATCH (app:App) WHERE toLower(app.name) = toLower($app)
MATCH (a:Account)-[:IN]->(app)
WHERE a.email = toLower($key) OR toLower(a.username) = toLower($key) OR a.externalId = $key OR a.id = $key
RETURN a.id AS id, coalesce(a.email, a.username) AS label, app.name AS appName`;

export const FIND_IDENTITIES = `
MATCH (i:Identity {idp: toLower($idp)})
WHERE i.login = toLower($key) OR i.email = toLower($key) OR i.externalId = $key OR i.id = $key
RETURN i.id AS id, i.login AS label`;

export const APP_EXISTS = `MATCH (app:App) WHERE toLower(app.name) = toLower($app) RETURN app.name AS name LIMIT 1`;

/** A person by id, employee id, or work or alternate email. */
export const FIND_PEOPLE = `
MATCH (p:Person)
WHERE p.id = $ref OR p.employeeId = $ref OR p.email = toLower($ref) OR toLower($ref) IN coalesce(p.alternateEmails, [])
RETURN p.id AS id, p.displayName AS name, p.email AS email, p.employeeId AS employeeId, p.status AS status
ORDER BY p.employeeId`;

const CLEAR_LINKS = `
CALL (n) {
  MATCH (n)-[old:BELONGS_TO]->(:Person)
  DELETE old
}`;

/** Who owns the record and how, as the audit log records it before and after a decision. */
export const OWNER_STATE = `
${RECORD}
OPTIONAL MATCH (n)-[r:BELONGS_TO]->(p:Person)
WITH n, r, p ORDER BY r.method = 'manual' DESC LIMIT 1
RETURN CASE WHEN p IS NULL THEN null ELSE {id: p.id, email: p.email, name: p.displayName} END AS owner,
       r.method AS method, n.kind AS kind, n.ownerOverride AS ownerOverride`;

export const LINK = `
${RECORD}
MATCH (p:Person {id: $personId})
${CLEAR_LINKS}
CREATE (n)-[r:BELONGS_TO]->(p)
SET r.method = 'manual', r.confidence = 1.0, r.reason = $reason, r.linkedAt = datetime($now), r.by = $by, r.note = $note
REMOVE n.ownerOverride, n.ownerOverrideReason, n.needsReview, n.reviewCandidates, n.reviewReason
RETURN n.id AS id`;

export const UNLINK = `
${RECORD}
${CLEAR_LINKS}
SET n.ownerOverride = 'none', n.ownerOverrideReason = $reason
REMOVE n.needsReview, n.reviewCandidates, n.reviewReason
RETURN n.id AS id`;

export const MARK_KIND = `
MATCH (n:Account {id: $recordId})
SET n.kindBeforeOverride = CASE WHEN n.manualKind IS NULL THEN n.kind ELSE n.kindBeforeOverride END,
    n.manualKind = $kind, n.kind = $kind
RETURN n.id AS id`;

/** Hands the record back to the rules: the next reconciliation links it as they say. */
export const RESET = `
${RECORD}
CALL (n) {
  MATCH (n)-[old:BELONGS_TO {method: 'manual'}]->(:Person)
  DELETE old
}
SET n.kind = CASE WHEN n.manualKind IS NULL THEN n.kind ELSE coalesce(n.kindBeforeOverride, 'human') END
REMOVE n.ownerOverride, n.ownerOverrideReason, n.manualKind, n.kindBeforeOverride
RETURN n.id AS id`;

export const READ_REVIEW_QUEUE = `
MATCH (n) WHERE (n:Account OR n:Identity) AND n.needsReview = true AND n.removedAt IS NULL
OPTIONAL MATCH (n)-[:IN]->(app:App)
RETURN n.id AS id, CASE WHEN n:Account THEN 'account' ELSE 'identity' END AS recordType,
       coalesce(n.email, n.login, n.username) AS label, coalesce(n.displayName, '') AS displayName, app.name AS appName,
       n.reviewReason AS reason,
       [pid IN n.reviewCandidates | COLLECT { MATCH (p:Person {id: pid}) RETURN p {.id, .displayName, .email, .status} }[0]] AS candidates
ORDER BY appName, label
SKIP $skip LIMIT $limit`;

export const COUNT_REVIEW_QUEUE = `
MATCH (n) WHERE (n:Account OR n:Identity) AND n.needsReview = true AND n.removedAt IS NULL
RETURN count(n) AS total`;

export const READ_OWNERSHIP = `
${RECORD}
OPTIONAL MATCH (n)-[r:BELONGS_TO]->(p:Person)
RETURN p {.id, .displayName, .email, .status} AS owner, r.reason AS linkReason,
       COUNT { (f:Finding {accountId: n.id}) } AS findingCount`;
