/** Dashboard sessions: only the SHA-256 of the cookie's token is stored, never the token. */

export const CREATE_SESSION = `
CREATE (s:Session {id: $id})
SET s.tokenHash = $tokenHash, s.userId = $userId, s.csrfToken = $csrfToken,
    s.createdAt = datetime($now), s.lastSeenAt = datetime($now), s.expiresAt = datetime($expiresAt)`;

/** Sessions past their absolute expiry or idle too long; swept at each sign-in so they do not pile up. */
export const DELETE_EXPIRED_SESSIONS = `
MATCH (s:Session)
WHERE s.expiresAt <= datetime($now) OR s.lastSeenAt <= datetime($idleSince)
DETACH DELETE s`;

export const FIND_SESSION = `
MATCH (s:Session {tokenHash: $tokenHash})
OPTIONAL MATCH (u:User {id: s.userId})
RETURN s.id AS id, s.tokenHash AS tokenHash, s.csrfToken AS csrfToken, s.lastSeenAt AS lastSeenAt, s.expiresAt AS expiresAt,
       u.id AS userId, u.email AS email, u.displayName AS displayName, u.role AS role, u.disabledAt AS disabledAt,
       COLLECT { MATCH (u)-[:IS]->(p:Person) RETURN p.id LIMIT 1 }[0] AS personId
LIMIT 1`;

export const TOUCH_SESSION = `
MATCH (s:Session {id: $id})
SET s.lastSeenAt = datetime($now)`;

export const DELETE_SESSION = `
MATCH (s:Session {id: $id})
DETACH DELETE s`;

/** The viewer of a session just created: the user and the HR person they are. */
export const READ_SESSION_VIEWER = `
MATCH (u:User {id: $userId})
RETURN u.id AS userId, u.email AS email, u.displayName AS displayName, u.role AS role, u.disabledAt AS disabledAt,
       COLLECT { MATCH (u)-[:IS]->(p:Person) RETURN p.id LIMIT 1 }[0] AS personId`;
