const ADMIN = `EXISTS { (a)-[:HAS_ROLE]->(r:Role) WHERE r.privilege IN ['owner', 'admin'] }`;

export const APPS = `
MATCH (app:App)
WHERE $appId IS NULL OR app.id = $appId
OPTIONAL MATCH (app)-[:OWNED_BY]->(owner:Person)
RETURN app {.id, .name, .catalogKey, .plan, .ssoEnforced, .scimEnabled, lastSyncedAt: toString(app.lastSeenAt)} AS app,
       CASE WHEN owner IS NULL THEN null ELSE owner {.id, .displayName, .email, .status} END AS owner,
       COUNT { MATCH (a:Account)-[:IN]->(app) WHERE a.removedAt IS NULL } AS accounts,
       COUNT { MATCH (a:Account)-[:IN]->(app) WHERE a.removedAt IS NULL AND a.status = 'active' AND ${ADMIN} } AS adminCount,
       COUNT { MATCH (a:Account)-[:IN]->(app) WHERE a.removedAt IS NULL AND a.status = 'active' AND ${ADMIN}
               AND EXISTS { (a)-[:BELONGS_TO]->(:Person {status: 'active'}) } } AS effectiveAdminCount,
       COUNT { MATCH (a:Account)-[:IN]->(app) WHERE a.removedAt IS NULL AND a.status = 'invited' } AS pendingInvites,
       COUNT { MATCH (f:Finding)-[:IN_APP]->(app) } AS findingCount`;

export const APP_ROLES = `
MATCH (r:Role)-[:OF]->(app:App {id: $appId})
RETURN r.name AS name, r.privilege AS privilege,
       COLLECT {
         MATCH (a:Account)-[:HAS_ROLE]->(r) WHERE a.removedAt IS NULL
         OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
         RETURN {
           account: a {.id, .email, .status},
           person: CASE WHEN p IS NULL THEN null ELSE p {.id, .displayName, .email, .status} END,
           effective: a.status = 'active' AND p IS NOT NULL AND p.status = 'active' AND r.privilege IN ['owner', 'admin'],
           notEffectiveBecause: CASE
             WHEN NOT r.privilege IN ['owner', 'admin'] THEN null
             WHEN a.status <> 'active' THEN 'account is ' + a.status
             WHEN p IS NULL THEN 'no HR owner'
             WHEN p.status = 'terminated' THEN 'owner has left'
             WHEN p.status = 'leave' THEN 'owner is on leave'
             ELSE null END
         } AS holder
         ORDER BY a.email
         LIMIT 500
       } AS holders`;

export const APP_PENDING_INVITES = `
MATCH (a:Account)-[:IN]->(app:App {id: $appId})
WHERE a.removedAt IS NULL AND a.status = 'invited'
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

export const APP_STATUS_COUNTS = `
MATCH (a:Account)-[:IN]->(app:App {id: $appId})
WHERE a.removedAt IS NULL
RETURN a.status AS status, count(a) AS count ORDER BY status`;

export const APP_FINDINGS = `
MATCH (f:Finding)-[:IN_APP]->(:App {id: $appId})
RETURN f {.*} AS finding
ORDER BY f.severityRank DESC, f.monthlyCost DESC, f.id
LIMIT 200`;
