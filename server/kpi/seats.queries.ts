/** Reads the seat figures stored by COMPUTE_SEAT_USAGE (refreshed with the findings), so the overview stays fast. */
export const SEATS_BY_APP = `
MATCH (app:App)
WHERE $appId IS NULL OR app.id = $appId
OPTIONAL MATCH (s:SeatType)-[:OF]->(app)
RETURN app.id AS appId, app.name AS appName, app.catalogKey AS catalogKey,
       s.id AS seatTypeId, s.name AS seatType, coalesce(s.monthlyCost, 0.0) AS monthlyCost, coalesce(s.costSource, 'catalog') AS costSource, coalesce(s.currency, 'USD') AS currency,
       s.capacity AS capacity, coalesce(s.held, 0) AS held, coalesce(s.used, 0) AS used, coalesce(s.inactiveHeld, 0) AS inactiveHeld,
       coalesce(s.pendingHeld, 0) AS pendingHeld, coalesce(s.orphanedHeld, 0) AS orphanedHeld,
       coalesce(s.duplicateHeld, 0) AS duplicateHeld, coalesce(s.suspendedHeld, 0) AS suspendedHeld`;
