export const READ_LEAVER_SLA = `
OPTIONAL MATCH (o:Organization {id: 'org'})
RETURN o.leaverSlaHours AS leaverSlaHours`;

export const SET_LEAVER_SLA = `
MERGE (o:Organization {id: 'org'})
SET o.leaverSlaHours = $hours`;

/** Terminated people with a termination date in [$from, $to] (both given: the service fills an open end), by the end-date index. */
const LEAVERS_IN_PERIOD = `
MATCH (p:Person)
WHERE p.endDate >= date($from) AND p.endDate <= date($to) AND p.status = 'terminated'`;

/**
 * Terminated people with a termination date in [$from, $to], each with
 * their accounts (removed ones included: a removal is a deprovisioning) and IdP identities. An
 * account's SLA is its app's own, else null (the organization's). `findingId` is the account's
 * orphaned-account finding, when it has one.
 */
export const LEAVER_RECORDS = `${LEAVERS_IN_PERIOD}
RETURN p.id AS personId, p.displayName AS personName, p.email AS personEmail, toString(p.endDate) AS terminationDate,
  COLLECT {
    MATCH (a:Account)-[:BELONGS_TO]->(p)
    MATCH (a)-[:IN]->(app:App)
    RETURN {kind: 'account', id: a.id, appId: app.id, appName: app.name,
            name: coalesce(a.email, a.username, a.displayName, a.externalId, a.id), status: a.status,
            inactive: a.status IN ['suspended', 'deactivated'],
            removedAt: toString(a.removedAt), deactivatedAt: toString(a.deactivatedAt), vendorChangedAt: null,
            firstSeenAt: toString(a.firstSeenAt), appSlaHours: app.leaverSlaHours,
            findingId: COLLECT { MATCH (f:Finding {type: 'orphaned_account'})-[:ABOUT]->(a) RETURN f.id }[0]} AS record
    ORDER BY app.name, record.name
  } + COLLECT {
    MATCH (i:Identity)-[:BELONGS_TO]->(p)
    RETURN {kind: 'identity', id: i.id, appId: null, appName: i.idp,
            name: coalesce(i.login, i.email, i.id), status: i.status,
            inactive: i.status IN ['suspended', 'deprovisioned'],
            removedAt: toString(i.removedAt), deactivatedAt: toString(i.deactivatedAt), vendorChangedAt: toString(i.statusChangedAt),
            firstSeenAt: toString(i.firstSeenAt), appSlaHours: null, findingId: null} AS record
    ORDER BY record.appName, record.name
  } AS records
ORDER BY terminationDate DESC, personName, personId`;

/**
 * What timing against the SLA needs and nothing more, for the overview's KPI: per leaver of the
 * period, the termination date and per account or identity one list [inactive, removedAt,
 * deactivatedAt, vendorChangedAt, firstSeenAt, appSlaHours]. Same records as LEAVER_RECORDS.
 */
export const LEAVER_TIMING_FACTS = `${LEAVERS_IN_PERIOD}
RETURN toString(p.endDate) AS terminationDate,
  COLLECT {
    MATCH (a:Account)-[:BELONGS_TO]->(p)
    MATCH (a)-[:IN]->(app:App)
    RETURN [a.status IN ['suspended', 'deactivated'], toString(a.removedAt), toString(a.deactivatedAt), null,
            toString(a.firstSeenAt), app.leaverSlaHours]
  } + COLLECT {
    MATCH (i:Identity)-[:BELONGS_TO]->(p)
    RETURN [i.status IN ['suspended', 'deprovisioned'], toString(i.removedAt), toString(i.deactivatedAt), toString(i.statusChangedAt),
            toString(i.firstSeenAt), null]
  } AS records`;
