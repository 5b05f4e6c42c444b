/** The outbox: Notification nodes, each one message to one person on one channel, linked to the campaigns it is about. */

/** Open items per current reviewer in active campaigns, with the days items were escalated to them. */
export const OPEN_LOADS = `
MATCH (c:Campaign {status: 'active'})
MATCH (i:ReviewItem {campaignId: c.id})
WHERE i.decision IS NULL AND i.reviewerPersonId IS NOT NULL
WITH c, i.reviewerPersonId AS personId, count(i) AS openItems,
     collect(CASE WHEN i.reviewerReason = 'escalated' AND i.escalatedAt IS NOT NULL THEN substring(i.escalatedAt, 0, 10) END) AS escalatedDays
MATCH (p:Person {id: personId}) WHERE coalesce(p.status, '') <> 'terminated'
RETURN c.id AS campaignId, c.name AS campaignName, c.dueAt AS dueAt, personId, coalesce(p.displayName, personId) AS name,
       p.email AS email, openItems, escalatedDays
ORDER BY campaignId, personId`;

/** Reviewers of campaigns closed since $since, with how many items they had. */
export const CLOSED_LOADS = `
MATCH (c:Campaign {status: 'closed'}) WHERE c.closedAt >= $since
MATCH (i:ReviewItem {campaignId: c.id}) WHERE i.reviewerPersonId IS NOT NULL
WITH c, i.reviewerPersonId AS personId, count(i) AS items
MATCH (p:Person {id: personId}) WHERE coalesce(p.status, '') <> 'terminated'
RETURN c.id AS campaignId, c.name AS campaignName, c.closedAt AS closedAt, personId, coalesce(p.displayName, personId) AS name,
       p.email AS email, items
ORDER BY campaignId, personId`;

/** Part keys already carried by a message about one of these campaigns. */
export const SENT_PARTS = `
MATCH (c:Campaign) WHERE c.id IN $campaignIds
MATCH (n:Notification)-[:ABOUT]->(c)
UNWIND n.parts AS part
RETURN DISTINCT part`;

export const MESSAGED_ON_DAY = `
MATCH (n:Notification {day: $day})
RETURN DISTINCT n.personId AS personId`;

/** Queues messages; a key already there (another pass got there first) is left as it is. */
export const ENQUEUE = `
UNWIND $messages AS m
MERGE (n:Notification {key: m.props.key})
ON CREATE SET n += m.props
WITH n, m
UNWIND m.campaignIds AS campaignId
MATCH (c:Campaign {id: campaignId})
MERGE (n)-[:ABOUT]->(c)
RETURN count(DISTINCT n) AS queued`;

/**
 * Claiming, step 1: takes the write lock of up to $limit messages to (re)try now (queued ones and
 * failed ones whose backoff has passed) that no pass holds. A pass that matched one another pass
 * is claiming waits here until that one commits.
 */
export const LOCK_DUE = `
MATCH (n:Notification)
WHERE n.status IN ['queued', 'failed'] AND n.nextAttemptAt IS NOT NULL AND n.nextAttemptAt <= $now AND NOT n.channel IN $skipChannels
  AND (n.claimedUntil IS NULL OR n.claimedUntil <= $now)
WITH n ORDER BY n.createdAt, n.id LIMIT $limit
SET n.claimLock = $claimant
RETURN n.id AS id`;

/**
 * Claiming, step 2, in the same transaction: with the locks held, reads each message again (as the
 * other pass left it) and leases to $claimant until $until only those still due and unclaimed, so two
 * processes never send the same message.
 */
export const CLAIM_LOCKED = `
MATCH (n:Notification)
WHERE n.id IN $ids AND n.status IN ['queued', 'failed'] AND n.nextAttemptAt IS NOT NULL AND n.nextAttemptAt <= $now
  AND (n.claimedUntil IS NULL OR n.claimedUntil <= $now)
SET n.claimedBy = $claimant, n.claimedUntil = $until
RETURN n {.id, .channel, .to, .toName, .subject, .text, .html, .link, .attempts} AS message
ORDER BY n.createdAt, n.id`;

/** Gives back messages a pass claimed but left for the next pass (their channel kept failing). */
export const RELEASE_CLAIMS = `
MATCH (n:Notification) WHERE n.id IN $ids AND n.claimedBy = $claimant
SET n.claimedUntil = null, n.claimedBy = null, n.claimLock = null`;

export const MARK_SENT = `
MATCH (n:Notification {id: $id})
SET n.status = 'sent', n.sentAt = $now, n.attempts = n.attempts + 1, n.lastError = null, n.nextAttemptAt = null,
    n.claimedUntil = null, n.claimedBy = null, n.claimLock = null`;

/** $nextAttemptAt null: no more attempts. */
export const MARK_FAILED = `
MATCH (n:Notification {id: $id})
SET n.status = 'failed', n.attempts = n.attempts + 1, n.lastError = $error, n.lastAttemptAt = $now, n.nextAttemptAt = $nextAttemptAt,
    n.claimedUntil = null, n.claimedBy = null, n.claimLock = null`;

export const CAMPAIGN_NOTIFICATIONS = `
MATCH (:Campaign {id: $campaignId})<-[:ABOUT]-(n:Notification)
RETURN n {.id, .channel, .to, .toName, .kind, .subject, .status, .attempts, .lastError, .createdAt, .sentAt, .nextAttemptAt} AS notification
ORDER BY n.createdAt DESC, n.id
LIMIT $limit`;
