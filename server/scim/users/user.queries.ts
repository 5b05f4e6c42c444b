/**
 * SCIM Users are Identity nodes with idp 'scim'. A deleted user keeps its node (removedAt set,
 * status 'deprovisioned') and disappears from SCIM. `scimUserName` is the lower-case userName of
 * live SCIM users only, so a uniqueness constraint on it can guard userName without blocking reuse
 * after a delete.
 */

const LIVE = `i.idp = 'scim' AND i.removedAt IS NULL`;

const USER = `i.id AS id, i.scimResource AS resource,
  COLLECT {
    MATCH (i)-[m:MEMBER_OF]->(g:IdpGroup)
    WHERE m.removedAt IS NULL AND g.idp = 'scim' AND g.removedAt IS NULL
    RETURN g {.id, .name} ORDER BY g.name, g.id
  } AS groups`;

const ORDER = `ORDER BY i.firstSeenAt, i.id`;

export const USER_BY_ID = `
MATCH (i:Identity {id: $id})
WHERE ${LIVE}
RETURN ${USER}`;

export const USERS_BY_LOGIN = `
MATCH (i:Identity {login: $login})
WHERE ${LIVE}
RETURN ${USER}
${ORDER}`;

export const USERS_BY_EXTERNAL_ID = `
MATCH (i:Identity {source: 'scim', externalId: $externalId})
WHERE ${LIVE}
RETURN ${USER}
${ORDER}`;

export const ALL_USERS = `
MATCH (i:Identity {idp: 'scim'})
WHERE i.removedAt IS NULL
RETURN ${USER}
${ORDER}`;

export const COUNT_USERS = `
MATCH (i:Identity {idp: 'scim'})
WHERE i.removedAt IS NULL
RETURN count(i) AS total`;

export const PAGE_USERS = `
MATCH (i:Identity {idp: 'scim'})
WHERE i.removedAt IS NULL
WITH i ${ORDER}
SKIP $skip LIMIT $limit
RETURN ${USER}`;

/** Reads a user for a change and takes its write lock, so concurrent PATCHes apply one after the other. */
export const LOCK_USER = `
MATCH (i:Identity {id: $id})
WHERE ${LIVE}
SET i.lastSeenAt = datetime($now)
RETURN i.scimResource AS resource`;

export const LOGIN_TAKEN = `
MATCH (i:Identity {login: $login})
WHERE ${LIVE} AND i.id <> $id
RETURN i.id AS id
LIMIT 1`;

/** When a push first made the identity inactive (the leaver report's first sight), as the importers record it. */
const SUSPENDED_SINCE = `i.deactivatedAt = CASE WHEN coalesce($props.status, i.status) = 'active' THEN null ELSE coalesce(i.deactivatedAt, datetime($now)) END`;

export const CREATE_USER = `
CREATE (i:Identity {id: $id})
SET i += $props, i.idp = 'scim', i.source = 'scim', i.firstSeenAt = datetime($now), i.lastSeenAt = datetime($now),
    ${SUSPENDED_SINCE}`;

export const UPDATE_USER = `
MATCH (i:Identity {id: $id})
WHERE ${LIVE}
SET i += $props, i.lastSeenAt = datetime($now), ${SUSPENDED_SINCE}`;

/** Attest keeps what it learned: the identity is marked removed and deprovisioned, its memberships ended. */
export const DELETE_USER = `
MATCH (i:Identity {id: $id})
WHERE ${LIVE}
SET i.removedAt = datetime($now), i.deactivatedAt = coalesce(i.deactivatedAt, datetime($now)), i.status = 'deprovisioned', i.scimUserName = null, i.lastSeenAt = datetime($now)
WITH i
CALL (i) {
  MATCH (i)-[m:MEMBER_OF]->(:IdpGroup)
  WHERE m.removedAt IS NULL
  SET m.removedAt = datetime($now)
}
RETURN i.id AS id`;
