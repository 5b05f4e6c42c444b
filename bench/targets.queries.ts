/** What the query benchmark asks about, chosen from the loaded graph (not from the generator's files). */

/** The app with the most live accounts (the count the findings refresh stores; counted when missing). */
export const LARGEST_APP = `
MATCH (app:App)
RETURN app.id AS id, app.name AS name,
       coalesce(app.countAccounts, COUNT { MATCH (a:Account)-[:IN]->(app) WHERE a.removedAt IS NULL }) AS accounts
ORDER BY accounts DESC, app.name
LIMIT 1`;

/** The active person with the most reports, direct or not (the top of the organization). */
export const LARGEST_MANAGER = `
MATCH (top:Person)
WHERE top.status = 'active' AND NOT EXISTS { (top)-[:REPORTS_TO]->(:Person) } AND EXISTS { (:Person)-[:REPORTS_TO]->(top) }
WITH top, COUNT { MATCH (r:Person)-[:REPORTS_TO*1..25]->(top) } AS reports
ORDER BY reports DESC, top.id
LIMIT 1
RETURN top.id AS id, top.email AS email, reports`;

/** Managers of a few people each, for person pages: spread over the organization by id. */
export const SOME_MANAGERS = `
MATCH (m:Person)
WHERE EXISTS { (:Person)-[:REPORTS_TO]->(m) }
WITH m ORDER BY m.id
LIMIT $limit
RETURN m.id AS id`;

/** Last names to search people by. */
export const SOME_LAST_NAMES = `
MATCH (p:Person)
WHERE p.lastName IS NOT NULL
WITH p ORDER BY p.id
LIMIT $limit
RETURN p.lastName AS lastName`;

export const LOADED = `RETURN COUNT { MATCH (app:App) } AS apps`;
