/**
 * A launch writes its items in batches (a 10,000-person organization has over 100,000 accounts, more
 * than one transaction may hold), so it first claims the draft: a second launch is refused while one
 * runs, and a claim older than `staleBefore` (a launch that crashed) may be taken over.
 */
export const CLAIM_LAUNCH = `
MATCH (c:Campaign {id: $campaignId})
WHERE c.status = 'draft' AND (c.launchStartedAt IS NULL OR c.launchStartedAt < $staleBefore)
SET c.launchStartedAt = $startedAt
RETURN c.id AS id`;

/**
 * A running launch renews its claim with every batch, so a launch longer than the stale time is not
 * taken over; no row when another launch took the claim over (this one must stop, leaving its items).
 */
export const RENEW_LAUNCH = `
MATCH (c:Campaign {id: $campaignId})
WHERE c.status = 'draft' AND c.launchStartedAt = $claimedAt
SET c.launchStartedAt = $renewedAt
RETURN c.id AS id`;

export const RELEASE_LAUNCH = `
MATCH (c:Campaign {id: $campaignId})
REMOVE c.launchStartedAt`;

/** Items a launch wrote before it failed (or crashed); run until it deletes none. */
export const DELETE_UNLAUNCHED_ITEMS = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WHERE c.status = 'draft'
WITH i LIMIT $batch
DETACH DELETE i
RETURN count(*) AS deleted`;
