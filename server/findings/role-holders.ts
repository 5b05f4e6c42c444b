/** Holders the app page lists per role; the findings refresh stores that many on each role (role-holders.queries.ts). */
export const ROLE_HOLDERS_SHOWN = 500;
