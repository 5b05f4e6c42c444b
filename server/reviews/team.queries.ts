/**
 * My team: a manager's direct and indirect reports. Every query starts from the manager
 * ($personId): the team index's keys that start with their id ($teamKeyPrefix), or REPORTS_TO
 * walked up to them, so nobody outside their reports is ever read.
 */

/** Accounts of a report that are live now (not removed, not deactivated), with their app. */
const LIVE_ACCOUNT = `
MATCH (a:Account)-[:BELONGS_TO]->(r)
MATCH (a)-[:IN]->(app:App)
WHERE a.removedAt IS NULL AND coalesce(a.status, 'active') <> 'deactivated'`;

/**
 * With $flaggedOnly, only accounts with a finding or with a flagged item of the manager's in an
 * active campaign: looked up from the account (an item per campaign at most), for a page's people.
 */
const ACCOUNT_FILTER = `
($flaggedOnly = false OR EXISTS { MATCH (:Finding)-[:ABOUT]->(a) }
  OR EXISTS { MATCH (a)<-[:REVIEWS]-(i:ReviewItem {reviewerPersonId: $personId})<-[:HAS_ITEM]-(:Campaign {status: 'active'}) WHERE i.flagged = true })`;

/** A report matching $search (lower-case, in name, email or department). */
const MATCHES_SEARCH = `($search IS NULL OR toLower(r.displayName) CONTAINS $search OR toLower(coalesce(r.email, '')) CONTAINS $search
       OR toLower(coalesce(r.department, '')) CONTAINS $search)`;

/**
 * The manager's reports in team order (depth, then name, then id) from the team index
 * (server/teams): a range seek on the keys that start with the manager's id, so a page reads only
 * the reports up to it. With $flaggedOnly, only reports with a finding on a live account (their
 * stored count) or among $itemFlaggedPeople (MY_ITEM_FLAGGED_ACCOUNTS).
 */
const REPORTS = `
MATCH (r:Person)-[place:IN_TEAM_OF]->(:Person)
WHERE place.teamKey STARTS WITH $teamKeyPrefix
  AND ${MATCHES_SEARCH}
  AND ($flaggedOnly = false OR r.flaggedAccounts > 0 OR r.id IN $itemFlaggedPeople)`;

/**
 * Live accounts of the manager's reports flagged only by the manager's own review items in active
 * campaigns (they have no finding: it has gone since the launch). Read from the manager's items by
 * the reviewer index, which are few next to a large team's accounts.
 */
export const MY_ITEM_FLAGGED_ACCOUNTS = `
MATCH (i:ReviewItem {reviewerPersonId: $personId})
USING INDEX i:ReviewItem(reviewerPersonId)
WHERE i.flagged = true
  AND EXISTS { (:Campaign {status: 'active'})-[:HAS_ITEM]->(i) }
MATCH (i)-[:REVIEWS]->(a:Account)-[:BELONGS_TO]->(r:Person)
WHERE a.removedAt IS NULL AND coalesce(a.status, 'active') <> 'deactivated' AND EXISTS { (a)-[:IN]->(:App) }
  AND NOT EXISTS { (:Finding)-[:ABOUT]->(a) }
  AND EXISTS { (r)-[:IN_TEAM_OF]->(:Person {id: $personId}) }
RETURN DISTINCT a.id AS accountId, r.id AS personId, coalesce(r.flaggedAccounts, 0) AS findingAccounts`;

/** One page of reports, by depth then name; only the page's people have their accounts expanded. */
export const TEAM_PAGE = `
${REPORTS}
WITH r, place ORDER BY place.teamKey
SKIP $skip LIMIT $limit
RETURN r {.id, .displayName, .email, .status, .title, .department} AS person, place.depth AS depth,
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
ORDER BY place.teamKey`;

/** The manager's stored team counts (server/teams): everyone, and those with a finding on a live account. */
export const TEAM_COUNTS_STORED = `
MATCH (m:Person {id: $personId})
RETURN coalesce(m.teamPeople, 0) AS people, coalesce(m.teamAccounts, 0) AS accounts,
       coalesce(m.teamFlaggedPeople, 0) AS flaggedPeople, coalesce(m.teamFlaggedAccounts, 0) AS flaggedAccounts`;

