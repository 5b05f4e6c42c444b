/** Stored connections to vendor APIs. The credential is stored sealed (secret-box.ts), never in the clear. */

export const CREATE_CONNECTION = `
CREATE (c:Connection {
  id: $id, name: $name, kind: $kind, baseUrl: $baseUrl, org: $org, everyMinutes: $everyMinutes,
  sealedCredential: $sealedCredential, createdAt: $at, createdBy: $actorId
})`;

export const CONNECTION_BY_NAME = `
MATCH (c:Connection {name: $name})
RETURN c.id AS id, c.name AS name, c.kind AS kind, c.baseUrl AS baseUrl, c.org AS org, c.everyMinutes AS everyMinutes,
       c.sealedCredential AS sealedCredential, c.createdAt AS createdAt, c.lastRunAt AS lastRunAt,
       c.lastStatus AS lastStatus, c.lastMessage AS lastMessage, c.nextRunAt AS nextRunAt`;

export const LIST_CONNECTIONS = `
MATCH (c:Connection)
RETURN c.id AS id, c.name AS name, c.kind AS kind, c.baseUrl AS baseUrl, c.org AS org, c.everyMinutes AS everyMinutes,
       c.sealedCredential AS sealedCredential, c.createdAt AS createdAt, c.lastRunAt AS lastRunAt,
       c.lastStatus AS lastStatus, c.lastMessage AS lastMessage, c.nextRunAt AS nextRunAt
ORDER BY c.name`;

export const RECORD_RUN = `
MATCH (c:Connection {id: $id})
SET c.lastRunAt = $at, c.lastStatus = $status, c.lastMessage = $message, c.nextRunAt = $nextRunAt`;

export const DELETE_CONNECTION = `
MATCH (c:Connection {name: $name})
DELETE c
RETURN count(*) AS deleted`;

export const DUE_CONNECTIONS = `
MATCH (c:Connection)
WHERE c.nextRunAt IS NULL OR c.nextRunAt <= $now
RETURN c.name AS name
ORDER BY coalesce(c.nextRunAt, ''), c.name`;

export const SET_SCHEDULE = `
MATCH (c:Connection {id: $id})
SET c.everyMinutes = $everyMinutes, c.nextRunAt = $nextRunAt
RETURN c.id AS id`;

/**
 * Claims the connection's sync lease when it is free, expired or already ours. The first SET takes
 * the node's write lock before the lease is read, so of two claims at once the second reads what
 * the first committed and is refused.
 */
export const CLAIM_SYNC_LEASE = `
MATCH (c:Connection {id: $id})
SET c.syncLeaseAskedAt = $now
WITH c, (c.syncLeaseUntil IS NULL OR c.syncLeaseUntil <= $now OR c.syncLeaseOwner = $owner) AS free
SET c.syncLeaseOwner = CASE WHEN free THEN $owner ELSE c.syncLeaseOwner END,
    c.syncLeaseUntil = CASE WHEN free THEN $until ELSE c.syncLeaseUntil END
RETURN free AS claimed`;

export const RENEW_SYNC_LEASE = `
MATCH (c:Connection {id: $id})
WHERE c.syncLeaseOwner = $owner
SET c.syncLeaseUntil = $until
RETURN c.id AS id`;

export const RELEASE_SYNC_LEASE = `
MATCH (c:Connection {id: $id})
WHERE c.syncLeaseOwner = $owner
REMOVE c.syncLeaseOwner, c.syncLeaseUntil, c.syncLeaseAskedAt`;
