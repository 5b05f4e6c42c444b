/**
 * Figures of one campaign for its page, read from its counters (tally.queries.ts), never from its
 * items. A draft counts no items: those of a launch still running are not the campaign's yet. An
 * item is overdue when undecided in an active campaign past its due date, so a campaign's (or a
 * reviewer's) overdue items are its undecided ones when it is overdue, else none.
 */
const OVERDUE = `(c.status = 'active' AND c.dueAt < $now)`;

const TALLIES = (kind: string) => `
MATCH (c:Campaign {id: $campaignId})
WHERE c.status <> 'draft'
MATCH (t:ReviewTally) WHERE t.campaignId = $campaignId AND t.kind = '${kind}' AND t.key IS NOT NULL`;

export const PROGRESS = `
${TALLIES('campaign')}
RETURN t.total AS total, t.decided AS decided, CASE WHEN ${OVERDUE} THEN t.total - t.decided ELSE 0 END AS overdue,
       t.secondStage AS secondStage, t.unassigned AS unassigned, t.remediationOpen AS remediationOpen,
       t.remediationVerified AS remediationVerified, t.remediationFailed AS remediationFailed`;

export const BY_DECISION = `
${TALLIES('decision')}
AND t.total > 0
RETURN t.decision AS decision, t.source AS source, t.total AS count
ORDER BY decision, source`;

/**
 * The first $limit reviewers, most left to do first, then by the name the counter was made with
 * (the person's name unless they were renamed since): read in that order from the review_tally_rank
 * index (tally.queries.ts keeps the rank), so a page reads its own reviewers, not all of them
 * (about 18,000 at 100,000 people). A counter left with no items has no place in the list.
 */
export const BY_REVIEWER = `
MATCH (c:Campaign {id: $campaignId})
WHERE c.status <> 'draft'
MATCH (t:ReviewTally)
USING INDEX t:ReviewTally(campaignId, kind, rank)
WHERE t.campaignId = $campaignId AND t.kind = 'reviewer' AND t.rank IS NOT NULL AND t.total > 0
WITH c, t ORDER BY t.rank
LIMIT $limit
WITH c, t, CASE t.key WHEN '' THEN null ELSE t.key END AS personId
OPTIONAL MATCH (p:Person {id: personId})
RETURN personId, coalesce(p.displayName, t.name) AS displayName, p.email AS email, p.status AS status, t.total AS total,
       t.decided AS decided, CASE WHEN ${OVERDUE} THEN t.total - t.decided ELSE 0 END AS overdue`;

/** How many reviewers (and the unassigned, as one) have items in the campaign: counted on the campaign's counter. */
export const REVIEWER_COUNT = `
${TALLIES('campaign')}
RETURN t.reviewers AS count`;

export const BY_APP = `
${TALLIES('app')}
AND t.total > 0
RETURN t.key AS appId, t.name AS appName, t.total AS total, t.decided AS decided, t.kept AS kept, t.revoked AS revoked,
       t.modified AS modified, t.monthlyCostRevoked AS monthlyCostRevoked
ORDER BY appName`;

/** Items created and decided per day (YYYY-MM-DD, UTC), from the day counters. */
export const BURNDOWN_DAYS = `
MATCH (c:Campaign {id: $campaignId})
RETURN c.launchedAt AS launchedAt, c.closedAt AS closedAt,
       COLLECT { MATCH (t:ReviewTally) WHERE t.campaignId = c.id AND t.kind = 'created' AND t.key IS NOT NULL RETURN [t.key, t.total] } AS created,
       COLLECT { MATCH (t:ReviewTally) WHERE t.campaignId = c.id AND t.kind = 'decided' AND t.key IS NOT NULL RETURN [t.key, t.total] } AS decided`;

export const RECENT_DECISIONS = `
MATCH (i:ReviewItem) WHERE i.campaignId = $campaignId AND i.decision IS NOT NULL
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i)
WITH c, i ORDER BY i.decidedAt DESC, i.id
LIMIT $limit
RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign`;
