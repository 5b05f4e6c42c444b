/**
 * Each role's first live holders by email (then id), stored on the role by the findings refresh of
 * its app, so the app page lists them by id instead of sorting every holder of a large role.
 */
export const STORE_FIRST_HOLDERS = `
UNWIND $appIds AS appId
MATCH (r:Role)-[:OF]->(:App {id: appId})
CALL (r) {
  MATCH (r)<-[:HAS_ROLE]-(a:Account)
  WHERE a.removedAt IS NULL
  WITH a ORDER BY a.email, a.id LIMIT $limit
  RETURN collect(a.id) AS ids
}
WITH r, ids WHERE r.firstHolderIds IS NULL OR r.firstHolderIds <> ids
SET r.firstHolderIds = ids`;
