import { ADMIN_PRIVILEGES_CYPHER } from '../catalog/privilege.js';

/**
 * An app's headline counts, as two subqueries over `app`: one pass over its live accounts, and its
 * admins found from the app's owner and admin roles, whose holders are few, instead of expanding
 * every account's roles (an account only holds roles of its own app).
 */
export const APP_COUNT_SUBQUERIES = `
CALL (app) {
  MATCH (a:Account)-[:IN]->(app)
  WHERE a.removedAt IS NULL
  WITH a.status AS status, count(a) AS count
  ORDER BY status
  RETURN collect({status: status, count: count}) AS byStatus
}
CALL (app) {
  MATCH (app)<-[:OF]-(r:Role)<-[:HAS_ROLE]-(a:Account)-[:IN]->(app)
  WHERE r.privilege IN ${ADMIN_PRIVILEGES_CYPHER} AND a.removedAt IS NULL AND a.status = 'active'
  WITH DISTINCT a
  RETURN count(a) AS adminCount,
         count(CASE WHEN EXISTS { (a)-[:BELONGS_TO]->(:Person {status: 'active'}) } THEN 1 END) AS effectiveAdminCount
}`;

/**
 * Stores the counts of the apps `$appIds` on their App nodes, with their findings refresh (which
 * follows every import, ownership decision and SCIM burst), so the apps list and the app page read
 * them instead of every account: its live accounts by status too (countStatuses, with
 * countByStatus at the same places). Only apps whose counts changed are written.
 */
export const STORE_APP_COUNTS = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})
${APP_COUNT_SUBQUERIES}
WITH app, [s IN byStatus | s.status] AS statuses, [s IN byStatus | s.count] AS byStatusCounts,
     [reduce(total = 0, s IN byStatus | total + s.count),
      coalesce([s IN byStatus WHERE s.status = 'invited' | s.count][0], 0),
      adminCount,
      effectiveAdminCount,
      COUNT { MATCH (f:Finding)-[:IN_APP]->(app) }] AS counts
WHERE [coalesce(app.countAccounts, -1), coalesce(app.countPendingInvites, -1), coalesce(app.countAdmins, -1),
       coalesce(app.countEffectiveAdmins, -1), coalesce(app.countFindings, -1)] <> counts
   OR app.countStatuses IS NULL OR app.countStatuses <> statuses OR app.countByStatus <> byStatusCounts
SET app.countAccounts = counts[0],
    app.countPendingInvites = counts[1],
    app.countAdmins = counts[2],
    app.countEffectiveAdmins = counts[3],
    app.countFindings = counts[4],
    app.countStatuses = statuses,
    app.countByStatus = byStatusCounts`;
