/** Figures of one campaign for its page. An item is overdue when undecided in an active campaign past its due date. */
const OVERDUE = `(i.decision IS NULL AND c.status = 'active' AND c.dueAt < $now)`;

/** A draft counts no items: those of a launch still running are not the campaign's yet. */
export const PROGRESS = `
MATCH (c:Campaign {id: $campaignId})
OPTIONAL MATCH (c)-[:HAS_ITEM]->(i:ReviewItem)
WHERE c.status <> 'draft'
RETURN count(i) AS total, count(i.decision) AS decided, count(CASE WHEN ${OVERDUE} THEN 1 END) AS overdue,
       count(CASE WHEN i.stage = 2 THEN 1 END) AS secondStage, count(CASE WHEN i.decision IS NULL AND i.reviewerPersonId IS NULL THEN 1 END) AS unassigned,
       count(CASE WHEN i.remediationStatus = 'open' THEN 1 END) AS remediationOpen,
       count(CASE WHEN i.remediationStatus = 'verified' THEN 1 END) AS remediationVerified,
       count(CASE WHEN i.remediationStatus = 'failed' THEN 1 END) AS remediationFailed`;

/** The decided items only, through the review_item_campaign_decision index. */
export const BY_DECISION = `
MATCH (i:ReviewItem) WHERE i.campaignId = $campaignId AND i.decision IS NOT NULL
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i)
WHERE c.status <> 'draft'
RETURN i.decision AS decision, i.decisionSource AS source, count(i) AS count
ORDER BY decision, source`;

export const BY_REVIEWER = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WHERE c.status <> 'draft'
WITH i.reviewerPersonId AS personId, collect(i.reviewerName)[0] AS reviewerName, count(i) AS total, count(i.decision) AS decided,
     count(CASE WHEN ${OVERDUE} THEN 1 END) AS overdue
OPTIONAL MATCH (p:Person {id: personId})
RETURN personId, coalesce(p.displayName, reviewerName) AS displayName, p.email AS email, p.status AS status, total, decided, overdue
ORDER BY total - decided DESC, displayName`;

export const BY_APP = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WHERE c.status <> 'draft'
RETURN i.appId AS appId, i.appName AS appName, count(i) AS total, count(i.decision) AS decided,
       count(CASE WHEN i.decision = 'keep' THEN 1 END) AS kept, count(CASE WHEN i.decision = 'revoke' THEN 1 END) AS revoked,
       count(CASE WHEN i.decision = 'modify' THEN 1 END) AS modified,
       sum(CASE WHEN i.decision = 'revoke' AND i.stage = 1 THEN i.monthlyCost ELSE 0.0 END) AS monthlyCostRevoked
ORDER BY appName`;

/** Items created and decided per day (YYYY-MM-DD, UTC): counted here, so a page never receives every item. */
export const BURNDOWN_DAYS = `
MATCH (c:Campaign {id: $campaignId})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_ITEM]->(i:ReviewItem)
  WHERE i.createdAt IS NOT NULL
  WITH left(i.createdAt, 10) AS day, count(i) AS n
  WHERE day IS NOT NULL
  RETURN collect([day, n]) AS created
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_ITEM]->(i:ReviewItem)
  WHERE i.createdAt IS NOT NULL AND i.decidedAt IS NOT NULL
  WITH left(i.decidedAt, 10) AS day, count(i) AS n
  WHERE day IS NOT NULL
  RETURN collect([day, n]) AS decided
}
RETURN c.launchedAt AS launchedAt, c.closedAt AS closedAt, created, decided`;

export const RECENT_DECISIONS = `
MATCH (i:ReviewItem) WHERE i.campaignId = $campaignId AND i.decision IS NOT NULL
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i)
WITH c, i ORDER BY i.decidedAt DESC, i.id
LIMIT $limit
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign`;
