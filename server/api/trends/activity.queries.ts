import { COUNTS_FOR_ACTIVITY } from '../../findings/app-counts.queries.js';

/**
 * Live active accounts by the day of their last activity (null: never used), in apps that give
 * activity data and for accounts whose import gave it (the same scope as the inactive-user rule).
 * Read from what each app's findings refresh stored (STORE_APP_COUNTS), which no passing day changes;
 * an app without them (a database from before them, an app an import added since) is counted live.
 * The service sorts the days into ranges as of "now".
 */
export const ACTIVITY_DAYS = `
MATCH (app:App) WHERE app.catalogKey IN $activityApps
CALL (app) {
  WITH app WHERE app.activityDays IS NOT NULL
  UNWIND range(0, size(app.activityDays) - 1) AS i
  RETURN app.activityDays[i] AS day, app.activityDayCounts[i] AS accounts
  UNION ALL
  WITH app WHERE app.activityDays IS NOT NULL
  RETURN null AS day, app.activityNeverUsed AS accounts
  UNION ALL
  WITH app WHERE app.activityDays IS NULL
  MATCH (a:Account)-[:IN]->(app) WHERE ${COUNTS_FOR_ACTIVITY('a')}
  RETURN date(a.lastActiveAt) AS day, count(*) AS accounts
}
WITH day, sum(accounts) AS accounts
RETURN toString(day) AS day, accounts`;
