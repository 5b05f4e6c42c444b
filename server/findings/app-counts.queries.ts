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

/** The accounts the activity histogram counts: live, active, and whose import gave their activity (as the inactive-user rule). */
export const COUNTS_FOR_ACTIVITY = (a: string) =>
  `${a}.removedAt IS NULL AND ${a}.status = 'active' AND coalesce(${a}.activityKnown, true)`;

/**
 * Stores the counts of the apps `$appIds` on their App nodes, with their findings refresh (which
 * follows every import, ownership decision and SCIM burst), so the apps list, the app page and the
 * overview's headline (kpi/headline.queries.ts) read them instead of every account and finding: its
 * live accounts by status (countStatuses, with countByStatus at the same places) and its findings by
 * type (findingTypes, with findingCountByType and findingCostByType, the sum of their monthlyCost);
 * and for the activity histogram (api/trends/activity.queries.ts) its active accounts by the day of
 * their last activity (activityDays, with activityDayCounts; activityNeverUsed for none), which no
 * passing day changes. Only apps whose counts changed are written.
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
      COUNT { MATCH (f:Finding)-[:IN_APP]->(app) }] AS counts,
     COLLECT { MATCH (f:Finding)-[:IN_APP]->(app)
               WITH f.type AS type, count(f) AS count, toFloat(sum(f.monthlyCost)) AS cost ORDER BY type
               RETURN {type: type, count: count, cost: cost} } AS byType,
     COLLECT { MATCH (a:Account)-[:IN]->(app) WHERE ${COUNTS_FOR_ACTIVITY('a')}
               WITH date(a.lastActiveAt) AS day, count(*) AS count ORDER BY day
               RETURN [day, count] } AS byDay
WITH app, statuses, byStatusCounts, counts,
     [t IN byType | t.type] AS findingTypes, [t IN byType | t.count] AS findingCounts, [t IN byType | t.cost] AS findingCosts,
     [d IN byDay WHERE d[0] IS NOT NULL | d[0]] AS activityDays, [d IN byDay WHERE d[0] IS NOT NULL | d[1]] AS activityDayCounts,
     coalesce([d IN byDay WHERE d[0] IS NULL | d[1]][0], 0) AS activityNeverUsed
WHERE [coalesce(app.countAccounts, -1), coalesce(app.countPendingInvites, -1), coalesce(app.countAdmins, -1),
       coalesce(app.countEffectiveAdmins, -1), coalesce(app.countFindings, -1)] <> counts
   OR app.countStatuses IS NULL OR app.countStatuses <> statuses OR app.countByStatus <> byStatusCounts
   OR app.findingTypes IS NULL OR app.findingTypes <> findingTypes
   OR app.findingCountByType <> findingCounts OR app.findingCostByType <> findingCosts
   OR app.activityDays IS NULL OR app.activityDays <> activityDays OR app.activityDayCounts <> activityDayCounts
   OR app.activityNeverUsed <> activityNeverUsed
SET app.countAccounts = counts[0],
    app.countPendingInvites = counts[1],
    app.countAdmins = counts[2],
    app.countEffectiveAdmins = counts[3],
    app.countFindings = counts[4],
    app.countStatuses = statuses,
    app.countByStatus = byStatusCounts,
    app.findingTypes = findingTypes,
    app.findingCountByType = findingCounts,
    app.findingCostByType = findingCosts,
    app.activityDays = activityDays,
    app.activityDayCounts = activityDayCounts,
    app.activityNeverUsed = activityNeverUsed`;
