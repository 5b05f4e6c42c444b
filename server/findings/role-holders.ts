/** Holders the app page lists per role; the findings refresh stores that many on each large role (role-holders.queries.ts). */
export const ROLE_HOLDERS_SHOWN = 500;
/** A role held by more accounts than this has its first holders stored; sorting fewer when the page is read is cheap. */
export const LARGE_ROLE = 2_000;
/** Holders the app page shows per role at first, and after each "Show more"; at most ROLE_HOLDERS_SHOWN a page. */
export const ROLE_HOLDER_PAGE = 100;
