/** Reads of campaigns and their review items for the evidence export (see the review data model). */

/** A campaign by id, or by exact name; an id match sorts first. */
export const FIND_CAMPAIGNS = `
MATCH (c:Campaign)
WHERE c.id = $ref OR c.name = $ref
OPTIONAL MATCH (c)-[:OWNED_BY]->(owner:Person)
RETURN c {.*} AS campaign,
       CASE WHEN owner IS NOT NULL THEN owner {.id, name: owner.displayName, .email}
            WHEN c.ownerUserId IS NOT NULL THEN {id: c.ownerUserId, name: c.ownerUserName, email: c.ownerUserEmail}
            ELSE null END AS owner,
       [appId IN coalesce(c.scopeAppIds, []) | coalesce(COLLECT { MATCH (app:App {id: appId}) RETURN app.name }[0], appId)] AS scopeApps
ORDER BY c.id = $ref DESC, c.createdAt
LIMIT 20`;

/** One page of a campaign's review items, in id order after $after (keyset paging keeps each page cheap). */
export const ITEMS_PAGE = `
MATCH (:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)
WHERE $after IS NULL OR i.id > $after
RETURN i {.*} AS item
ORDER BY i.id
LIMIT $limit`;
