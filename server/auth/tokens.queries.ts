/** API tokens: only the SHA-256 of a token is stored; the token itself is shown once, at creation. */

export const CREATE_TOKEN = `
CREATE (t:ApiToken {id: $id})
SET t.hash = $hash, t.scope = $scope, t.label = $label, t.createdAt = datetime($now), t.lastUsedAt = null`;

export const FIND_TOKEN_BY_HASH = `
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t.id AS id, t.hash AS hash, t.scope AS scope, t.label AS label, t.lastUsedAt AS lastUsedAt
LIMIT 1`;

/** Records use at most once a minute, so a busy client does not turn every request into a write. */
export const TOUCH_TOKEN = `
MATCH (t:ApiToken {id: $id})
WHERE t.lastUsedAt IS NULL OR t.lastUsedAt < datetime($now) - duration({minutes: 1})
SET t.lastUsedAt = datetime($now)`;

export const REVOKE_TOKEN = `
MATCH (t:ApiToken {id: $id})
WHERE t.revokedAt IS NULL
SET t.revokedAt = datetime($now)
RETURN t.id AS id`;

export const LIST_TOKENS = `
MATCH (t:ApiToken)
RETURN t.id AS id, t.scope AS scope, t.label AS label, t.createdAt AS createdAt, t.lastUsedAt AS lastUsedAt, t.revokedAt AS revokedAt
ORDER BY t.createdAt, t.id`;
