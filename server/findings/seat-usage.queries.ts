/**
 * Seats per app and seat type, computed with every findings refresh and stored on the SeatType.
 * "Held": live accounts using the seat that are active, or invited where the app bills at invite.
 * Held seats split four ways, each seat counted once: orphaned (an orphaned or duplicate finding),
 * inactive (an inactive-user finding), pending (an invite not yet accepted) and used (the rest).
 * Apps billed per active user (Slack fair billing) are not charged for inactive accounts.
 */
export const COMPUTE_SEAT_USAGE = `
MATCH (s:SeatType)-[:OF]->(app:App)
CALL (app, s) {
  OPTIONAL MATCH (a:Account)-[:USES_SEAT]->(s)
  WHERE a.removedAt IS NULL
    AND (a.status = 'active' OR (a.status = 'invited' AND coalesce($catalog[app.catalogKey].invitesConsumeSeat, false)))
  WITH a,
       EXISTS { (f:Finding)-[:ABOUT]->(a) WHERE f.type IN ['orphaned_account', 'duplicate_account'] } AS wasted,
       EXISTS { (f:Finding {type: 'inactive_user'})-[:ABOUT]->(a) } AS inactive
  RETURN count(a) AS held,
         count(CASE WHEN a.status = 'active' AND NOT wasted AND NOT inactive THEN 1 END) AS used,
         count(CASE WHEN inactive AND NOT wasted THEN 1 END) AS inactiveHeld,
         count(CASE WHEN a.status = 'invited' AND NOT wasted AND NOT inactive THEN 1 END) AS pendingHeld,
         count(CASE WHEN wasted THEN 1 END) AS orphanedHeld
}
SET s.held = held, s.used = used, s.inactiveHeld = inactiveHeld, s.pendingHeld = pendingHeld, s.orphanedHeld = orphanedHeld`;
