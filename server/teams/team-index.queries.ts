/**
 * The stored team index: (report)-[:IN_TEAM_OF {depth, teamKey}]->(manager) for every manager above
 * a person, and counts on each person (their live accounts, those with a finding) and on each
 * manager (the same summed over their team), so My team pages and counts read a manager's team in
 * order from the team_key index instead of walking every chain below them.
 */

/** Every person with the managers they report to directly and the digest of their stored places. */
export const READ_PEOPLE_MANAGERS = `
MATCH (p:Person)
RETURN p.id AS id, p.displayName AS displayName, p.teamPlacesDigest AS digest,
       COLLECT { MATCH (p)-[:REPORTS_TO]->(m:Person) RETURN DISTINCT m.id ORDER BY m.id } AS managers`;

/** Replaces the places of each person in $rows ({id, digest, places: [{managerId, depth, teamKey}]}). */
export const WRITE_TEAM_PLACES = `
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
CALL (p) {
  MATCH (p)-[old:IN_TEAM_OF]->()
  DELETE old
}
SET p.teamPlacesDigest = row.digest
WITH p, row
CALL (p, row) {
  UNWIND row.places AS place
  MATCH (m:Person {id: place.managerId})
  CREATE (p)-[:IN_TEAM_OF {depth: place.depth, teamKey: place.teamKey}]->(m)
}`;

/**
 * Counts `p`'s live accounts (in an app, not removed, not deactivated: those My team lists), those
 * with a finding, and the apps they are in, and writes them where they changed, marking the person
 * so their managers' team sums are recounted; returns how many people changed. The apps let a
 * later refresh of some apps find a person an account of theirs was relinked away from.
 */
const STORE_COUNTS_OF_P = `
CALL (p) {
  MATCH (p)<-[:BELONGS_TO]-(a:Account)-[:IN]->(app:App)
  WHERE a.removedAt IS NULL AND coalesce(a.status, 'active') <> 'deactivated'
  RETURN count(a) AS live, count(CASE WHEN EXISTS { (:Finding)-[:ABOUT]->(a) } THEN 1 END) AS flagged, collect(DISTINCT app.id) AS apps
}
WITH p, live, flagged, apps
WHERE p.liveAccounts IS NULL OR p.liveAccounts <> live OR p.flaggedAccounts <> flagged
   OR p.accountAppIds IS NULL OR size(p.accountAppIds) <> size(apps) OR any(id IN apps WHERE NOT id IN p.accountAppIds)
CALL (p, live, flagged, apps) {
  SET p.liveAccounts = live, p.flaggedAccounts = flagged, p.accountAppIds = apps, p.teamCountsStale = true
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS changed`;

export const STORE_PERSON_COUNTS = `
MATCH (p:Person)
${STORE_COUNTS_OF_P}`;

/** As STORE_PERSON_COUNTS, for the people with an account in $appIds now or when last counted. */
export const STORE_PERSON_COUNTS_OF_APPS = `
CALL () {
  UNWIND $appIds AS appId
  MATCH (:App {id: appId})<-[:IN]-(:Account)-[:BELONGS_TO]->(p:Person)
  RETURN p
  UNION
  MATCH (p:Person) WHERE any(id IN coalesce(p.accountAppIds, []) WHERE id IN $appIds)
  RETURN p
}
${STORE_COUNTS_OF_P}`;

/** Counts `m`'s team (people, their live accounts, people and accounts with a finding) and writes them where they changed. */
const STORE_TEAM_COUNTS_OF_M = `
CALL (m) {
  MATCH (r:Person)-[:IN_TEAM_OF]->(m)
  RETURN count(r) AS people, sum(coalesce(r.liveAccounts, 0)) AS accounts,
         count(CASE WHEN r.flaggedAccounts > 0 THEN 1 END) AS flaggedPeople, sum(coalesce(r.flaggedAccounts, 0)) AS flaggedAccounts
}
WITH m, people, accounts, flaggedPeople, flaggedAccounts
WHERE m.teamPeople IS NULL OR m.teamPeople <> people OR m.teamAccounts <> accounts
   OR m.teamFlaggedPeople <> flaggedPeople OR m.teamFlaggedAccounts <> flaggedAccounts
CALL (m, people, accounts, flaggedPeople, flaggedAccounts) {
  SET m.teamPeople = people, m.teamAccounts = accounts, m.teamFlaggedPeople = flaggedPeople, m.teamFlaggedAccounts = flaggedAccounts
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS changed`;

/** Every manager's team counts, where they changed. */
export const STORE_TEAM_COUNTS = `
MATCH (m:Person)
WHERE m.teamPeople IS NOT NULL OR EXISTS { (m)<-[:IN_TEAM_OF]-(:Person) }
${STORE_TEAM_COUNTS_OF_M}`;

/** The team counts of the managers above people whose counts changed since the last team sums. */
export const STORE_STALE_TEAM_COUNTS = `
MATCH (:Person {teamCountsStale: true})-[:IN_TEAM_OF]->(m:Person)
WITH DISTINCT m
${STORE_TEAM_COUNTS_OF_M}`;

/** After the team sums: no person's change is waiting for them. */
export const CLEAR_STALE_COUNTS = `
MATCH (p:Person {teamCountsStale: true})
CALL (p) { REMOVE p.teamCountsStale } IN TRANSACTIONS OF 5000 ROWS`;

/**
 * Marks the team counts as being recounted (returning whether an earlier recount was cut short
 * before the team sums), so a run that stopped between the people's counts and the teams' finishes
 * the team sums next time even when no person's count changes then.
 */
export const BEGIN_COUNTS = `
MERGE (marker:TeamIndex {id: 'team-index'})
WITH marker, coalesce(marker.countsPending, false) AS interrupted
SET marker.countsPending = true
RETURN interrupted`;

export const END_COUNTS = `
MATCH (marker:TeamIndex {id: 'team-index'})
SET marker.countsPending = false`;
