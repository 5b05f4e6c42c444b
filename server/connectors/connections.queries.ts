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
