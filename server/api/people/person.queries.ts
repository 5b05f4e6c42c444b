/** True for everyone when $scopeManagerId is null, else only for people who report to that manager, directly or not. */
const IN_SCOPE = `($scopeManagerId IS NULL OR EXISTS { (p)-[:REPORTS_TO*1..]->(:Person {id: $scopeManagerId}) })`;

const PERSON_COLUMNS = `
p {.id, .employeeId, .displayName, .email, .department, .title, .status,
   accountCount: COUNT { MATCH (p)<-[:BELONGS_TO]-(a:Account) WHERE a.removedAt IS NULL },
   findingCount: COUNT { MATCH (p)<-[:CONCERNS]-(:Finding) }} AS person`;

/**
 * Everyone by name: the person_display_name index gives them in name order, so a page reads only
 * the people up to it (ties on the name are sorted by id among themselves).
 */
export const PEOPLE_ALL = `
MATCH (p:Person)
WHERE p.displayName IS NOT NULL
WITH p ORDER BY p.displayName, p.id
SKIP $skip LIMIT $limit
RETURN ${PERSON_COLUMNS}`;

/** From the count store. */
export const PEOPLE_ALL_COUNT = `RETURN COUNT { MATCH (p:Person) } AS total`;

/** A manager's reports by name: read from the manager down, never the whole organization. */
export const TEAM_ALL = `
MATCH (:Person {id: $scopeManagerId})<-[:REPORTS_TO*1..]-(p:Person)
WITH DISTINCT p ORDER BY p.displayName, p.id
SKIP $skip LIMIT $limit
RETURN ${PERSON_COLUMNS}`;

export const TEAM_ALL_COUNT = `
MATCH (:Person {id: $scopeManagerId})<-[:REPORTS_TO*1..]-(p:Person)
RETURN count(DISTINCT p) AS total`;

export const PEOPLE_SEARCH = `
CALL db.index.fulltext.queryNodes('person_search', $query) YIELD node AS p, score
WHERE ${IN_SCOPE}
WITH p, score ORDER BY score DESC, p.displayName, p.id
SKIP $skip LIMIT $limit
RETURN ${PERSON_COLUMNS}`;

export const PEOPLE_SEARCH_COUNT = `
CALL db.index.fulltext.queryNodes('person_search', $query) YIELD node AS p
WHERE ${IN_SCOPE}
RETURN count(p) AS total`;

/** One person's page; a manager gets only their reports, with the manager chain cut at the manager themselves. */
export const PERSON_DETAIL = `
MATCH (p:Person {id: $id})
WHERE ${IN_SCOPE}
RETURN ${PERSON_COLUMNS},
       toString(p.startDate) AS startDate, toString(p.endDate) AS endDate, coalesce(p.alternateEmails, []) AS alternateEmails,
       COLLECT {
         MATCH path = (p)-[:REPORTS_TO*1..25]->(m:Person)
         WHERE $scopeManagerId IS NULL OR m.id = $scopeManagerId OR EXISTS { (m)-[:REPORTS_TO*1..]->(:Person {id: $scopeManagerId}) }
         WITH m, length(path) AS depth ORDER BY depth
         RETURN m {.id, .employeeId, .displayName, .email, .department, .title, .status, accountCount: 0, findingCount: 0}
       } AS managerChain,
       COLLECT {
         MATCH (r:Person)-[:REPORTS_TO]->(p)
         WITH r ORDER BY r.displayName
         RETURN r {.id, .employeeId, .displayName, .email, .department, .title, .status,
                   accountCount: COUNT { MATCH (r)<-[:BELONGS_TO]-(a:Account) WHERE a.removedAt IS NULL },
                   findingCount: COUNT { MATCH (r)<-[:CONCERNS]-(:Finding) }}
       } AS reports,
       COLLECT {
         MATCH (i:Identity)-[:BELONGS_TO]->(p)
         RETURN i {.id, .idp, .login, .email, .status, .isAdmin, lastLoginAt: toString(i.lastLoginAt), lastLoginKnown: coalesce(i.activityKnown, true),
                   groups: COLLECT { MATCH (i)-[m:MEMBER_OF]->(g:IdpGroup) WHERE m.removedAt IS NULL RETURN g.name ORDER BY g.name }}
       } AS identities,
       COLLECT {
         MATCH (a:Account)-[link:BELONGS_TO]->(p)
         MATCH (a)-[:IN]->(app:App)
         WHERE a.removedAt IS NULL
         WITH a, app, link ORDER BY app.name, a.email
         RETURN a {.id, .email, .status, kind: coalesce(a.kind, 'human'), lastActiveAt: toString(a.lastActiveAt),
                   app: app {.id, .name}, linkReason: link.reason,
                   roles: COLLECT { MATCH (a)-[:HAS_ROLE]->(r:Role) RETURN r.name ORDER BY r.name },
                   privileges: COLLECT { MATCH (a)-[:HAS_ROLE]->(r:Role) RETURN r.privilege },
                   seatType: COLLECT { MATCH (a)-[:USES_SEAT]->(s:SeatType) RETURN s.name LIMIT 1 }[0],
                   findings: COLLECT { MATCH (f:Finding)-[:ABOUT]->(a) RETURN f {.*} }}
       } AS accounts`;
