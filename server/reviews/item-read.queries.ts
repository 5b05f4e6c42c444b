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

/**
 * Where a campaign's item list starts: from the items with the decision asked for (the composite
 * review_item_campaign_decision index: a campaign's revoked items without reading the undecided),
 * from one reviewer's items (review_item_reviewer), or from the campaign's items (of one app) in
 * list order (review_item_campaign_list / review_item_campaign_app_list: a page stops after its
 * last item instead of sorting every item).
 */
export type ItemStart = 'decision' | 'reviewer' | 'app' | 'all';

/** Each start reads the items of the campaign by its id on them ($campaignId), then FILTER. */
const START: Record<ItemStart, string> = {
  decision: `MATCH (i:ReviewItem) WHERE i.campaignId = $campaignId AND i.decision = $decision`,
  reviewer: `MATCH (i:ReviewItem) USING INDEX i:ReviewItem(reviewerPersonId)
WHERE i.reviewerPersonId = $reviewerPersonId AND i.campaignId = $campaignId`,
  app: `MATCH (i:ReviewItem) USING INDEX i:ReviewItem(campaignId, appId, listKey)
WHERE i.campaignId = $campaignId AND i.appId = $appId AND i.listKey >= ''`,
  all: `MATCH (i:ReviewItem) USING INDEX i:ReviewItem(campaignId, listKey)
WHERE i.campaignId = $campaignId AND i.listKey >= ''`,
};

/** List order (by listKey), spelt as the start's index orders its entries, so Neo4j reads them in order rather than sorting them. */
const ORDER: Record<ItemStart, string> = {
  decision: 'i.listKey',
  reviewer: 'i.listKey',
  app: 'i.campaignId, i.appId, i.listKey',
  all: 'i.campaignId, i.listKey',
};

export function itemStart(filter: { decision: string | null; reviewerPersonId: string | null; appId: string | null }): ItemStart {
  if (filter.decision !== null && filter.decision !== 'undecided') return 'decision';
  if (filter.reviewerPersonId !== null) return 'reviewer';
  if (filter.appId !== null) return 'app';
  return 'all';
}

/** The counters that give the number of items of a filter, without counting them (tally.queries.ts). */
export const ITEM_TALLY = `
MATCH (c:Campaign {id: $campaignId})
OPTIONAL MATCH (t:ReviewTally) WHERE t.campaignId = $campaignId AND t.kind = $kind AND t.key = $key
RETURN c.status AS status, t.total AS total, t.decided AS decided, t.kept AS kept, t.revoked AS revoked, t.modified AS modified`;

/** How many decided items have the decision (every source), from the decision counters. */
export const DECISION_TALLY = `
MATCH (c:Campaign {id: $campaignId})
RETURN c.status AS status,
       COLLECT { MATCH (t:ReviewTally) WHERE t.campaignId = $campaignId AND t.kind = 'decision' AND t.key IS NOT NULL AND t.decision = $decision
                 RETURN t.total } AS totals`;

/**
 * A page of a campaign's items in list order (the index's order for the app and all starts: the
 * page stops after its last item). A draft shows no items: those of a launch still running are not
 * the campaign's yet.
 */
export function campaignItems(start: ItemStart): string {
  return `
${START[start]}
AND ${FILTER}
WITH i ORDER BY ${ORDER[start]}
SKIP $skip LIMIT $limit
MATCH (c:Campaign {id: $campaignId})
WHERE c.status <> 'draft'
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign`;
}

export function campaignItemsCount(start: ItemStart): string {
  return `
MATCH (c:Campaign {id: $campaignId})
WHERE c.status <> 'draft'
CALL (c) {
  ${START[start]}
  AND ${FILTER}
  RETURN count(i) AS total
}
RETURN total`;
}

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

/** The roles an app has now, for a role change (modify): name and privilege, by name. */
export const APP_ROLES = `
MATCH (r:Role)-[:OF]->(:App {id: $appId})
RETURN DISTINCT r.name AS name, coalesce(r.privilege, 'standard') AS privilege
ORDER BY name`;
