import { ADMIN_PRIVILEGES_CYPHER } from '../../catalog/privilege.js';
import { APP_COUNT_SUBQUERIES } from '../../findings/app-counts.queries.js';

const APP_FIELDS = `app {.id, .name, .catalogKey, .plan, .ssoEnforced, .scimEnabled, .minimumAdmins, lastSyncedAt: toString(app.lastSeenAt)} AS app,
       CASE WHEN owner IS NULL THEN null ELSE owner {.id, .displayName, .email, .status} END AS owner`;

/** One app with its counts read live (the app page). */
export const APPS = `
MATCH (app:App)
WHERE $appId IS NULL OR app.id = $appId
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

/**
 * The first 500 holders of each role by email. The accounts are cut to the first 500 before their
 * people are looked up (a top-N instead of sorting every holder), then the rows are cut to 500 again.
 * Each holder is a list, not a map (the driver decodes hundreds of small lists much faster than
 * hundreds of nested maps): account id, email, status; person id, name, email, status (null when
 * no person); effective; notEffectiveBecause.
 */
export const APP_ROLES = `
MATCH (r:Role)-[:OF]->(app:App {id: $appId})
RETURN r.id AS id, r.name AS name, r.privilege AS privilege, coalesce(r.privilegeSource, 'catalog') AS privilegeSource,
       COLLECT {
         MATCH (a:Account)-[:HAS_ROLE]->(r) WHERE a.removedAt IS NULL
         WITH a ORDER BY a.email LIMIT 500
         OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
         WITH a, p ORDER BY a.email LIMIT 500
         RETURN [a.id, a.email, a.status, p.id, p.displayName, p.email, p.status,
                 a.status = 'active' AND p IS NOT NULL AND p.status = 'active' AND r.privilege IN ${ADMIN_PRIVILEGES_CYPHER},
                 CASE
                   WHEN NOT r.privilege IN ${ADMIN_PRIVILEGES_CYPHER} THEN null
                   WHEN a.status <> 'active' THEN 'account is ' + a.status
                   WHEN p IS NULL THEN 'no HR owner'
                   WHEN p.status = 'terminated' THEN 'owner has left'
                   WHEN p.status = 'leave' THEN 'owner is on leave'
                   ELSE null END] AS holder
       } AS holders`;

/** Invited accounts are few across all apps: start from them (status index) rather than from every account of the app. */
export const APP_PENDING_INVITES = `
MATCH (a:Account {status: 'invited'})
WHERE a.removedAt IS NULL AND EXISTS { (a)-[:IN]->(:App {id: $appId}) }
RETURN a {.id, .email, .status} AS account, toString(coalesce(a.invitedAt, a.createdAt)) AS invitedAt,
       duration.inDays(coalesce(a.invitedAt, a.createdAt), datetime($now)).days AS ageDays
ORDER BY ageDays DESC`;

export const APP_INTEGRATIONS = `
MATCH (n:Integration)-[:IN]->(app:App {id: $appId})
WHERE n.removedAt IS NULL
OPTIONAL MATCH (n)-[:ENABLED_BY|AUTHORIZED_BY]->(a:Account)
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
RETURN n {.id, .name, .mode, scopes: coalesce(n.scopes, []), enabledAt: toString(n.enabledAt), lastUsedAt: toString(n.lastUsedAt)} AS integration,
       CASE WHEN a IS NULL THEN null ELSE a {.id, .email, .status} END AS account,
       CASE WHEN p IS NULL THEN null ELSE p {.id, .displayName, .email, .status} END AS person
ORDER BY n.mode DESC, n.name, a.email`;

export const APP_FINDINGS = `
MATCH (f:Finding)-[:IN_APP]->(:App {id: $appId})
RETURN f {.*} AS finding
ORDER BY f.severityRank DESC, f.monthlyCost DESC, f.id
LIMIT 200`;
