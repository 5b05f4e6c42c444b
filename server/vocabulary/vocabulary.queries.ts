/**
 * Roles and seat types in the customer's words: which ones wait for a person to say what they are,
 * and that person's choice. Roles and seat types imported before privilegeSource / costSource
 * existed all came from the catalog.
 */

const ROLE_HOLDERS = `COUNT { (a:Account)-[:HAS_ROLE]->(r) WHERE a.removedAt IS NULL }`;
const SEAT_HOLDERS = `COUNT { (a:Account)-[:USES_SEAT]->(s) WHERE a.removedAt IS NULL }`;
const ROLE = (holders: string) =>
  `r {.id, .name, .privilege, privilegeSource: coalesce(r.privilegeSource, 'catalog'), defaultPrivilege: coalesce(r.defaultPrivilege, r.privilege), holders: ${holders}}`;
const SEAT = (holders: string) =>
  `s {.id, .name, .monthlyCost, currency: coalesce(s.currency, 'USD'), costSource: coalesce(s.costSource, 'catalog'), defaultMonthlyCost: CASE WHEN s.costSource = 'confirmed' THEN s.defaultMonthlyCost ELSE coalesce(s.defaultMonthlyCost, s.monthlyCost) END, holders: ${holders}}`;

/**
 * Per app, its roles whose privilege was read from the name and its seat types whose cost is assumed
 * or unknown, each with its live holders; with $all, every role and seat type. Apps with nothing to
 * show are left out.
 */
export const LIST_VOCABULARY = `
MATCH (app:App)
WHERE $appId IS NULL OR app.id = $appId
WITH app,
     COLLECT {
       MATCH (r:Role)-[:OF]->(app)
       WHERE $all OR r.privilegeSource = 'inferred'
       WITH r, ${ROLE_HOLDERS} AS holders
       WHERE $all OR holders > 0
       RETURN ${ROLE('holders')} AS role ORDER BY role.name
     } AS roles,
     COLLECT {
       MATCH (s:SeatType)-[:OF]->(app)
       WHERE $all OR s.costSource IN ['assumed', 'unknown']
       WITH s, ${SEAT_HOLDERS} AS holders
       WHERE $all OR holders > 0
       RETURN ${SEAT('holders')} AS seat ORDER BY seat.name
     } AS seatTypes
WHERE size(roles) > 0 OR size(seatTypes) > 0
RETURN app {.id, .name, .catalogKey} AS app, roles, seatTypes
ORDER BY app.name`;

/** A role of an app named by id or name (any case), by id or name (any case). */
export const FIND_ROLE = `
MATCH (r:Role)-[:OF]->(app:App)
WHERE (app.id = $app OR toLower(app.name) = toLower($app)) AND (r.id = $role OR toLower(r.name) = toLower($role))
RETURN r.id AS id
LIMIT 1`;

export const FIND_SEAT_TYPE = `
MATCH (s:SeatType)-[:OF]->(app:App)
WHERE (app.id = $app OR toLower(app.name) = toLower($app)) AND (s.id = $seatType OR toLower(s.name) = toLower($seatType))
RETURN s.id AS id
LIMIT 1`;

export const READ_ROLE = `
MATCH (r:Role {id: $id})-[:OF]->(app:App)
RETURN ${ROLE(ROLE_HOLDERS)} AS role, app {.id, .name, .catalogKey} AS app`;

export const READ_SEAT_TYPE = `
MATCH (s:SeatType {id: $id})-[:OF]->(app:App)
RETURN ${SEAT(SEAT_HOLDERS)} AS seat, app {.id, .name, .catalogKey} AS app`;

/** A person's choice, kept apart from the imported default so a re-import never overwrites it (records.queries.ts UPSERT_APPS). */
export const CONFIRM_PRIVILEGE = `
MATCH (r:Role {id: $id})
SET r.defaultPrivilege = coalesce(r.defaultPrivilege, r.privilege), r.confirmedPrivilege = $privilege, r.privilege = $privilege, r.privilegeSource = 'confirmed'`;

export const CONFIRM_SEAT_COST = `
MATCH (s:SeatType {id: $id})
SET s.defaultMonthlyCost = coalesce(s.defaultMonthlyCost, s.monthlyCost), s.confirmedMonthlyCost = $monthlyCost, s.monthlyCost = $monthlyCost, s.costSource = 'confirmed'`;
