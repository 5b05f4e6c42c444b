/** Undecided items of active campaigns past their due date that have not been escalated yet. */
export const OVERDUE_UNESCALATED = `
MATCH (c:Campaign {status: 'active'})-[:HAS_ITEM]->(i:ReviewItem)
WHERE c.dueAt < $now AND i.decision IS NULL AND i.escalatedAt IS NULL AND i.reviewerPersonId IS NOT NULL
RETURN i.id AS id
ORDER BY i.id`;

/** The manager of each item's current reviewer (someone who has not left), to escalate to. */
export const REVIEWERS_MANAGERS = `
UNWIND $itemIds AS itemId
MATCH (i:ReviewItem {id: itemId})
RETURN i.id AS itemId,
       COLLECT { MATCH (:Person {id: i.reviewerPersonId})-[:REPORTS_TO]->(m:Person) WHERE m.status <> 'terminated'
                 RETURN m {.id, .displayName} ORDER BY m.id LIMIT 1 }[0] AS manager`;

/** Reviewers with undecided items past due, in active campaigns: from the campaigns' reviewer counters. */
export const OVERDUE_REVIEWERS = `
MATCH (c:Campaign {status: 'active'})
WHERE ($campaignId IS NULL OR c.id = $campaignId) AND c.dueAt < $now
MATCH (t:ReviewTally) WHERE t.campaignId = c.id AND t.kind = 'reviewer' AND t.key IS NOT NULL AND t.total > t.decided
WITH CASE t.key WHEN '' THEN null ELSE t.key END AS personId, collect(t.name)[0] AS reviewerName,
     sum(t.total - t.decided) AS overdueItems, sum(t.escalatedUndecided) AS escalatedItems, min(c.dueAt) AS oldestDueAt,
     collect(DISTINCT c.id) AS campaignIds
OPTIONAL MATCH (p:Person {id: personId})
RETURN personId, coalesce(p.displayName, reviewerName, 'Unassigned') AS displayName, p.email AS email, p.status AS status,
       overdueItems, escalatedItems, oldestDueAt, campaignIds
ORDER BY overdueItems DESC, displayName`;
