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
 * deactivatedAt, vendorChangedAt, firstSeenAt, appSlaHours]. Same records as LEAVER_RECORDS, and
 * each times as it does there (sla.ts timeRecord), but the relationships are walked once for both
 * kinds, a field timing does not read for the record's state stays null unread (a live account
 * needs only its status and removal), and the account's app is visited only when some app has its
 * own SLA (perAppSla, read in the same statement: apps are few): at 100,000 people that walk was most
 * of the tile's database hits. Lists are returned once each (DISTINCT): a leaver's outcome only asks
 * whether some record has each outcome (sla.ts leaverOutcome), and a leaver's live records, most of
 * them, are one list per SLA, so the tile decodes and times a few lists per leaver instead of all.
 */
export const LEAVER_TIMING_FACTS = `
CALL () { RETURN EXISTS { MATCH (app:App) WHERE app.leaverSlaHours IS NOT NULL } AS perAppSla }
${LEAVERS_IN_PERIOD.trim()}
RETURN toString(p.endDate) AS terminationDate,
  COLLECT {
    MATCH (x)-[:BELONGS_TO]->(p)
    WITH x, x:Account AS account
    WHERE account OR x:Identity
    WITH x, account, x.status IN CASE WHEN account THEN ['suspended', 'deactivated'] ELSE ['suspended', 'deprovisioned'] END AS inactive
    WITH x, account, inactive, CASE WHEN inactive THEN null ELSE x.removedAt END AS removedAt,
         CASE WHEN account AND perAppSla THEN [(x)-[:IN]->(app:App) | app.leaverSlaHours][0] END AS appSlaHours
    RETURN DISTINCT CASE
      WHEN inactive THEN [true, toString(x.removedAt), toString(x.deactivatedAt),
                          CASE WHEN account THEN null ELSE toString(x.statusChangedAt) END, toString(x.firstSeenAt), appSlaHours]
      WHEN removedAt IS NULL THEN [false, null, null, null, null, appSlaHours]
      ELSE [false, toString(removedAt), null, null, null, appSlaHours]
    END
  } AS records`;
