/** The latest snapshots, oldest first; `recordedAt` (wall clock) orders snapshots taken at one pinned "now". */
export const KPI_TREND = `
MATCH (s:Snapshot)
WITH s ORDER BY s.takenAt DESC, coalesce(s.recordedAt, s.takenAt) DESC LIMIT $last
OPTIONAL MATCH (run:SyncRun {id: s.syncRunId})
RETURN s {.*, takenAt: toString(s.takenAt)} AS snapshot, run.kind AS syncKind
ORDER BY s.takenAt, coalesce(s.recordedAt, s.takenAt)`;
