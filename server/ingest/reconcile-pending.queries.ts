/** Imports whose write committed and whose reconciliation has not finished yet, latest first. */
export const PENDING_SYNC_RUN_IDS = `
MATCH (s:SyncRun {reconcilePending: true})
RETURN s.id AS id
ORDER BY s.recordedAt DESC`;

export const MARK_RECONCILED = `
MATCH (s:SyncRun {reconcilePending: true})
WHERE s.id IN $ids
SET s.reconcilePending = false`;
