import { LIST_KEY } from './tally.queries.js';

/**
 * Changes to review items. Every change first takes the items' write locks (LOCK_ITEMS, in id
 * order so two bulk actions cannot deadlock) and only then reads them: Neo4j reads committed data
 * without locking, so reading first would let two reviewers both see version 1 and both write.
 */
export const LOCK_ITEMS = `
UNWIND $itemIds AS itemId
MATCH (i:ReviewItem {id: itemId})
SET i._lock = true
REMOVE i._lock
RETURN count(i) AS locked`;

/** The items with their campaign, and whether the acting person ($personId) may see each (their own, or a report's). */
export const READ_ITEMS = `
UNWIND $itemIds AS itemId
MATCH (c:Campaign)-[:HAS_ITEM]->(i:ReviewItem {id: itemId})
OPTIONAL MATCH (c)-[:OWNED_BY]->(co:Person)
RETURN i {.*} AS item, c {.id, .name, .status, .secondStage, .remediationDays, .dueAt} AS campaign,
       co {.id, .displayName} AS campaignOwner,
       COLLECT { MATCH (app:App {id: i.appId})-[:OWNED_BY]->(o:Person) WHERE o.status <> 'terminated' RETURN o {.id, .displayName} ORDER BY o.id LIMIT 1 }[0] AS appOwner,
       CASE WHEN $newRole IS NULL THEN null
            ELSE COLLECT { MATCH (r:Role {name: $newRole})-[:OF]->(:App {id: i.appId}) RETURN coalesce(r.privilege, 'standard') LIMIT 1 }[0] END AS newRolePrivilege,
       // A stage-2 item's id is the campaign's, 2 and the account's (secondStageItem), so this is an index look-up.
       i.stage = 1 AND EXISTS { MATCH (:ReviewItem {id: c.id + ':2:' + i.accountId}) } AS hasSecondStage,
       $personId IS NOT NULL AND (i.reviewerPersonId = $personId
         OR EXISTS { MATCH (:Person {id: i.ownerPersonId})-[:REPORTS_TO*1..25]->(:Person {id: $personId}) }) AS visibleToPerson`;

export const WRITE_DECISIONS = `
UNWIND $changes AS change
MATCH (i:ReviewItem {id: change.itemId})
SET i.earlierDecisions = CASE WHEN change.earlier IS NULL THEN i.earlierDecisions ELSE coalesce(i.earlierDecisions, []) + change.earlier END,
    i.decision = change.decision, i.newRole = change.newRole, i.justification = change.justification,
    i.decidedAt = $now, i.decidedById = $actor.id, i.decidedByName = $actor.name, i.decidedOnBehalfOf = change.onBehalfOf,
    i.decisionSource = change.source, i.remediationStatus = change.remediationStatus, i.remediationDueAt = change.remediationDueAt,
    i.updatedAt = $now, i.updatedByName = $actor.name, i.version = i.version + 1
WITH i
CALL (i) {
  MATCH (i)-[old:DECIDED_BY]->(:Person)
  DELETE old
}
CALL (i) {
  MATCH (p:Person {id: $deciderPersonId})
  MERGE (i)-[:DECIDED_BY]->(p)
}
RETURN i.id AS id, i.version AS version`;

export const CREATE_SECOND_STAGE = `
UNWIND $items AS item
MATCH (c:Campaign {id: item.campaignId})
MATCH (a:Account {id: item.accountId})
MERGE (i:ReviewItem {id: item.id})
ON CREATE SET i = item, i.listKey = ${LIST_KEY('item')}
MERGE (c)-[:HAS_ITEM]->(i)
MERGE (i)-[:REVIEWS]->(a)
WITH i, item
CALL (item) {
  MATCH (parent:ReviewItem {id: item.parentItemId})
  SET parent.secondStageItemId = item.id
}
WITH i
CALL (i) {
  MATCH (r:Person {id: i.reviewerPersonId})
  MERGE (i)-[:ASSIGNED_TO]->(r)
}
RETURN count(i) AS created`;

/** Hands items to another reviewer; the first reviewer is kept in originalReviewerPersonId. */
export const MOVE_ITEMS = `
UNWIND $changes AS change
MATCH (i:ReviewItem {id: change.itemId})
MATCH (p:Person {id: change.toPersonId})
CALL (i) {
  MATCH (i)-[old:ASSIGNED_TO]->(:Person)
  DELETE old
}
SET i.originalReviewerPersonId = coalesce(i.originalReviewerPersonId, i.reviewerPersonId),
    i.reviewerPersonId = p.id, i.reviewerName = p.displayName, i.reviewerReason = $reason,
    i.reassignNote = $note, i.escalatedAt = coalesce($escalatedAt, i.escalatedAt),
    i.updatedAt = $now, i.updatedByName = $actor.name, i.version = i.version + 1
CREATE (i)-[:ASSIGNED_TO]->(p)
RETURN i.id AS id`;

/** A person who may review: exists and has not left. */
export const FIND_REVIEWER = `
MATCH (p:Person)
WHERE p.id = $ref OR p.employeeId = $ref OR p.email = toLower($ref)
RETURN p.id AS id, p.displayName AS displayName, p.email AS email, p.status AS status
ORDER BY p.employeeId`;

/** Undecided items assigned to a person in an active campaign, for delegation. */
export const ASSIGNED_UNDECIDED = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem {reviewerPersonId: $personId})
WHERE i.decision IS NULL
RETURN i.id AS id
ORDER BY i.id`;
