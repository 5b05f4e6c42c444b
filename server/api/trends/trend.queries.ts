/** The latest snapshots, oldest first; `recordedAt` (wall clock) orders snapshots taken at one pinned "now". */
export const KPI_TREND = `
MATCH (s:Snapshot)
WITH s ORDER BY s.takenAt DESC, coalesce(s.recordedAt, s.takenAt) DESC LIMIT $last
OPTIONAL MATCH (run:SyncRun {id: s.syncRunId})
RETURN s {.*, takenAt: toString(s.takenAt)} AS snapshot, run.kind AS syncKind
ORDER BY s.takenAt, coalesce(s.recordedAt, s.takenAt)`;

/**
 * One snapshot per day from `$from` (inclusive) to `$to` (exclusive): the last one taken that day
 * (UTC), so a day of many imports is one point. Reads the range through the snapshot_taken index.
 */
export const KPI_DAILY = `
MATCH (s:Snapshot)
WHERE s.takenAt >= datetime($from) AND s.takenAt < datetime($to)
WITH s ORDER BY s.takenAt, coalesce(s.recordedAt, s.takenAt)
WITH date(s.takenAt) AS day, last(collect(s)) AS s
OPTIONAL MATCH (run:SyncRun {id: s.syncRunId})
RETURN toString(day) AS day, s {.*, takenAt: toString(s.takenAt)} AS snapshot, run.kind AS syncKind
ORDER BY day`;
