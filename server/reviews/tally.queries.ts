/**
 * A campaign's figures kept as counters (ReviewTally nodes: one per campaign, kind and key), so its
 * page never reads every item. Kinds: 'campaign' (key ''), 'reviewer' (key: person id, '' for
 * unassigned), 'app' (key: app id), 'decision' (key: decision|source), 'created' and 'decided'
 * (key: the day, YYYY-MM-DD). The 'campaign' tally also marks a campaign as counted: the counters
 * are only kept for a campaign that has it (launch creates it; older campaigns are counted once).
 */

/** Where an item sorts in its campaign's list (app, account, stage, id; no account email last), kept on the item for the list index. */
export const LIST_KEY = (i: string) =>
  `${i}.appName + '\\u0001' + coalesce(${i}.accountEmail, '\\uffff') + '\\u0001' + toString(${i}.stage) + '\\u0001' + ${i}.id`;

/**
 * Where a reviewer's counter sorts on the campaign page: most left to do first, then by name; one
 * string, so the review_tally_rank index gives the order and a page reads only its reviewers.
 */
const REVIEWER_RANK = (t: string) =>
  `right('000000000' + toString(1000000000 - (${t}.total - ${t}.decided)), 10) + '\\u0001' + coalesce(${t}.name, '')`;

/**
 * Adds $sign times what `items` (of campaign `campaignId`) count for to the campaign's tallies; the
 * 'campaign' tally is locked first, so two writers of one campaign take turns (no lost update).
 */
const ADD_ITEMS = `
MATCH (ct:ReviewTally {campaignId: campaignId, kind: 'campaign', key: ''})
SET ct._lock = true
WITH ct, campaignId, items
SET ct.total = ct.total + $sign * size(items),
    ct.decided = ct.decided + $sign * size([i IN items WHERE i.decision IS NOT NULL]),
    ct.secondStage = ct.secondStage + $sign * size([i IN items WHERE i.stage = 2]),
    ct.unassigned = ct.unassigned + $sign * size([i IN items WHERE i.decision IS NULL AND i.reviewerPersonId IS NULL]),
    ct.remediationOpen = ct.remediationOpen + $sign * size([i IN items WHERE i.remediationStatus = 'open']),
    ct.remediationVerified = ct.remediationVerified + $sign * size([i IN items WHERE i.remediationStatus = 'verified']),
    ct.remediationFailed = ct.remediationFailed + $sign * size([i IN items WHERE i.remediationStatus = 'failed'])
REMOVE ct._lock
WITH ct, campaignId, items
CALL (campaignId, items) {
  UNWIND items AS i
  WITH coalesce(i.reviewerPersonId, '') AS key, collect(i) AS mine
  MERGE (t:ReviewTally {campaignId: campaignId, kind: 'reviewer', key: key})
  WITH t, mine, coalesce(t.total, 0) > 0 AS counted
  SET t.total = coalesce(t.total, 0) + $sign * size(mine),
      t.decided = coalesce(t.decided, 0) + $sign * size([i IN mine WHERE i.decision IS NOT NULL]),
      t.escalatedUndecided = coalesce(t.escalatedUndecided, 0) + $sign * size([i IN mine WHERE i.decision IS NULL AND i.escalatedAt IS NOT NULL]),
      t.name = coalesce(t.name, [i IN mine WHERE i.reviewerName IS NOT NULL | i.reviewerName][0])
  SET t.rank = ${REVIEWER_RANK('t')}
  RETURN sum(CASE WHEN t.total > 0 THEN 1 ELSE 0 END - CASE WHEN counted THEN 1 ELSE 0 END) AS reviewersAdded
}
SET ct.reviewers = ct.reviewers + reviewersAdded
WITH campaignId, items
CALL (campaignId, items) {
  UNWIND items AS i
  WITH i.appId AS key, collect(i) AS mine
  MERGE (t:ReviewTally {campaignId: campaignId, kind: 'app', key: key})
  SET t.name = coalesce(t.name, mine[0].appName),
      t.total = coalesce(t.total, 0) + $sign * size(mine),
      t.decided = coalesce(t.decided, 0) + $sign * size([i IN mine WHERE i.decision IS NOT NULL]),
      t.kept = coalesce(t.kept, 0) + $sign * size([i IN mine WHERE i.decision = 'keep']),
      t.revoked = coalesce(t.revoked, 0) + $sign * size([i IN mine WHERE i.decision = 'revoke']),
      t.modified = coalesce(t.modified, 0) + $sign * size([i IN mine WHERE i.decision = 'modify']),
      t.monthlyCostRevoked = coalesce(t.monthlyCostRevoked, 0.0)
        + $sign * reduce(sum = 0.0, i IN mine | sum + CASE WHEN i.decision = 'revoke' AND i.stage = 1 THEN coalesce(i.monthlyCost, 0.0) ELSE 0.0 END)
}
CALL (campaignId, items) {
  UNWIND items AS i
  WITH i WHERE i.decision IS NOT NULL
  WITH i.decision AS decision, i.decisionSource AS source, count(i) AS n
  MERGE (t:ReviewTally {campaignId: campaignId, kind: 'decision', key: decision + '|' + coalesce(source, '')})
  SET t.decision = decision, t.source = source, t.total = coalesce(t.total, 0) + $sign * n
}
CALL (campaignId, items) {
  UNWIND items AS i
  WITH left(i.createdAt, 10) AS day, count(i) AS n
  WHERE day IS NOT NULL
  MERGE (t:ReviewTally {campaignId: campaignId, kind: 'created', key: day})
  SET t.total = coalesce(t.total, 0) + $sign * n
}
CALL (campaignId, items) {
  UNWIND items AS i
  WITH i WHERE i.createdAt IS NOT NULL
  WITH left(i.decidedAt, 10) AS day, count(i) AS n
  WHERE day IS NOT NULL
  MERGE (t:ReviewTally {campaignId: campaignId, kind: 'decided', key: day})
  SET t.total = coalesce(t.total, 0) + $sign * n
}
RETURN size(items) AS counted`;

