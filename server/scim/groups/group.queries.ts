/**
 * SCIM Groups are IdpGroup nodes with idp 'scim'; members are `(:Identity)-[:MEMBER_OF]->(:IdpGroup)`.
 * As in the importers, an ended membership keeps its relationship with `removedAt` set, and a
 * deleted group keeps its node with `removedAt`.
 */

const LIVE = `g.idp = 'scim' AND g.removedAt IS NULL`;
const GROUP = `g.id AS id, g.scimResource AS resource`;
const ORDER = `ORDER BY g.firstSeenAt, g.id`;

export const GROUP_BY_ID = `
MATCH (g:IdpGroup {id: $id})
WHERE ${LIVE}
RETURN ${GROUP}`;

export const GROUPS_BY_EXTERNAL_ID = `
MATCH (g:IdpGroup {idp: 'scim', externalId: $externalId})
WHERE g.removedAt IS NULL
RETURN ${GROUP}
${ORDER}`;

export const GROUPS_BY_NAME = `
MATCH (g:IdpGroup {idp: 'scim'})
WHERE g.removedAt IS NULL AND toLower(g.name) = $name
RETURN ${GROUP}
${ORDER}`;

export const ALL_GROUPS = `
MATCH (g:IdpGroup {idp: 'scim'})
WHERE g.removedAt IS NULL
RETURN ${GROUP}
${ORDER}`;

export const COUNT_GROUPS = `
MATCH (g:IdpGroup {idp: 'scim'})
WHERE g.removedAt IS NULL
RETURN count(g) AS total`;

export const PAGE_GROUPS = `
MATCH (g:IdpGroup {idp: 'scim'})
WHERE g.removedAt IS NULL
WITH g ${ORDER}
SKIP $skip LIMIT $limit
RETURN ${GROUP}`;

/** Live members of each group, as {id, displayName}, ordered by id. */
export const MEMBERS_OF = `
UNWIND $groupIds AS groupId
MATCH (g:IdpGroup {id: groupId})
RETURN groupId, COLLECT {
  MATCH (i:Identity)-[m:MEMBER_OF]->(g)
  WHERE m.removedAt IS NULL AND i.removedAt IS NULL
  RETURN i {.id, .displayName} ORDER BY i.id
} AS members`;

/** Reads a group for a change and takes its write lock, so concurrent PATCHes apply one after the other. */
export const LOCK_GROUP = `
MATCH (g:IdpGroup {id: $id})
WHERE ${LIVE}
SET g.lastSeenAt = datetime($now)
RETURN g.scimResource AS resource`;

/** Of `ids`, those that are not live SCIM users. */
export const MISSING_USERS = `
UNWIND $ids AS id
OPTIONAL MATCH (i:Identity {id: id})
WHERE i.idp = 'scim' AND i.removedAt IS NULL
WITH id, i
WHERE i IS NULL
RETURN collect(id) AS missing`;

export const CREATE_GROUP = `
CREATE (g:IdpGroup {id: $id})
SET g += $props, g.idp = 'scim', g.source = 'scim', g.firstSeenAt = datetime($now), g.lastSeenAt = datetime($now)`;

export const UPDATE_GROUP = `
MATCH (g:IdpGroup {id: $id})
WHERE ${LIVE}
SET g += $props, g.lastSeenAt = datetime($now)`;

export const ADD_MEMBERS = `
MATCH (g:IdpGroup {id: $id})
UNWIND $memberIds AS memberId
MATCH (i:Identity {id: memberId})
MERGE (i)-[m:MEMBER_OF]->(g)
ON CREATE SET m.addedAt = datetime($now), m.source = 'scim'
SET m.removedAt = null`;

export const REMOVE_MEMBERS = `
MATCH (g:IdpGroup {id: $id})
UNWIND $memberIds AS memberId
MATCH (:Identity {id: memberId})-[m:MEMBER_OF]->(g)
WHERE m.removedAt IS NULL
SET m.removedAt = datetime($now)`;

export const DELETE_GROUP = `
MATCH (g:IdpGroup {id: $id})
WHERE ${LIVE}
SET g.removedAt = datetime($now), g.lastSeenAt = datetime($now)
WITH g
CALL (g) {
  MATCH (:Identity)-[m:MEMBER_OF]->(g)
  WHERE m.removedAt IS NULL
  SET m.removedAt = datetime($now)
}
RETURN g.id AS id`;
