import { BILLED_SEAT_HOLDER } from './rules/account-context.js';

/**
 * Seats per seat type of the apps `$appIds`, computed with their findings and stored on the SeatType.
 * "Held": live accounts using the seat that the vendor bills (BILLED_SEAT_HOLDER: active, invited
 * where the app bills at invite, suspended where suspending keeps the licence). Each held seat is
 * counted once, under the first of the account's findings in `$causes` (WASTE_CAUSES order:
 * orphaned, duplicate, inactive, pending, suspended), or as used when it has none; in an app billed
 * per active user an inactive account counts as inactive first (it is not billed). Each account's
 * findings are read from the account (a few each), never looked up among all findings of a type;
 * only seat types whose figures changed are written.
 */
export const COMPUTE_SEAT_USAGE = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})<-[:OF]-(s:SeatType)
CALL (app, s) {
  OPTIONAL MATCH (a:Account)-[:USES_SEAT]->(s)
  WHERE a.removedAt IS NULL AND ${BILLED_SEAT_HOLDER}
  WITH a, COLLECT { MATCH (a)<-[:ABOUT]-(f:Finding) RETURN f.type } AS types
  WITH a, CASE WHEN $catalog[app.catalogKey].billingModel = 'per_active_user' AND 'inactive_user' IN types THEN 'inactive_user'
               ELSE head([cause IN $causes WHERE cause IN types]) END AS cause
  RETURN count(a) AS held,
         count(CASE WHEN a.status = 'active' AND cause IS NULL THEN 1 END) AS used,
         count(CASE WHEN cause = 'inactive_user' THEN 1 END) AS inactiveHeld,
         count(CASE WHEN cause = 'pending_invite' OR (a.status = 'invited' AND cause IS NULL) THEN 1 END) AS pendingHeld,
         count(CASE WHEN cause = 'orphaned_account' THEN 1 END) AS orphanedHeld,
         count(CASE WHEN cause = 'duplicate_account' THEN 1 END) AS duplicateHeld,
         count(CASE WHEN cause = 'suspended_seat' OR (a.status = 'suspended' AND cause IS NULL) THEN 1 END) AS suspendedHeld
}
WITH s, held, used, inactiveHeld, pendingHeld, orphanedHeld, duplicateHeld, suspendedHeld
WHERE [coalesce(s.held, -1), coalesce(s.used, -1), coalesce(s.inactiveHeld, -1), coalesce(s.pendingHeld, -1), coalesce(s.orphanedHeld, -1),
       coalesce(s.duplicateHeld, -1), coalesce(s.suspendedHeld, -1)]
      <> [held, used, inactiveHeld, pendingHeld, orphanedHeld, duplicateHeld, suspendedHeld]
SET s.held = held, s.used = used, s.inactiveHeld = inactiveHeld, s.pendingHeld = pendingHeld, s.orphanedHeld = orphanedHeld,
    s.duplicateHeld = duplicateHeld, s.suspendedHeld = suspendedHeld`;