/**
 * With a search: how many reports match and their stored counts of the accounts the filter shows
 * (with $flaggedOnly, those with a finding), and which of them are in $itemFlaggedPeople.
 */
export const TEAM_COUNT_SEARCH = `
${REPORTS}
RETURN count(r) AS total,
       sum(CASE WHEN $flaggedOnly THEN coalesce(r.flaggedAccounts, 0) ELSE coalesce(r.liveAccounts, 0) END) AS accounts,
       collect(CASE WHEN r.id IN $itemFlaggedPeople THEN r.id END) AS itemFlaggedPeople`;

/** The manager's review items in active campaigns about the given accounts. */
export const MY_ACTIVE_ITEMS_ON = `
MATCH (c:Campaign {status: 'active'})-[:HAS_ITEM]->(i:ReviewItem {reviewerPersonId: $personId})
WHERE i.accountId IN $accountIds
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign
ORDER BY c.dueAt, i.appName, i.accountEmail, i.stage`;

/**
 * Per active campaign, the manager's items about the whole team (assigned to them, about a
 * report's access, never their own: the same items ATTESTABLE picks from) and what attestTeam would keep.
 * The review_item_reviewer_team index holds only items with an owner (an orphan's fallback reviewer
 * reads none of those), and gives each item's campaign, owner and flags without reading the item:
 * only whether it is decided is read (half the database hits for a CEO who is the fallback reviewer).
 */
export const TEAM_CAMPAIGNS = `
MATCH (m:Person {id: $personId})
MATCH (i:ReviewItem)
USING INDEX i:ReviewItem(reviewerPersonId, ownerPersonId, campaignId, flagged, privileged)
WHERE i.reviewerPersonId = $personId AND i.ownerPersonId IS NOT NULL AND i.campaignId IS NOT NULL
  AND i.flagged IS NOT NULL AND i.privileged IS NOT NULL
WITH m, i WHERE i.ownerPersonId <> $personId
WITH m, i.campaignId AS campaignId, i.ownerPersonId AS ownerId,
     count(i) AS assigned,
     count(CASE WHEN i.decision IS NULL THEN 1 END) AS undecided,
     count(CASE WHEN i.decision IS NULL AND i.flagged = false AND i.privileged = false THEN 1 END) AS attestable,
     count(CASE WHEN i.decision IS NULL AND i.flagged = false AND i.privileged = true THEN 1 END) AS attestableWithJustification,
     count(CASE WHEN i.decision IS NULL AND i.flagged = true THEN 1 END) AS flaggedUndecided
// Whether an owner is in the team is looked up once per owner, not once per item.
WHERE EXISTS { MATCH (:Person {id: ownerId})-[:IN_TEAM_OF]->(m) }
WITH campaignId, sum(assigned) AS assigned, sum(undecided) AS undecided, sum(attestable) AS attestable,
     sum(attestableWithJustification) AS attestableWithJustification, sum(flaggedUndecided) AS flaggedUndecided
MATCH (c:Campaign {id: campaignId, status: 'active'})
RETURN c {.id, .name, .period, .status, .dueAt} AS campaign, assigned, undecided, attestable, attestableWithJustification, flaggedUndecided
ORDER BY campaign.dueAt, campaign.name, campaign.id`;

/** Items the manager may attest in one go: assigned to them, undecided, unflagged, about a report's access, never their own. */
export const ATTESTABLE = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem {reviewerPersonId: $personId})
WHERE i.decision IS NULL AND i.flagged = false AND ($withPrivileged OR i.privileged = false)
  AND i.ownerPersonId <> $personId
  AND EXISTS { MATCH (:Person {id: i.ownerPersonId})-[:IN_TEAM_OF]->(:Person {id: $personId}) }
RETURN i.id AS id
ORDER BY i.id`;
