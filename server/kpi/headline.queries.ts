/**
 * Headline counts, read from what each app's findings refresh stores on it (STORE_APP_COUNTS: live
 * accounts by status, findings by type) and from the count store, instead of reading every account
 * and finding. An app the refresh has not stored yet (a database from before these figures, or an
 * app an import added since) is counted live. Accounts in no app (written by hand) are counted live
 * too, and only when the count store says there are any. Active people: everyone less those on leave
 * or gone (the fewer, through the person_status index).
 */
export const HEADLINE_COUNTS = `
CALL () {
  MATCH (app:App)
  CALL (app) {
    WITH app WHERE app.countStatuses IS NULL
    MATCH (a:Account)-[:IN]->(app)
    WHERE a.removedAt IS NULL AND NOT coalesce(a.status = 'deactivated', false)
    RETURN count(a) AS unstoredAccounts
  }
  CALL (app) {
    WITH app WHERE app.findingTypes IS NULL
    MATCH (f:Finding)-[:IN_APP]->(app)
    WITH f.type AS type, count(f) AS count, toFloat(sum(f.monthlyCost)) AS cost
    RETURN collect({type: type, count: count, cost: cost}) AS unstoredFindings
  }
  WITH app, unstoredAccounts, unstoredFindings,
       reduce(total = 0, i IN range(0, size(coalesce(app.countStatuses, [])) - 1) |
         total + CASE WHEN app.countStatuses[i] = 'deactivated' THEN 0 ELSE app.countByStatus[i] END) AS storedAccounts,
       [i IN range(0, size(coalesce(app.findingTypes, [])) - 1) |
         {type: app.findingTypes[i], count: app.findingCountByType[i], cost: app.findingCostByType[i]}] AS storedFindings
  RETURN count(app) AS apps, sum(storedAccounts + unstoredAccounts) AS appAccounts,
         reduce(all = [], list IN collect(storedFindings + unstoredFindings) | all + list) AS appFindings
}
CALL () {
  WITH COUNT { MATCH (:Account) } - COUNT { MATCH (:Account)-[:IN]->() } AS outsideApps
  CALL (outsideApps) {
    // LIMIT keeps the planner from scanning every account before it looks at the count.
    WITH outsideApps WHERE outsideApps > 0 LIMIT 1
    MATCH (a:Account) WHERE NOT EXISTS { (a)-[:IN]->(:App) }
      AND a.removedAt IS NULL AND NOT coalesce(a.status = 'deactivated', false)
    RETURN count(a) AS accountsOutsideApps
  }
  RETURN accountsOutsideApps
}
RETURN COUNT { MATCH (p:Person) } AS people,
       COUNT { MATCH (p:Person) } - COUNT { MATCH (p:Person) WHERE p.status IN ['leave', 'terminated'] } AS activePeople,
       apps,
       appAccounts + accountsOutsideApps AS accounts,
       COLLECT { UNWIND appFindings AS finding
                 WITH finding.type AS type, sum(finding.count) AS n, sum(finding.cost) AS cost
                 RETURN {type: type, count: n, cost: cost} } AS findings`;
