import { LIST_KEY } from './tally.queries.js';
import { ADMIN_PRIVILEGES_CYPHER } from '../catalog/privilege.js';

/**
 * The next $limit account ids after $after, in id order: the account id index gives them in order,
 * so a launch reads its population a page at a time at the same cost however many accounts there are.
 */
export const NEXT_ACCOUNT_IDS = `
MATCH (a:Account)
WHERE a.id > $after
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit`;

/**
 * The population of a campaign at launch among the accounts $accountIds (one page): every live
 * account in scope (not removed, not deactivated; service and shared accounts included, their
 * owner being who they belong to), with what the snapshot, the recommendation and the reviewer rule
 * need. Ordered by account id.
 */
export const READ_POPULATION = `
UNWIND $accountIds AS accountId
MATCH (a:Account {id: accountId})-[:IN]->(app:App)
WHERE a.removedAt IS NULL AND coalesce(a.status, 'active') <> 'deactivated'
  AND ($scopeKind <> 'apps' OR app.id IN $scopeAppIds)
  AND ($scopeKind <> 'privileged' OR EXISTS { (a)-[:HAS_ROLE]->(r:Role) WHERE r.privilege IN ${ADMIN_PRIVILEGES_CYPHER} })
  AND ($scopeKind <> 'flagged' OR EXISTS { (:Finding)-[:ABOUT]->(a) })
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH a, app, p ORDER BY a.id
RETURN a.id AS accountId, app.id AS appId, app.name AS appName, a.email AS email, a.username AS username,
       coalesce(a.status, 'active') AS status, coalesce(a.kind, 'human') AS kind, a.lastActiveAt AS lastActiveAt,
       COLLECT { MATCH (a)-[:HAS_ROLE]->(r:Role) RETURN r {.name, .privilege} ORDER BY r.name } AS roles,
       COLLECT { MATCH (a)-[:USES_SEAT]->(s:SeatType) RETURN s {.name, .monthlyCost, .currency} ORDER BY s.monthlyCost DESC, s.name LIMIT 1 }[0] AS seat,
       p.id AS ownerPersonId, p.displayName AS ownerName, p.email AS ownerEmail, p.status AS ownerStatus,
       COLLECT { MATCH (f:Finding)-[:ABOUT]->(a)
                 RETURN f {.type, .severity, .reason, .monthlyCost, .ageDays, .personId, .personStatus} ORDER BY f.type, f.reason } AS findings,
       COLLECT { MATCH (p)-[:REPORTS_TO]->(m:Person) WHERE m.status <> 'terminated' RETURN m {.id, .displayName} ORDER BY m.id LIMIT 1 }[0] AS manager,
       COLLECT { MATCH (app)-[:OWNED_BY]->(o:Person) WHERE o.status <> 'terminated' RETURN o {.id, .displayName} ORDER BY o.id LIMIT 1 }[0] AS appOwner`;

export const CREATE_ITEMS = `
MATCH (c:Campaign {id: $campaignId})
UNWIND $items AS item
MATCH (a:Account {id: item.accountId})
CREATE (i:ReviewItem)
SET i = item
SET i.listKey = ${LIST_KEY('item')}
CREATE (c)-[:HAS_ITEM]->(i)
CREATE (i)-[:REVIEWS]->(a)
WITH i
CALL (i) {
  MATCH (r:Person {id: i.reviewerPersonId})
  CREATE (i)-[:ASSIGNED_TO]->(r)
}
RETURN count(i) AS created`;
