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
 * Each person's live accounts (in an app, not removed, not deactivated: those My team lists) and
 * those with a finding, written where they changed; returns how many people changed.
 */
export const STORE_PERSON_COUNTS = `
MATCH (p:Person)
CALL (p) {
  MATCH (p)<-[:BELONGS_TO]-(a:Account)
  WHERE a.removedAt IS NULL AND coalesce(a.status, 'active') <> 'deactivated' AND EXISTS { (a)-[:IN]->(:App) }
  RETURN count(a) AS live, count(CASE WHEN EXISTS { (:Finding)-[:ABOUT]->(a) } THEN 1 END) AS flagged
}
WITH p, live, flagged
WHERE p.liveAccounts IS NULL OR p.liveAccounts <> live OR p.flaggedAccounts <> flagged
CALL (p, live, flagged) {
  SET p.liveAccounts = live, p.flaggedAccounts = flagged
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS changed`;

/** Each manager's team counts (people, their live accounts, people and accounts with a finding), written where they changed. */
export const STORE_TEAM_COUNTS = `
MATCH (m:Person)
WHERE m.teamPeople IS NOT NULL OR EXISTS { (m)<-[:IN_TEAM_OF]-(:Person) }
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
