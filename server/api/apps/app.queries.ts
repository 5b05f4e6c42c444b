import { ADMIN_PRIVILEGES_CYPHER } from '../../catalog/privilege.js';
import { APP_COUNT_SUBQUERIES } from '../../findings/app-counts.queries.js';

const APP_FIELDS = `app {.id, .name, .catalogKey, .plan, .ssoEnforced, .scimEnabled, .minimumAdmins, lastSyncedAt: toString(app.lastSeenAt)} AS app,
       CASE WHEN owner IS NULL THEN null ELSE owner {.id, .displayName, .email, .status} END AS owner`;

/**
 * One app with its counts (the app page): those the findings refresh stored on it, with its live
 * accounts by status when stored (countStatuses / countByStatus); `stored` is false when the app
 * has no stored counts yet, and APP_LIVE_COUNTS must count them.
 */
export const APP_DETAIL = `
MATCH (app:App {id: $appId})
OPTIONAL MATCH (app)-[:OWNED_BY]->(owner:Person)
RETURN ${APP_FIELDS},
       app.countAccounts IS NOT NULL AND app.countStatuses IS NOT NULL AS stored,
       [i IN range(0, size(coalesce(app.countStatuses, [])) - 1) | {status: app.countStatuses[i], count: app.countByStatus[i]}] AS byStatus,
       coalesce(app.countAccounts, 0) AS accounts,
       coalesce(app.countAdmins, 0) AS adminCount,
       coalesce(app.countEffectiveAdmins, 0) AS effectiveAdminCount,
       coalesce(app.countPendingInvites, 0) AS pendingInvites,
       coalesce(app.countFindings, 0) AS findingCount`;

/** One app with its counts read live: every account of the app is read (for an app without stored counts). */
export const APP_LIVE_COUNTS = `
MATCH (app:App {id: $appId})
OPTIONAL MATCH (app)-[:OWNED_BY]->(owner:Person)
${APP_COUNT_SUBQUERIES}
RETURN ${APP_FIELDS},
       byStatus,
       reduce(total = 0, s IN byStatus | total + s.count) AS accounts,
       adminCount,
       effectiveAdminCount,
       coalesce([s IN byStatus WHERE s.status = 'invited' | s.count][0], 0) AS pendingInvites,
       COUNT { MATCH (f:Finding)-[:IN_APP]->(app) } AS findingCount`;

/** Every app with the counts the findings refresh stored on it (STORE_APP_COUNTS): the apps list. */
export const APPS_LIST = `
MATCH (app:App)
OPTIONAL MATCH (app)-[:OWNED_BY]->(owner:Person)
RETURN ${APP_FIELDS},
       coalesce(app.countAccounts, 0) AS accounts,
       coalesce(app.countAdmins, 0) AS adminCount,
       coalesce(app.countEffectiveAdmins, 0) AS effectiveAdminCount,
       coalesce(app.countPendingInvites, 0) AS pendingInvites,
       coalesce(app.countFindings, 0) AS findingCount`;

/** The app's roles; their holders are read a page at a time (ROLE_HOLDER_PAGE). */
export const APP_ROLES = `
MATCH (r:Role)-[:OF]->(app:App {id: $appId})
RETURN r.id AS id, r.name AS name, r.privilege AS privilege, coalesce(r.privilegeSource, 'catalog') AS privilegeSource`;

/**
 * Each holder is a list, not a map (the driver decodes hundreds of small lists much faster than
 * hundreds of nested maps): account id, email, status; person id, name, email, status (null when
 * no person); effective; notEffectiveBecause.
 */
const HOLDER_LIST = `[a.id, a.email, a.status, p.id, p.displayName, p.email, p.status,
         a.status = 'active' AND p IS NOT NULL AND p.status = 'active' AND r.privilege IN ${ADMIN_PRIVILEGES_CYPHER},
         CASE
           WHEN NOT r.privilege IN ${ADMIN_PRIVILEGES_CYPHER} THEN null
           WHEN a.status <> 'active' THEN 'account is ' + a.status
           WHEN p IS NULL THEN 'no HR owner'
           WHEN p.status = 'terminated' THEN 'owner has left'
           WHEN p.status = 'leave' THEN 'owner is on leave'
           ELSE null END]`;
