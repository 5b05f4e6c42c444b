/** Catalog privileges that make a role an admin role; the one place this list is written. */
export const ADMIN_PRIVILEGES = ['owner', 'admin'] as const;

/** The same list as a Cypher list literal, for `privilege IN ${ADMIN_PRIVILEGES_CYPHER}` in constant query text. */
export const ADMIN_PRIVILEGES_CYPHER = `['owner', 'admin']`;
