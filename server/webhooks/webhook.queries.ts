/** Webhook endpoints (WebhookEndpoint) and their outbox (WebhookDelivery, one per event and endpoint). */

export const CREATE_ENDPOINT = `CREATE (w:WebhookEndpoint) SET w = $endpoint RETURN w.id AS id`;

export const LIST_ENDPOINTS = `
MATCH (w:WebhookEndpoint)
RETURN w.id AS id, w.url AS url, w.events AS events, w.createdAt AS createdAt
ORDER BY w.createdAt, w.id`;

export const DELETE_ENDPOINT = `
MATCH (w:WebhookEndpoint {id: $id})
OPTIONAL MATCH (w)-[:QUEUED]->(d:WebhookDelivery)
DETACH DELETE w, d
RETURN count(*) AS deleted`;

/** One delivery per endpoint that subscribes to the event, written in the caller's transaction. */
export const ENQUEUE = `
MATCH (w:WebhookEndpoint) WHERE $event IN w.events
CREATE (w)-[:QUEUED]->(d:WebhookDelivery {
  id: randomUUID(), endpointId: w.id, event: $event, payload: $payload, status: 'pending',
  attempts: 0, nextAttemptAt: $now, createdAt: $now, lastError: null})
RETURN count(d) AS queued`;

/**
 * Claiming, step 1: takes the write lock of up to $limit due, unclaimed deliveries. A pass that
 * matched one another pass is claiming waits here until that one commits.
 */
export const LOCK_DUE = `
MATCH (:WebhookEndpoint)-[:QUEUED]->(d:WebhookDelivery {status: 'pending'})
WHERE d.nextAttemptAt <= $now AND (d.claimedUntil IS NULL OR d.claimedUntil <= $now)
WITH d ORDER BY d.createdAt, d.id LIMIT $limit
SET d.claimLock = $claimant
RETURN d.id AS id`;

/**
 * Claiming, step 2, in the same transaction: with the locks held, reads each delivery again (as the
 * other pass left it) and leases to $claimant until $until only those still due and unclaimed, so
 * two processes never send the same delivery.
 */
export const CLAIM_LOCKED = `
MATCH (w:WebhookEndpoint)-[:QUEUED]->(d:WebhookDelivery)
WHERE d.id IN $ids AND d.status = 'pending' AND d.nextAttemptAt <= $now AND (d.claimedUntil IS NULL OR d.claimedUntil <= $now)
SET d.claimedBy = $claimant, d.claimedUntil = $until
RETURN d.id AS id, d.event AS event, d.payload AS payload, d.attempts AS attempts, w.url AS url, w.sealedSecret AS sealedSecret
ORDER BY d.createdAt, d.id`;

export const RECORD_ATTEMPT = `
MATCH (d:WebhookDelivery {id: $id})
SET d.status = $status, d.attempts = d.attempts + 1, d.nextAttemptAt = $nextAttemptAt, d.lastError = $lastError,
    d.lastAttemptAt = $now, d.lastStatusCode = $statusCode, d.claimedUntil = null, d.claimedBy = null, d.claimLock = null`;

export const LIST_DELIVERIES = `
MATCH (d:WebhookDelivery)
RETURN d.id AS id, d.endpointId AS endpointId, d.event AS event, d.status AS status, d.attempts AS attempts,
       d.nextAttemptAt AS nextAttemptAt, d.lastError AS lastError, d.payload AS payload
ORDER BY d.createdAt, d.id`;

/** Redelivery: the delivery goes back to pending, due now, with its attempts counted afresh. */
export const REDELIVER = `
MATCH (d:WebhookDelivery {id: $id})
SET d.status = 'pending', d.attempts = 0, d.nextAttemptAt = $now
RETURN d.id AS id, d.event AS event, d.endpointId AS endpointId`;

export const COUNT_DELIVERIES = `MATCH (d:WebhookDelivery) RETURN count(d) AS total`;

/** Newest first; the endpoint's URL is masked by the caller before it is shown. */
export const RECENT_DELIVERIES = `
MATCH (d:WebhookDelivery)
OPTIONAL MATCH (w:WebhookEndpoint)-[:QUEUED]->(d)
RETURN d.id AS id, d.endpointId AS endpointId, w.url AS url, d.event AS event, d.status AS status, d.attempts AS attempts,
       d.createdAt AS createdAt, d.lastAttemptAt AS lastAttemptAt, d.nextAttemptAt AS nextAttemptAt, d.lastError AS lastError,
       d.lastStatusCode AS statusCode
ORDER BY d.createdAt DESC, d.id DESC
SKIP $offset LIMIT $limit`;
