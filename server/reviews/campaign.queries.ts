/** Campaign nodes. Times are ISO strings (Date.toISOString), so they compare as text. */

const CAMPAIGN_COLUMNS = `
c {.*, ownerPersonId: owner.id, ownerName: owner.displayName, ownerEmail: owner.email, ownerStatus: owner.status} AS campaign`;

/** $ownerPersonId is null when the owner is a sign-in admin who is not in HR (kept in $campaign.ownerUser*). */
export const CREATE_CAMPAIGN = `
OPTIONAL MATCH (owner:Person {id: $ownerPersonId})
CREATE (c:Campaign)
SET c = $campaign
FOREACH (_ IN CASE WHEN owner IS NULL THEN [] ELSE [1] END | CREATE (c)-[:OWNED_BY]->(owner))
RETURN ${CAMPAIGN_COLUMNS}`;

/** A sign-in user who may own a campaign without being in HR: an admin whose account is not disabled. */
export const FIND_SIGN_IN_OWNER = `
MATCH (u:User)
WHERE (u.email = toLower($ref) OR u.id = $ref) AND u.disabledAt IS NULL
RETURN u.id AS id, u.email AS email, coalesce(u.displayName, u.email) AS displayName, u.role AS role,
       EXISTS { MATCH (u)-[:IS]->(:Person) } AS inHr
LIMIT 1`;

export const CAMPAIGN_NAME_TAKEN = `MATCH (c:Campaign) WHERE toLower(c.name) = toLower($name) RETURN c.id AS id LIMIT 1`;

/** A campaign by id, or by name (any case) for the command line. */
export const FIND_CAMPAIGN = `
MATCH (c:Campaign) WHERE c.id = $ref OR toLower(c.name) = toLower($ref)
OPTIONAL MATCH (c)-[:OWNED_BY]->(owner:Person)
RETURN ${CAMPAIGN_COLUMNS}
ORDER BY c.createdAt DESC`;

export const LIST_CAMPAIGNS = `
MATCH (c:Campaign)
WHERE $status IS NULL OR c.status = $status
OPTIONAL MATCH (c)-[:OWNED_BY]->(owner:Person)
RETURN ${CAMPAIGN_COLUMNS}
ORDER BY c.createdAt DESC, c.id`;

/**
 * Takes the campaign's write lock before anything reads it, so two launches or closes at once
 * cannot both see it in its old status (Neo4j reads committed data without locking).
 */
export const LOCK_CAMPAIGN = `
MATCH (c:Campaign {id: $campaignId})
SET c._lock = true
REMOVE c._lock
RETURN c.id AS id`;

export const MARK_LAUNCHED = `
MATCH (c:Campaign {id: $campaignId})
SET c.status = 'active', c.launchedAt = $now, c.launchedById = $actor.id, c.launchedByName = $actor.name,
    c.populationCount = $populationCount, c.populationSha256 = $populationSha256, c.version = c.version + 1
RETURN c.version AS version`;

/** Sign-off begins: nobody decides any more; the default and who chose it are kept for a resumed close. */
export const MARK_CLOSING = `
MATCH (c:Campaign {id: $campaignId})
SET c.status = 'closing', c.closeDefault = $closeDefault, c.closingAt = $now,
    c.closedById = $actor.id, c.closedByName = $actor.name, c.closedByRole = $actor.role`;

/** Items the close decided by default (for its audit event). */
export const COUNT_CLOSE_DEFAULTS = `
MATCH (i:ReviewItem {campaignId: $campaignId}) WHERE i.decisionSource = 'close_default'
RETURN count(i) AS defaulted`;

/** Campaigns whose close stopped before it finished (the process died): finished at the next start. */
export const CLOSING_CAMPAIGNS = `
MATCH (c:Campaign {status: 'closing'})
RETURN c.id AS id, c.closeDefault AS closeDefault, {id: c.closedById, name: c.closedByName, role: coalesce(c.closedByRole, 'system')} AS actor`;

export const MARK_CLOSED = `
MATCH (c:Campaign {id: $campaignId})
SET c.status = 'closed', c.closedAt = $now, c.closedById = $actor.id, c.closedByName = $actor.name,
    c.closeDefault = $closeDefault, c.version = c.version + 1
RETURN c.version AS version`;

/** Apps named by id or name (any case), for a campaign scoped to apps. */
export const FIND_APPS = `
UNWIND $refs AS ref
OPTIONAL MATCH (app:App) WHERE app.id = ref OR toLower(app.name) = toLower(ref)
RETURN ref, collect(app {.id, .name}) AS apps`;

export const UNDECIDED_ITEMS = `
MATCH (c:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WHERE i.decision IS NULL
RETURN i.id AS id
ORDER BY i.id`;
