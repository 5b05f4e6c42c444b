/**
 * The hash-chained audit log. Each AuditEvent carries its sequence number, the hash of the event
 * before it and its own hash; the single AuditHead node holds the sequence number and hash of the
 * newest event, so removing the newest events is as visible as removing one in the middle.
 */

/**
 * Takes the head's write lock before anything reads it: a concurrent append blocks here until the
 * other transaction commits, then reads the head that transaction left, so the chain cannot fork.
 */
export const LOCK_HEAD = `
MERGE (h:AuditHead {id: 'audit'})
ON CREATE SET h.seq = 0, h.hash = $genesisHash
SET h.lockedBy = $eventId`;

export const READ_HEAD = `
MATCH (h:AuditHead {id: 'audit'})
RETURN h.seq AS seq, h.hash AS hash, h.at AS at`;

export const APPEND_EVENT = `
MATCH (h:AuditHead {id: 'audit'})
CREATE (e:AuditEvent)
SET e = $event
SET h.seq = $event.seq, h.hash = $event.hash, h.at = $event.at
REMOVE h.lockedBy`;

/** One page of the chain, oldest first, after a sequence number (keyset paging keeps memory bounded). */
export const CHAIN_PAGE = `
MATCH (e:AuditEvent) WHERE e.seq > $afterSeq
RETURN e {.*} AS event
ORDER BY e.seq
LIMIT $limit`;

/** The event whose own hash is the given one, to tell a reordered chain from a missing event. */
export const EVENT_WITH_HASH = `
MATCH (e:AuditEvent {hash: $hash})
RETURN e.seq AS seq, e.id AS id
LIMIT 1`;

/** The newest event's sequence number, whatever the head says; null when there are no events. */
export const NEWEST_SEQ = `
MATCH (e:AuditEvent)
RETURN max(e.seq) AS seq`;

/** The stored hash of each event named by sequence number (events that are gone are left out). */
export const HASHES_AT = `
UNWIND $seqs AS seq
MATCH (e:AuditEvent {seq: seq})
RETURN e.seq AS seq, e.hash AS hash`;

/** What the list filters on; every parameter is null when that filter is not set. Times are ISO strings, which sort as they read. */
const MATCHES_FILTER = `
($actor IS NULL OR toLower(e.actorId) CONTAINS $actor OR toLower(e.actorName) CONTAINS $actor)
AND ($action IS NULL OR e.action = $action)
AND ($targetType IS NULL OR e.targetType = $targetType)
AND ($targetId IS NULL OR e.targetId = $targetId)
AND ($from IS NULL OR e.at >= $from)
AND ($until IS NULL OR e.at < $until)`;

/** Events matching the filter, newest first, older than a sequence number when paging on. */
export const LIST_EVENTS = `
MATCH (e:AuditEvent)
WHERE ($beforeSeq IS NULL OR e.seq < $beforeSeq) AND ${MATCHES_FILTER}
RETURN e {.*} AS event
ORDER BY e.seq DESC
LIMIT $limit`;

/** How many events match the filter, whatever the page. */
export const COUNT_EVENTS = `
MATCH (e:AuditEvent)
WHERE ${MATCHES_FILTER}
RETURN count(e) AS total`;

/** Every action the log holds, for the audit page's action picker. */
export const DISTINCT_ACTIONS = `
MATCH (e:AuditEvent) WHERE e.action IS NOT NULL
RETURN DISTINCT e.action AS action
ORDER BY action`;

/**
 * A readable name for each target that still exists; `t.type` is the event's target type in lower
 * case. A target that is gone returns no row (the page shows its id).
 */
export const TARGET_NAMES = `
UNWIND $targets AS t
CALL (t) {
  MATCH (n:App {id: t.id}) WHERE t.type = 'app'
  RETURN n.name AS name
  UNION
  MATCH (n:User {id: t.id}) WHERE t.type = 'user'
  RETURN CASE WHEN n.displayName IS NULL OR n.displayName = n.email THEN n.email ELSE n.displayName + ' <' + n.email + '>' END AS name
  UNION
  MATCH (n:Person {id: t.id}) WHERE t.type = 'person'
  RETURN coalesce(n.displayName, n.email) + coalesce(' <' + n.email + '>', '') AS name
  UNION
  MATCH (n:Campaign {id: t.id}) WHERE t.type = 'campaign'
  RETURN n.name AS name
  UNION
  MATCH (n:Account {id: t.id}) WHERE t.type = 'account'
  OPTIONAL MATCH (n)-[:IN]->(app:App)
  RETURN coalesce(n.email, n.username, n.externalId) + coalesce(' in ' + app.name, '') AS name
  UNION
  MATCH (n:Identity {id: t.id}) WHERE t.type = 'identity'
  RETURN coalesce(n.login, n.email, n.externalId) + coalesce(' (' + n.idp + ')', '') AS name
  UNION
  MATCH (n:Role {id: t.id}) WHERE t.type = 'role'
  OPTIONAL MATCH (n)-[:OF]->(app:App)
  RETURN n.name + coalesce(' in ' + app.name, '') AS name
  UNION
  MATCH (n:SeatType {id: t.id}) WHERE t.type = 'seat_type'
  OPTIONAL MATCH (n)-[:OF]->(app:App)
  RETURN n.name + coalesce(' in ' + app.name, '') AS name
  UNION
  MATCH (n:ReviewItem {id: t.id}) WHERE t.type = 'reviewitem'
  RETURN coalesce(n.accountEmail, n.ownerName) + coalesce(' in ' + n.appName, '') AS name
  UNION
  MATCH (n:Connection {id: t.id}) WHERE t.type = 'connection'
  RETURN n.name + ' (' + n.kind + ')' AS name
}
WITH t, name WHERE name IS NOT NULL
RETURN t.type AS type, t.id AS id, head(collect(name)) AS name`;
