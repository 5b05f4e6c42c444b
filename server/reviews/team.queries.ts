/**
 * My team: a manager's direct and indirect reports. Every query starts from the manager
 * ($personId) and walks REPORTS_TO up to them, so nobody outside their reports is ever read.
 */

/** Accounts of a report that are live now (not removed, not deactivated), with their app. */
const LIVE_ACCOUNT = `
MATCH (a:Account)-[:BELONGS_TO]->(r)
MATCH (a)-[:IN]->(app:App)
WHERE a.removedAt IS NULL AND coalesce(a.status, 'active') <> 'deactivated'`;

/**
 * With $flaggedOnly, only accounts with a finding or with a flagged item of the manager's in an
 * active campaign: looked up from the account (an item per campaign at most), never by listing the
 * manager's flagged items, which for a campaign owner can be every orphaned account.
 */
const ACCOUNT_FILTER = `
($flaggedOnly = false OR EXISTS { MATCH (:Finding)-[:ABOUT]->(a) }
  OR EXISTS { MATCH (a)<-[:REVIEWS]-(i:ReviewItem {reviewerPersonId: $personId})<-[:HAS_ITEM]-(:Campaign {status: 'active'}) WHERE i.flagged = true })`;

/**
 * The reports matching $search (lower-case, in name, email or department) and, with $flaggedOnly,
 * having at least one flagged live account; each with their depth below the manager.
 */
const REPORTS = `
MATCH path = (r:Person)-[:REPORTS_TO*1..25]->(:Person {id: $personId})
WHERE r.id <> $personId
WITH r, min(length(path)) AS depth
WHERE ($search IS NULL OR toLower(r.displayName) CONTAINS $search OR toLower(coalesce(r.email, '')) CONTAINS $search
       OR toLower(coalesce(r.department, '')) CONTAINS $search)
  AND ($flaggedOnly = false OR EXISTS { ${LIVE_ACCOUNT} AND ${ACCOUNT_FILTER} })`;

/** One page of reports, by depth then name; only the page's people have their accounts expanded. */
export const TEAM_PAGE = `
${REPORTS}
WITH r, depth ORDER BY depth, r.displayName, r.id
SKIP $skip LIMIT $limit
RETURN r {.id, .displayName, .email, .status, .title, .department} AS person, depth,
       COLLECT { MATCH (r)-[:REPORTS_TO]->(boss:Person) RETURN boss.id ORDER BY boss.id LIMIT 1 }[0] AS managerId,
       COLLECT {
         ${LIVE_ACCOUNT} AND ${ACCOUNT_FILTER}
         WITH a, app ORDER BY app.name, a.email, a.id
         RETURN a {.id, .email, .username, .status, kind: coalesce(a.kind, 'human'), .lastActiveAt,
                   app: app {.id, .name},
                   roles: COLLECT { MATCH (a)-[:HAS_ROLE]->(role:Role) RETURN role {.name, privilege: coalesce(role.privilege, 'standard')} ORDER BY role.name },
                   currency: coalesce(COLLECT { MATCH (a)-[:USES_SEAT]->(s:SeatType) RETURN s.currency LIMIT 1 }[0], 'USD'),
                   findings: COLLECT { MATCH (f:Finding)-[:ABOUT]->(a)
                                       RETURN f {.type, .severity, .reason, .monthlyCost, .ageDays, .personId, .personStatus} ORDER BY f.type, f.reason }}
       } AS accounts
ORDER BY depth, person.displayName, person.id`;

/** How many reports match, and how many of their live accounts the filter shows. */
export const TEAM_COUNT = `
${REPORTS}
RETURN count(r) AS total, sum(COUNT { ${LIVE_ACCOUNT} AND ${ACCOUNT_FILTER} RETURN a }) AS accounts`;

/** The manager's review items in active campaigns about the given accounts. */
export const MY_ACTIVE_ITEMS_ON = `
MATCH (c:Campaign {status: 'active'})-[:HAS_ITEM]->(i:ReviewItem {reviewerPersonId: $personId})
WHERE i.accountId IN $accountIds
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign
ORDER BY c.dueAt, i.appName, i.accountEmail, i.stage`;

/**
 * Per active campaign, the manager's items about the whole team (assigned to them, about a
 * report's access, never their own: the same items ATTESTABLE picks from) and what attestTeam would keep.
 */
export const TEAM_CAMPAIGNS = `
MATCH (c:Campaign {status: 'active'})-[:HAS_ITEM]->(i:ReviewItem {reviewerPersonId: $personId})
WHERE i.ownerPersonId <> $personId
  AND EXISTS { MATCH (:Person {id: i.ownerPersonId})-[:REPORTS_TO*1..25]->(:Person {id: $personId}) }
RETURN c {.id, .name, .period, .status, .dueAt} AS campaign,
       count(i) AS assigned,
       count(CASE WHEN i.decision IS NULL THEN 1 END) AS undecided,
       count(CASE WHEN i.decision IS NULL AND i.flagged = false AND i.privileged = false THEN 1 END) AS attestable,
       count(CASE WHEN i.decision IS NULL AND i.flagged = false AND i.privileged = true THEN 1 END) AS attestableWithJustification,
       count(CASE WHEN i.decision IS NULL AND i.flagged = true THEN 1 END) AS flaggedUndecided
ORDER BY campaign.dueAt, campaign.name, campaign.id`;

/** Items the manager may attest in one go: assigned to them, undecided, unflagged, about a report's access, never their own. */
export const ATTESTABLE = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem {reviewerPersonId: $personId})
WHERE i.decision IS NULL AND i.flagged = false AND ($withPrivileged OR i.privileged = false)
  AND i.ownerPersonId <> $personId
  AND EXISTS { MATCH (:Person {id: i.ownerPersonId})-[:REPORTS_TO*1..25]->(:Person {id: $personId}) }
RETURN i.id AS id
ORDER BY i.id`;
