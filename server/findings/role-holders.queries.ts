/**
 * The first live holders by email (then id) of each large role, and how many live holders it has,
 * stored on the role by the findings refresh of its app, so the app page lists them by id instead of
 * sorting every holder of a role with thousands and counts them without reading each; a role with
 * fewer is sorted and counted when the page is read, and loses what was stored.
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
WITH r, large, CASE WHEN large THEN ids END AS ids,
     CASE WHEN large THEN COUNT { MATCH (r)<-[:HAS_ROLE]-(a:Account) WHERE a.removedAt IS NULL } END AS live
WHERE r.firstHolderIds IS NULL OR ids IS NULL OR r.firstHolderIds <> ids OR coalesce(r.liveHolderCount, -1) <> coalesce(live, -1)
SET r.firstHolderIds = ids, r.liveHolderCount = live`;
