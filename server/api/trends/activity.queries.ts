/**
 * Live active accounts by days since their last activity, in apps that give activity data and for
 * accounts whose import gave it (the same scope as the inactive-user rule). Never-used accounts are
 * counted apart.
 */
export const ACTIVITY_HISTOGRAM = `
MATCH (a:Account)-[:IN]->(app:App)
WHERE a.removedAt IS NULL AND a.status = 'active' AND coalesce(a.activityKnown, true)
  AND app.catalogKey IN $activityApps
WITH CASE WHEN a.lastActiveAt IS NULL THEN -1 ELSE duration.inDays(a.lastActiveAt, datetime($now)).days END AS days
RETURN CASE
         WHEN days < 0 THEN 'never'
         WHEN days <= 7 THEN '0-7'
         WHEN days <= 30 THEN '8-30'
         WHEN days <= 60 THEN '31-60'
         WHEN days <= 90 THEN '61-90'
         WHEN days <= 180 THEN '91-180'
         WHEN days <= 365 THEN '181-365'
         ELSE '366+' END AS bucket,
       count(*) AS accounts`;
