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

export const DUE_DELIVERIES = `
MATCH (w:WebhookEndpoint)-[:QUEUED]->(d:WebhookDelivery {status: 'pending'})
WHERE d.nextAttemptAt <= $now
RETURN d.id AS id, d.event AS event, d.payload AS payload, d.attempts AS attempts, w.url AS url, w.sealedSecret AS sealedSecret
ORDER BY d.createdAt, d.id
LIMIT $limit`;

export const RECORD_ATTEMPT = `
MATCH (d:WebhookDelivery {id: $id})
SET d.status = $status, d.attempts = d.attempts + 1, d.nextAttemptAt = $nextAttemptAt, d.lastError = $lastError,
    d.lastAttemptAt = $now, d.lastStatusCode = $statusCode`;

export const LIST_DELIVERIES = `
MATCH (d:WebhookDelivery)
RETURN d.id AS id, d.endpointId AS endpointId, d.event AS event, d.status AS status, d.attempts AS attempts,
       d.nextAttemptAt AS nextAttemptAt, d.lastError AS lastError, d.payload AS payload
ORDER BY d.createdAt, d.id`;

/** Redelivery: the delivery goes back to pending, due now, with its attempts counted afresh. */
export const REDELIVER = `
MATCH (d:WebhookDelivery {id: $id})
SET d.status = 'pending', d.attempts = 0, d.nextAttemptAt = $now
RETURN d.id AS id`;
