/** Figures of one campaign for its page. An item is overdue when undecided in an active campaign past its due date. */
const OVERDUE = `(i.decision IS NULL AND c.status = 'active' AND c.dueAt < $now)`;

export const PROGRESS = `
MATCH (c:Campaign {id: $campaignId})
OPTIONAL MATCH (c)-[:HAS_ITEM]->(i:ReviewItem)
RETURN count(i) AS total, count(i.decision) AS decided, count(CASE WHEN ${OVERDUE} THEN 1 END) AS overdue,
       count(CASE WHEN i.stage = 2 THEN 1 END) AS secondStage, count(CASE WHEN i.decision IS NULL AND i.reviewerPersonId IS NULL THEN 1 END) AS unassigned,
       count(CASE WHEN i.remediationStatus = 'open' THEN 1 END) AS remediationOpen,
       count(CASE WHEN i.remediationStatus = 'verified' THEN 1 END) AS remediationVerified,
       count(CASE WHEN i.remediationStatus = 'failed' THEN 1 END) AS remediationFailed`;

export const BY_DECISION = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WHERE i.decision IS NOT NULL
RETURN i.decision AS decision, i.decisionSource AS source, count(i) AS count
ORDER BY decision, source`;

export const BY_REVIEWER = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WITH i.reviewerPersonId AS personId, collect(i.reviewerName)[0] AS reviewerName, count(i) AS total, count(i.decision) AS decided,
     count(CASE WHEN ${OVERDUE} THEN 1 END) AS overdue
OPTIONAL MATCH (p:Person {id: personId})
RETURN personId, coalesce(p.displayName, reviewerName) AS displayName, p.email AS email, p.status AS status, total, decided, overdue
ORDER BY total - decided DESC, displayName`;

export const BY_APP = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
RETURN i.appId AS appId, i.appName AS appName, count(i) AS total, count(i.decision) AS decided,
       count(CASE WHEN i.decision = 'keep' THEN 1 END) AS kept, count(CASE WHEN i.decision = 'revoke' THEN 1 END) AS revoked,
       count(CASE WHEN i.decision = 'modify' THEN 1 END) AS modified,
       sum(CASE WHEN i.decision = 'revoke' AND i.stage = 1 THEN i.monthlyCost ELSE 0.0 END) AS monthlyCostRevoked
ORDER BY appName`;

export const BURNDOWN_POINTS = `
MATCH (c:Campaign {id: $campaignId})
OPTIONAL MATCH (c)-[:HAS_ITEM]->(i:ReviewItem)
RETURN c.launchedAt AS launchedAt, c.closedAt AS closedAt, collect([i.createdAt, i.decidedAt]) AS points`;

export const RECENT_DECISIONS = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WHERE i.decision IS NOT NULL
WITH c, i ORDER BY i.decidedAt DESC, i.id
LIMIT $limit
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign`;
