/**
 * Apps, roles and seat types as imports see them. Fragments are shared with UPSERT_APPS
 * (records.queries.ts, for app settings); `row` is the app row, `role` and `seat` its role and seat
 * type rows. A person's choice (confirmedPrivilege, confirmedMonthlyCost) is never overwritten.
 */

export const APP_FIELDS = (app: string) => `
  ${app}.name = row.name, ${app}.catalogKey = coalesce(row.catalogKey, ${app}.catalogKey),
  ${app}.plan = coalesce(row.plan, ${app}.plan, row.defaultPlan),
  ${app}.ssoEnforced = coalesce(${app}.ssoEnforced, false), ${app}.scimEnabled = coalesce(${app}.scimEnabled, false),
  ${app}.lastSeenAt = datetime($now)`;

export const ROLE_FIELDS = (r: string) => `
  ${r}.name = role.name, ${r}.defaultPrivilege = role.privilege,
  ${r}.privilege = coalesce(${r}.confirmedPrivilege, role.privilege),
  ${r}.privilegeSource = CASE WHEN ${r}.confirmedPrivilege IS NULL THEN role.source ELSE 'confirmed' END`;

export const SEAT_FIELDS = (s: string, billingModel: string) => `
  ${s}.name = seat.name, ${s}.currency = seat.currency, ${s}.billingModel = ${billingModel}, ${s}.defaultMonthlyCost = seat.monthlyCost,
  ${s}.monthlyCost = coalesce(${s}.confirmedMonthlyCost, seat.monthlyCost),
  ${s}.costSource = CASE WHEN ${s}.confirmedMonthlyCost IS NULL THEN seat.source ELSE 'confirmed' END`;

/** The stored fields an import's app row may change, to tell whether it does. */
export const READ_APPS = `
UNWIND $ids AS id
MATCH (app:App {id: id})
RETURN app.id AS id, app.name AS name, app.catalogKey AS catalogKey, app.plan AS plan`;

/** Existing apps whose fields the import changes. */
export const UPDATE_APPS = `
UNWIND $rows AS row
MATCH (app:App {id: row.id})
SET ${APP_FIELDS('app')}`;

/** Every import of an app moves its last sync (lastSeenAt), whether or not it changed anything. */
export const TOUCH_APPS = `
UNWIND $ids AS id
MATCH (app:App {id: id})
SET app.lastSeenAt = datetime($now)`;

/** Changed roles of existing apps (new ones are staged). */
export const UPSERT_ROLES = `
UNWIND $rows AS role
MATCH (app:App {id: role.appId})
MERGE (r:Role {id: role.id})
SET ${ROLE_FIELDS('r')}, r.contentHash = role.contentHash
MERGE (r)-[:OF]->(app)`;

export const UPSERT_SEAT_TYPES = `
UNWIND $rows AS seat
MATCH (app:App {id: seat.appId})
MERGE (s:SeatType {id: seat.id})
ON CREATE SET s.capacity = null
SET ${SEAT_FIELDS('s', 'seat.billingModel')}, s.contentHash = seat.contentHash
MERGE (s)-[:OF]->(app)`;
