import { ADMIN_PRIVILEGES_CYPHER } from '../../catalog/privilege.js';

/**
 * Head of every rule's query: the apps being evaluated (`$appIds`), each found by id so the rule
 * expands from its app instead of scanning every account.
 */
export const IN_APPS = `
UNWIND $appIds AS appId
MATCH (app:App {id: appId})`;

/** Cypher predicate: the account `a` holds an owner or admin role. */
export const IS_ADMIN = `EXISTS { (a)-[:HAS_ROLE]->(r:Role) WHERE r.privilege IN ${ADMIN_PRIVILEGES_CYPHER} }`;

/**
 * Shared tail of the per-account rules: given `a` (Account), `app` (App), `p` (owner or null),
 * `key`, `ageDays` and `facts`, returns the RuleRow columns.
 */
export const ACCOUNT_COLUMNS = `
RETURN key, a.id AS accountId, a.email AS accountEmail, a.status AS accountStatus,
       app.id AS appId, app.name AS appName, app.catalogKey AS catalogKey,
       p.id AS personId, p.displayName AS personName, p.email AS personEmail, p.status AS personStatus,
       ${IS_ADMIN} AS isAdmin,
       coalesce(COLLECT { MATCH (a)-[:USES_SEAT]->(s:SeatType) RETURN s.monthlyCost ORDER BY s.monthlyCost DESC LIMIT 1 }[0], 0.0) AS seatCost,
       coalesce(COLLECT { MATCH (a)-[:USES_SEAT]->(s:SeatType) RETURN s.currency LIMIT 1 }[0], 'USD') AS currency,
       ageDays, facts`;

/** Cypher predicate: the account holds a paid seat (README "holds a seat"). */
export const HOLDS_SEAT = `(EXISTS { (a)-[:USES_SEAT]->(:SeatType) } AND (a.status = 'active' OR (a.status = 'invited' AND coalesce($catalog[app.catalogKey].invitesConsumeSeat, false))))`;

export const LIVE = `a.removedAt IS NULL`;

/**
 * Cypher predicate on a live account \`a\` using a seat of \`app\`: the vendor bills that seat. Active
 * accounts, invites where the app bills at invite, and suspended (frozen) accounts where suspending
 * keeps the licence (Salesforce, Google Workspace, 1Password; Atlassian's suspend stops billing).
 * Seat usage and the unassigned-seats rule count held seats with it, so the two agree.
 */
export const BILLED_SEAT_HOLDER = `(a.status = 'active'
    OR (a.status = 'invited' AND coalesce($catalog[app.catalogKey].invitesConsumeSeat, false))
    OR (a.status = 'suspended' AND coalesce($catalog[app.catalogKey].suspendedHoldsSeat, false)))`;
