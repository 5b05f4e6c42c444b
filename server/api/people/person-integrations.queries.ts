/** Integrations a person enabled (workspace credentials) or authorized (personal OAuth) through any of their accounts. */
export const PERSON_INTEGRATIONS = `
MATCH (:Person {id: $personId})<-[:BELONGS_TO]-(a:Account)<-[how:ENABLED_BY|AUTHORIZED_BY]-(n:Integration)-[:IN]->(app:App)
WHERE n.removedAt IS NULL
RETURN n {.id, .name, .mode, scopes: coalesce(n.scopes, []), enabledAt: toString(n.enabledAt), lastUsedAt: toString(n.lastUsedAt)} AS integration,
       type(how) AS how, app {.id, .name} AS app, a {.id, .email, .status} AS account,
       [(f:Finding {type: 'integration_left_behind'})-[:ABOUT]->(a) WHERE f.id ENDS WITH ':' + n.id | f.id][0] AS leftBehindFindingId
ORDER BY app.name, n.name`;
