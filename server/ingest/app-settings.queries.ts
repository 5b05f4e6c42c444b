/** Sets what the settings give (a null parameter keeps the stored value) and the purchased seats per seat type. */
export const APPLY_SETTINGS = `
MATCH (app:App {id: $id})
SET app.plan = coalesce($plan, app.plan),
    app.ssoEnforced = coalesce($ssoEnforced, app.ssoEnforced),
    app.scimEnabled = coalesce($scimEnabled, app.scimEnabled),
    app.ownerRef = CASE WHEN $ownerEmail IS NULL THEN app.ownerRef ELSE toLower($ownerEmail) END,
    app.inactivityDays = coalesce($thresholds.inactivityDays, app.inactivityDays),
    app.minimumAdmins = coalesce($thresholds.minimumAdmins, app.minimumAdmins),
    app.inviteExpiryDays = coalesce($thresholds.inviteExpiryDays, app.inviteExpiryDays),
    app.leaverSlaHours = coalesce($thresholds.leaverSlaHours, app.leaverSlaHours)
WITH app
UNWIND $seats AS seat
MATCH (s:SeatType {name: seat.name})-[:OF]->(app)
SET s.capacity = seat.capacity`;

/** The settings an app has now, as the audit log records them before and after a change. */
export const READ_SETTINGS = `
MATCH (app:App {id: $id})
RETURN app {.name, .catalogKey, .plan, .ssoEnforced, .scimEnabled, .ownerRef, .inactivityDays, .minimumAdmins, .inviteExpiryDays, .leaverSlaHours,
            seats: COLLECT { MATCH (s:SeatType)-[:OF]->(app) RETURN s {.name, .capacity} ORDER BY s.name }} AS settings`;
