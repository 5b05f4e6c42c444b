/**
 * The first live holders by email (then id) of each large role, stored on the role by the findings
 * refresh of its app, so the app page lists them by id instead of sorting every holder of a role
 * with thousands; a role with fewer is sorted when the page is read, and loses what was stored.
 */
export const STORE_FIRST_HOLDERS = `
UNWIND $appIds AS appId
MATCH (r:Role)-[:OF]->(:App {id: appId})
WITH r, COUNT { (r)<-[:HAS_ROLE]-() } > $largeRole AS large
WHERE large OR r.firstHolderIds IS NOT NULL
CALL (r, large) {
  MATCH (r)<-[:HAS_ROLE]-(a:Account)
  WHERE large AND a.removedAt IS NULL
  WITH a ORDER BY a.email, a.id LIMIT $limit
  RETURN collect(a.id) AS ids
}
WITH r, CASE WHEN large THEN ids END AS ids
WHERE r.firstHolderIds IS NULL OR ids IS NULL OR r.firstHolderIds <> ids
SET r.firstHolderIds = ids`;
