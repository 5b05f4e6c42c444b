/** In id order, so candidates found by the same rule are always listed alike. */
export const READ_PEOPLE = `
MATCH (p:Person)
WITH p ORDER BY p.id
RETURN p.id AS id, p.employeeId AS employeeId, p.email AS email,
       coalesce(p.alternateEmails, []) AS alternateEmails, p.displayName AS displayName,
       p.status AS status, toString(p.endDate) AS endDate`;

export const READ_DOMAINS = `
OPTIONAL MATCH (o:Organization {id: 'org'})
RETURN coalesce(o.domains, []) AS domains, coalesce(o.aliasDomains, []) AS aliasDomains`;

/**
 * Whether a link from a record already matched was made by hand. Read through coalesce so the
 * planner always expands from the record: a relationship index on `method` sampled while there
 * were no links yet (a first load) once made it scan every link once per account, for minutes.
 */
const IS_MANUAL = (r: string) => `coalesce(${r}.method, '') = 'manual'`;

/** What the rules may link a record by is decided by hand when it has a manual link or says it has no owner. */
const RULED = (v: string) => `(${v}.ownerOverride IS NULL AND NOT EXISTS { MATCH (${v})-[m:BELONGS_TO]->() WHERE ${IS_MANUAL('m')} })`;

/** The record's rule links and review flag as stored, to compare with what the rules say now. */
const STORED = (v: string) => `
       COLLECT {
         MATCH (${v})-[r:BELONGS_TO]->(p:Person) WHERE NOT ${IS_MANUAL('r')}
         RETURN {personId: p.id, method: r.method, confidence: r.confidence, reason: r.reason}
       } AS ruleLinks,
       ${v}.needsReview AS needsReview, ${v}.reviewCandidates AS reviewCandidates, ${v}.reviewReason AS reviewReason`;

const IDENTITY_FIELDS = `
RETURN i.id AS id, i.idp AS idp, i.login AS login, i.email AS email, i.employeeNumber AS employeeNumber,
       ${RULED('i')} AS ruled,
       COLLECT { MATCH (i)-[m:BELONGS_TO]->(p:Person) WHERE ${IS_MANUAL('m')} RETURN p.id } AS manualOwners,
       ${STORED('i')}`;

/** Every identity (about one per person per IdP), with whom it belongs to by hand. */
export const READ_IDENTITIES = `
MATCH (i:Identity)
${IDENTITY_FIELDS}`;

/** The identities of $ids that exist. */
export const READ_SOME_IDENTITIES = `
UNWIND $ids AS id
MATCH (i:Identity {id: id})
${IDENTITY_FIELDS}`;

/** Identity owners as the last full reconciliation left them, for matching some apps' accounts. */
export const READ_IDENTITY_OWNERS = `
MATCH (i:Identity)
RETURN i.id AS id, i.login AS login, ${RULED('i')} AS ruled,
       COLLECT { MATCH (i)-[:BELONGS_TO]->(p:Person) RETURN p.id } AS owners`;

/**
 * An account as one list (the driver decodes a list about twice as fast as a map, and an app can
 * have 100,000 accounts): id, email, username, displayName, identityIds, ruled, rule links (each
 * [personId, method, confidence, reason]), needsReview, reviewCandidates, reviewReason.
 */
const ACCOUNT_ROW = `
RETURN [a.id, a.email, a.username, a.displayName,
        COLLECT { MATCH (a)-[:SIGNS_IN_WITH]->(i:Identity) RETURN i.id },
        ${RULED('a')},
        COLLECT { MATCH (a)-[r:BELONGS_TO]->(p:Person) WHERE NOT ${IS_MANUAL('r')} RETURN [p.id, r.method, r.confidence, r.reason] },
        a.needsReview, a.reviewCandidates, a.reviewReason] AS row`;

/** One app's accounts, in the order of their ids, so holding back a second weak link names the others alike every time. */
export const READ_APP_ACCOUNTS = `
MATCH (:App {id: $appId})<-[:IN]-(a:Account)
WITH a ORDER BY a.id
${ACCOUNT_ROW}`;

/** Accounts in no app (only written by hand): matched together, as before apps were matched one by one. */
export const READ_ACCOUNTS_WITHOUT_APP = `
MATCH (a:Account) WHERE NOT EXISTS { (a)-[:IN]->(:App) }
WITH a ORDER BY a.id
${ACCOUNT_ROW}`;

export type RecordLabel = 'Account' | 'Identity';

/** The rule links of these records go: each is replaced by a new link, or by none. */
export const DELETE_RULE_LINKS = (label: RecordLabel) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})-[r:BELONGS_TO]->(:Person)
WHERE NOT ${IS_MANUAL('r')}
DELETE r`;

/**
 * CREATE, not MERGE: a record written here is ruled (so it has no manual link) and its rule links
 * were deleted first in the same transaction (link-diff.ts), so it has no BELONGS_TO to match.
 */
export const WRITE_RULE_LINKS = (label: RecordLabel) => `
UNWIND $rows AS row
MATCH (n:${label} {id: row.fromId}), (p:Person {id: row.personId})
CREATE (n)-[:BELONGS_TO {method: row.method, confidence: row.confidence, reason: row.reason, linkedAt: datetime($now)}]->(p)`;

/** Ambiguous matches are recorded on the record itself. */
export const WRITE_REVIEW_FLAGS = (label: RecordLabel) => `
UNWIND $rows AS row
MATCH (n:${label} {id: row.fromId})
SET n.needsReview = true, n.reviewCandidates = row.candidatePersonIds, n.reviewReason = row.reason`;

export const CLEAR_REVIEW_FLAGS = (label: RecordLabel) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
REMOVE n.needsReview, n.reviewCandidates, n.reviewReason`;

/**
 * The figures a reconciliation reports, for the whole graph, from the counts store and indexes
 * (schema/scale-reconcile.cypher) rather than by reading every account. A record has at most one rule
 * link, and none when it has a manual link or says it has no owner.
 */
export const COUNT_LINKS = `
CALL () { MATCH (a:Account) RETURN count(a) AS accounts }
CALL () { MATCH (:Account)-[r:BELONGS_TO]->() RETURN count(r) AS accountLinks }
CALL () { MATCH (:Identity)-[r:BELONGS_TO]->() RETURN count(r) AS identityLinks }
CALL () { MATCH (:Account)-[r:BELONGS_TO {method: 'manual'}]->() RETURN count(r) AS manualAccountLinks }
CALL () { MATCH (:Identity)-[r:BELONGS_TO {method: 'manual'}]->() RETURN count(r) AS manualIdentityLinks }
CALL () {
  MATCH (a:Account) WHERE a.ownerOverride IS NOT NULL AND NOT EXISTS { MATCH (a)-[m:BELONGS_TO]->() WHERE ${IS_MANUAL('m')} }
  RETURN count(a) AS overridden
}
CALL () { MATCH (a:Account) WHERE a.needsReview = true RETURN count(a) AS accountsToReview }
CALL () { MATCH (i:Identity) WHERE i.needsReview = true RETURN count(i) AS identitiesToReview }
RETURN accounts, accountLinks, identityLinks, manualAccountLinks, manualIdentityLinks, overridden, accountsToReview, identitiesToReview`;