const HOLDER = `${HOLDER_LIST} AS holder`;

/**
 * A page of a role's live holders, in two parts (role-holders.service.ts puts them together).
 * `stored`: the role's live holder count (the one the findings refresh stored with its first holders,
 * else counted: such a role has at most a few thousand; the CASE leaves a stored role's holders
 * unread) and the holders at positions [$from, $to) of the first ones it stored (by email), read by
 * id in their order, so a large role is never sorted on a page view; with the stored ids (none for a
 * role it stored none on). `rest`: the other live holders by email, then id, skipping $skip.
 */
export const ROLE_HOLDER_PAGE = {
  stored: `
MATCH (r:Role {id: $roleId})
RETURN coalesce(r.firstHolderIds, []) AS storedIds,
  CASE WHEN r.firstHolderIds IS NOT NULL AND r.liveHolderCount IS NOT NULL THEN r.liveHolderCount
       ELSE COUNT { MATCH (r)<-[:HAS_ROLE]-(a:Account) WHERE a.removedAt IS NULL } END AS totalCount,
  COLLECT {
    UNWIND range($from, $to - 1) AS position
    WITH position WHERE position < size(coalesce(r.firstHolderIds, []))
    MATCH (a:Account {id: r.firstHolderIds[position]})
    WHERE a.removedAt IS NULL AND (a)-[:HAS_ROLE]->(r)
    OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
    RETURN ${HOLDER_LIST} AS holder ORDER BY position
  } AS holders`,
  rest: `
MATCH (r:Role {id: $roleId})<-[:HAS_ROLE]-(a:Account)
WHERE a.removedAt IS NULL AND NOT a.id IN $storedIds
WITH r, a ORDER BY a.email, a.id SKIP $skip LIMIT $limit
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH r, a, p ORDER BY a.email, a.id
RETURN ${HOLDER}`,
};

/** Invited accounts are few across all apps: start from them (status index) rather than from every account of the app. */
export const APP_PENDING_INVITES = `
MATCH (a:Account {status: 'invited'})
WHERE a.removedAt IS NULL AND EXISTS { (a)-[:IN]->(:App {id: $appId}) }
RETURN a {.id, .email, .status} AS account, toString(coalesce(a.invitedAt, a.createdAt)) AS invitedAt,
       duration.inDays(coalesce(a.invitedAt, a.createdAt), datetime($now)).days AS ageDays
ORDER BY ageDays DESC`;

/**
 * By the id index ($idPrefix: ids.ts integrationIdPrefix): from the app, Neo4j would walk every
 * account's IN relationship (100,000 in a large app) to find its few hundred integrations.
 */
export const APP_INTEGRATIONS = `
MATCH (n:Integration)
WHERE n.id STARTS WITH $idPrefix AND n.removedAt IS NULL
MATCH (n)-[:IN]->(app:App {id: $appId})
OPTIONAL MATCH (n)-[:ENABLED_BY|AUTHORIZED_BY]->(a:Account)
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
RETURN n {.id, .name, .mode, scopes: coalesce(n.scopes, []), enabledAt: toString(n.enabledAt), lastUsedAt: toString(n.lastUsedAt)} AS integration,
       CASE WHEN a IS NULL THEN null ELSE a {.id, .email, .status} END AS account,
       CASE WHEN p IS NULL THEN null ELSE p {.id, .displayName, .email, .status} END AS person
ORDER BY n.mode DESC, n.name, a.email`;

/** The app's most severe findings, then the costliest: the page's summary (the Findings page lists them all). */
export const APP_FINDINGS = `
MATCH (f:Finding)-[:IN_APP]->(:App {id: $appId})
RETURN f {.*} AS finding
ORDER BY f.severityRank DESC, f.monthlyCost DESC, f.id
LIMIT $limit`;
