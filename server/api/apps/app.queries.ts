/**
 * One pass over an app's live accounts gives the counts by status (the total and pending invites
 * are sums of it); admins are found from the app's owner and admin roles, whose holders are few,
 * instead of expanding every account's roles (an account only holds roles of its own app).
 */
export const APPS = `
MATCH (app:App)
WHERE $appId IS NULL OR app.id = $appId
OPTIONAL MATCH (app)-[:OWNED_BY]->(owner:Person)
CALL (app) {
  MATCH (a:Account)-[:IN]->(app)
  WHERE a.removedAt IS NULL
  WITH a.status AS status, count(a) AS count
  ORDER BY status
  RETURN collect({status: status, count: count}) AS byStatus
}
CALL (app) {
  MATCH (app)<-[:OF]-(r:Role)<-[:HAS_ROLE]-(a:Account)-[:IN]->(app)
  WHERE r.privilege IN ['owner', 'admin'] AND a.removedAt IS NULL AND a.status = 'active'
  WITH DISTINCT a
  RETURN count(a) AS adminCount,
         count(CASE WHEN EXISTS { (a)-[:BELONGS_TO]->(:Person {status: 'active'}) } THEN 1 END) AS effectiveAdminCount
}
RETURN app {.id, .name, .catalogKey, .plan, .ssoEnforced, .scimEnabled, .minimumAdmins, lastSyncedAt: toString(app.lastSeenAt)} AS app,
       CASE WHEN owner IS NULL THEN null ELSE owner {.id, .displayName, .email, .status} END AS owner,
       byStatus,
       reduce(total = 0, s IN byStatus | total + s.count) AS accounts,
       adminCount,
       effectiveAdminCount,
       coalesce([s IN byStatus WHERE s.status = 'invited' | s.count][0], 0) AS pendingInvites,
       COUNT { MATCH (f:Finding)-[:IN_APP]->(app) } AS findingCount`;

/**
 * The first 500 holders of each role by email. The accounts are cut to the first 500 before their
 * people are looked up (a top-N instead of sorting every holder), then the rows are cut to 500 again.
 * Each holder is a list, not a map (the driver decodes hundreds of small lists much faster than
 * hundreds of nested maps): account id, email, status; person id, name, email, status (null when
 * no person); effective; notEffectiveBecause.
 */
export const APP_ROLES = `
MATCH (r:Role)-[:OF]->(app:App {id: $appId})
RETURN r.name AS name, r.privilege AS privilege,
       COLLECT {
         MATCH (a:Account)-[:HAS_ROLE]->(r) WHERE a.removedAt IS NULL
         WITH a ORDER BY a.email LIMIT 500
         OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
         WITH a, p ORDER BY a.email LIMIT 500
         RETURN [a.id, a.email, a.status, p.id, p.displayName, p.email, p.status,
                 a.status = 'active' AND p IS NOT NULL AND p.status = 'active' AND r.privilege IN ['owner', 'admin'],
                 CASE
                   WHEN NOT r.privilege IN ['owner', 'admin'] THEN null
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
