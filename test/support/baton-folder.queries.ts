/** The runs the watched Baton folder recorded, newest last. */
export const BATON_RUNS = `
MATCH (s:SyncRun {kind: 'baton'})
RETURN s.scope AS scope, s.status AS status, s.files AS files, s.errors AS errors
ORDER BY s.recordedAt`;

/** The integrations left behind in an app, by the account that enabled or authorized each. */
export const LEFT_BEHIND = `
MATCH (f:Finding {type: 'integration_left_behind'})-[:IN_APP]->(:App {name: $app})
OPTIONAL MATCH (f)-[:ABOUT]->(a:Account)
RETURN DISTINCT a.externalId AS account, f.reason AS reason, count(DISTINCT f) AS findings
ORDER BY account, reason`;
