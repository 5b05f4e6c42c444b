/** What a Baton import wrote for one app: its accounts with roles and seat, the roles its accounts hold, its integrations and findings. */
export const APP_ACCOUNTS = `
MATCH (a:Account)-[:IN]->(:App {name: $app})
OPTIONAL MATCH (a)-[:USES_SEAT]->(s:SeatType)
RETURN a.externalId AS externalId, a.email AS email, a.status AS status, a.vendorStatus AS vendorStatus, a.kind AS kind,
       a.activityKnown AS activityKnown, toString(a.lastActiveAt) AS lastActiveAt, a.removedAt IS NOT NULL AS removed,
       COLLECT { MATCH (a)-[:HAS_ROLE]->(r:Role) RETURN r.name ORDER BY r.name } AS roles, s.name AS seat
ORDER BY externalId`;

export const APP_ROLES = `
MATCH (r:Role)-[:OF]->(:App {name: $app})
WHERE EXISTS { (:Account)-[:HAS_ROLE]->(r) }
RETURN r.name AS name, r.privilege AS privilege, r.privilegeSource AS privilegeSource
ORDER BY name`;

export const APP_INTEGRATIONS = `
MATCH (n:Integration)-[:IN]->(:App {name: $app})
RETURN n.name AS name, n.mode AS mode,
       COLLECT { MATCH (n)-[how:ENABLED_BY|AUTHORIZED_BY]->(a:Account) RETURN type(how) + ' ' + a.email ORDER BY type(how) } AS by
ORDER BY name`;

export const APP_FINDINGS = `
MATCH (f:Finding)-[:IN_APP]->(:App {name: $app})
OPTIONAL MATCH (f)-[:ABOUT]->(a:Account)
RETURN f.type AS type, a.externalId AS account
ORDER BY type, account`;
