/** Everyone who reports to the manager, directly or not, with their depth and their live accounts as they are now. */
export const TEAM = `
MATCH path = (r:Person)-[:REPORTS_TO*1..25]->(m:Person {id: $personId})
WHERE r.id <> $personId
WITH r, min(length(path)) AS depth
RETURN r {.id, .displayName, .email, .status, .title, .department} AS person, depth,
       COLLECT { MATCH (r)-[:REPORTS_TO]->(boss:Person) RETURN boss.id ORDER BY boss.id LIMIT 1 }[0] AS managerId,
       COLLECT {
         MATCH (a:Account)-[:BELONGS_TO]->(r)
         MATCH (a)-[:IN]->(app:App)
         WHERE a.removedAt IS NULL AND coalesce(a.status, 'active') <> 'deactivated'
         WITH a, app ORDER BY app.name, a.email, a.id
         RETURN a {.id, .email, .username, .status, kind: coalesce(a.kind, 'human'), .lastActiveAt,
                   app: app {.id, .name},
                   roles: COLLECT { MATCH (a)-[:HAS_ROLE]->(role:Role) RETURN role {.name, privilege: coalesce(role.privilege, 'standard')} ORDER BY role.name },
                   currency: coalesce(COLLECT { MATCH (a)-[:USES_SEAT]->(s:SeatType) RETURN s.currency LIMIT 1 }[0], 'USD'),
                   findings: COLLECT { MATCH (f:Finding)-[:ABOUT]->(a)
                                       RETURN f {.type, .severity, .reason, .monthlyCost, .ageDays, .personId, .personStatus} ORDER BY f.type, f.reason }}
       } AS accounts
ORDER BY depth, person.displayName, person.id`;

/** Review items assigned to the person in active campaigns. */
export const MY_ACTIVE_ITEMS = `
MATCH (c:Campaign {status: 'active'})-[:HAS_ITEM]->(i:ReviewItem {reviewerPersonId: $personId})
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign
ORDER BY c.dueAt, i.appName, i.accountEmail, i.stage`;

/** Items the manager may attest in one go: assigned to them, undecided, unflagged, about a report's access, never their own. */
export const ATTESTABLE = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem {reviewerPersonId: $personId})
WHERE i.decision IS NULL AND i.flagged = false AND ($withPrivileged OR i.privileged = false)
  AND i.ownerPersonId <> $personId
  AND EXISTS { MATCH (:Person {id: i.ownerPersonId})-[:REPORTS_TO*1..25]->(:Person {id: $personId}) }
RETURN i.id AS id
ORDER BY i.id`;
