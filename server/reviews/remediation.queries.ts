/**
 * Remediation tasks still to prove (open, or failed and perhaps done late) in active or closed
 * campaigns, with the account as it is now. Starts from the review_item_remediation index: runs
 * after every import, and must not read every item of every campaign to find the few tasks.
 */
export const OPEN_REMEDIATIONS = `
MATCH (i:ReviewItem) WHERE i.remediationStatus IN ['open', 'failed']
MATCH (c:Campaign)-[:HAS_ITEM]->(i)-[:REVIEWS]->(a:Account)
WHERE c.status IN ['active', 'closing', 'closed'] AND i.decision IN ['revoke', 'modify']
RETURN i.id AS itemId
ORDER BY i.id`;

export const REMEDIATION_FACTS = `
UNWIND $itemIds AS itemId
MATCH (i:ReviewItem {id: itemId})-[:REVIEWS]->(a:Account)
RETURN i.id AS itemId, i.decision AS decision, i.newRole AS newRole, i.snapshot AS snapshot, i.appName AS appName,
       i.remediationStatus AS remediationStatus, i.remediationDueAt AS remediationDueAt, i.version AS version,
       a.removedAt AS removedAt, a.status AS accountStatus,
       COLLECT { MATCH (a)-[:HAS_ROLE]->(r:Role) RETURN r.name ORDER BY r.name } AS roles`;

export const WRITE_REMEDIATION = `
UNWIND $changes AS change
MATCH (i:ReviewItem {id: change.itemId})
SET i.remediationStatus = change.status, i.remediationCheckedAt = $now, i.remediationDetail = change.detail,
    i.updatedAt = $now, i.updatedByName = $actor.name, i.version = i.version + 1
RETURN count(i) AS changed`;

/** Checked but unchanged: only the time of the check moves. */
export const TOUCH_REMEDIATION = `
UNWIND $itemIds AS itemId
MATCH (i:ReviewItem {id: itemId})
SET i.remediationCheckedAt = $now`;
