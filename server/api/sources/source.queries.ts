/**
 * A scope is a source once an import of it succeeded: a refused or failed run wrote nothing, so a
 * scope with only those (a malformed first upload) is no source to sync; its runs stay in the history.
 */
export const SOURCES = `
MATCH (s:SyncRun)
WITH s ORDER BY s.startedAt DESC, s.recordedAt DESC
WITH s.scope AS scope, collect(s) AS runs
WITH scope, runs, [r IN runs WHERE r.status = 'succeeded'][0] AS lastGood
WHERE lastGood IS NOT NULL
RETURN scope, runs[0].kind AS kind, runs[0].status AS lastStatus, size(runs) AS runCount,
       any(r IN runs WHERE r.reconcilePending = true) AS reconciling,
       toString(lastGood.startedAt) AS lastSyncedAt,
       CASE WHEN lastGood IS NULL THEN null ELSE duration.inDays(lastGood.startedAt, datetime($now)).days END AS daysSinceSync
ORDER BY scope`;

export const SYNC_RUNS = `
MATCH (s:SyncRun)
WHERE $scope IS NULL OR s.scope = $scope
RETURN s {.*, startedAt: toString(s.startedAt), finishedAt: toString(s.finishedAt)} AS run
ORDER BY s.startedAt DESC, s.recordedAt DESC
SKIP $skip LIMIT $limit`;

/** Apps already in the graph, for the upload form's app choice. */
export const GRAPH_APPS = `
MATCH (a:App) WHERE a.name IS NOT NULL
RETURN a.name AS name, a.catalogKey AS catalogKey
ORDER BY toLower(a.name)`;
