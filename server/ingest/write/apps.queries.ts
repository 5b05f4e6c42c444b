import {
  APP,
  APP_CREATED,
  IMPORTED_ROLE,
  IMPORTED_SEAT_TYPE,
  NEW_APP,
  NEW_ROLE,
  NEW_SEAT_TYPE,
  ROLE,
  SEAT_TYPE,
  SEAT_TYPE_CREATED,
} from './app-fields.queries.js';
import { setFragment } from './fields.queries.js';

/**
 * Apps, roles and seat types as imports see them (their fields: app-fields.queries.ts). Fragments
 * are shared with UPSERT_APPS (records.queries.ts, for app settings); `row` is the app row, `role`
 * and `seat` its role and seat type rows.
 */

export const APP_CREATE_FIELDS = (app: string): string => setFragment(APP_CREATED, app);
export const APP_FIELDS = (app: string): string => setFragment(APP, app);
export const NEW_APP_FIELDS = (app: string): string => setFragment(NEW_APP, app);
export const ROLE_FIELDS = (r: string): string => setFragment(ROLE, r, 'role');
export const IMPORTED_ROLE_FIELDS = (r: string): string => setFragment(IMPORTED_ROLE, r, 'role');
export const NEW_ROLE_FIELDS = (r: string): string => setFragment(NEW_ROLE, r, 'role');
export const SEAT_CREATE_FIELDS = (s: string): string => setFragment(SEAT_TYPE_CREATED, s, 'seat');
export const SEAT_FIELDS = (s: string): string => setFragment(SEAT_TYPE, s, 'seat');
export const IMPORTED_SEAT_FIELDS = (s: string): string => setFragment(IMPORTED_SEAT_TYPE, s, 'seat');
export const NEW_SEAT_FIELDS = (s: string): string => setFragment(NEW_SEAT_TYPE, s, 'seat');

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
SET ${IMPORTED_ROLE_FIELDS('r')}
MERGE (r)-[:OF]->(app)`;

export const UPSERT_SEAT_TYPES = `
UNWIND $rows AS seat
MATCH (app:App {id: seat.appId})
MERGE (s:SeatType {id: seat.id})
ON CREATE SET ${SEAT_CREATE_FIELDS('s')}
SET ${IMPORTED_SEAT_FIELDS('s')}
MERGE (s)-[:OF]->(app)`;
