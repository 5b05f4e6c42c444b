/**
 * Reading review items. $scopePersonId limits a manager to items assigned to them or about the
 * access of someone who reports to them (directly or not); null reads everything (admin, auditor).
 */
const IN_SCOPE = `
($scopePersonId IS NULL OR i.reviewerPersonId = $scopePersonId
  OR EXISTS { MATCH (:Person {id: i.ownerPersonId})-[:REPORTS_TO*1..25]->(:Person {id: $scopePersonId}) })`;

const FILTER = `
($reviewerPersonId IS NULL OR i.reviewerPersonId = $reviewerPersonId)
AND ($appId IS NULL OR i.appId = $appId)
AND ($decision IS NULL OR ($decision = 'undecided' AND i.decision IS NULL) OR i.decision = $decision)
AND ($flagged IS NULL OR i.flagged = $flagged)
AND ($stage IS NULL OR i.stage = $stage)
AND ($search IS NULL OR toLower(coalesce(i.accountEmail, '')) CONTAINS $search OR toLower(coalesce(i.ownerName, '')) CONTAINS $search
     OR toLower(i.appName) CONTAINS $search OR toLower(coalesce(i.reviewerName, '')) CONTAINS $search)
AND ${IN_SCOPE}`;

export const CAMPAIGN_ITEMS = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WHERE ${FILTER}
WITH c, i ORDER BY i.appName, i.accountEmail, i.stage, i.id
SKIP $skip LIMIT $limit
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign`;

export const CAMPAIGN_ITEMS_COUNT = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WHERE ${FILTER}
RETURN count(i) AS total`;

export const ONE_ITEM = `
MATCH (c:Campaign)-[:HAS_ITEM]->(i:ReviewItem {id: $itemId})
WHERE ${IN_SCOPE}
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign`;

const MINE = `
MATCH (c:Campaign)-[:HAS_ITEM]->(i:ReviewItem {reviewerPersonId: $personId})
WHERE c.status <> 'draft' AND ($campaignId IS NULL OR c.id = $campaignId)
  AND ($decided IS NULL OR (i.decision IS NOT NULL) = $decided)`;

export const MY_ITEMS = `
${MINE}
WITH c, i ORDER BY c.status, c.dueAt, i.decision IS NOT NULL, i.appName, i.accountEmail, i.stage, i.id
SKIP $skip LIMIT $limit
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign`;

export const MY_ITEMS_COUNT = `
${MINE}
RETURN count(i) AS total`;

export const MANY_ITEMS = `
UNWIND $itemIds AS itemId
MATCH (c:Campaign)-[:HAS_ITEM]->(i:ReviewItem {id: itemId})
WHERE ${IN_SCOPE}
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign`;
