/**
 * Seats per seat type of the apps `$appIds`, computed with their findings and stored on the SeatType.
 * "Held": live accounts using the seat that are active, or invited where the app bills at invite.
 * Held seats split four ways, each seat counted once: orphaned (an orphaned or duplicate finding),
 * inactive (an inactive-user finding), pending (an invite not yet accepted) and used (the rest).
 * Apps billed per active user (Slack fair billing) are not charged for inactive accounts.
 * Each account's findings are read from the account (a few each), never looked up among all
 * findings of a type; only seat types whose figures changed are written.
 */
export const COMPUTE_SEAT_USAGE = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})<-[:OF]-(s:SeatType)
CALL (app, s) {
  OPTIONAL MATCH (a:Account)-[:USES_SEAT]->(s)
  WHERE a.removedAt IS NULL
    AND (a.status = 'active' OR (a.status = 'invited' AND coalesce($catalog[app.catalogKey].invitesConsumeSeat, false)))
  WITH a, COLLECT { MATCH (a)<-[:ABOUT]-(f:Finding) RETURN f.type } AS types
  WITH a,
       any(type IN types WHERE type IN ['orphaned_account', 'duplicate_account']) AS wasted,
       'inactive_user' IN types AS inactive
  RETURN count(a) AS held,
         count(CASE WHEN a.status = 'active' AND NOT wasted AND NOT inactive THEN 1 END) AS used,
         count(CASE WHEN inactive AND NOT wasted THEN 1 END) AS inactiveHeld,
         count(CASE WHEN a.status = 'invited' AND NOT wasted AND NOT inactive THEN 1 END) AS pendingHeld,
         count(CASE WHEN wasted THEN 1 END) AS orphanedHeld
}
WITH s, held, used, inactiveHeld, pendingHeld, orphanedHeld
WHERE [coalesce(s.held, -1), coalesce(s.used, -1), coalesce(s.inactiveHeld, -1), coalesce(s.pendingHeld, -1), coalesce(s.orphanedHeld, -1)]
      <> [held, used, inactiveHeld, pendingHeld, orphanedHeld]
SET s.held = held, s.used = used, s.inactiveHeld = inactiveHeld, s.pendingHeld = pendingHeld, s.orphanedHeld = orphanedHeld`;