/** Adds ($sign 1) or takes away ($sign -1) the items $itemIds: around every change to items, so the counters follow it. */
export const TALLY_ITEMS = `
UNWIND $itemIds AS itemId
MATCH (i:ReviewItem {id: itemId})
WITH i.campaignId AS campaignId, collect(i) AS items
${ADD_ITEMS}`;

/** Counts every item of the campaign from scratch ($sign 1), after RESET_TALLIES. */
export const COUNT_ALL_ITEMS = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WITH c.id AS campaignId, collect(i) AS items
${ADD_ITEMS}`;

/** Drops the campaign's counters and starts them at zero: a launch (before its first item) and a recount. */
export const RESET_TALLIES = `
MATCH (c:Campaign {id: $campaignId})
CALL (c) {
  MATCH (t:ReviewTally {campaignId: c.id})
  DELETE t
}
CREATE (:ReviewTally {campaignId: c.id, kind: 'campaign', key: '', total: 0, decided: 0, secondStage: 0, unassigned: 0,
                      remediationOpen: 0, remediationVerified: 0, remediationFailed: 0, reviewers: 0})`;

/** A failed launch leaves a draft with no counters. */
export const DROP_TALLIES = `
MATCH (t:ReviewTally {campaignId: $campaignId})
DELETE t`;

/**
 * Launched campaigns without counters (launched before they were kept, or written by hand), or
 * with counters from before reviewers were counted and ranked (counted again).
 */
export const UNCOUNTED_CAMPAIGNS = `
MATCH (c:Campaign)
WHERE c.status <> 'draft'
  AND NOT EXISTS { MATCH (ct:ReviewTally {campaignId: c.id, kind: 'campaign', key: ''}) WHERE ct.reviewers IS NOT NULL }
RETURN c.id AS id`;

/** Gives the campaign's items their list key, a batch per transaction (items written before it was kept). */
export const FILL_LIST_KEYS = `
MATCH (i:ReviewItem) WHERE i.campaignId = $campaignId AND i.listKey IS NULL
CALL (i) {
  SET i.listKey = ${LIST_KEY('i')}
} IN TRANSACTIONS OF 5000 ROWS`;
