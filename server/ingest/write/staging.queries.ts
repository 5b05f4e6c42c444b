import type { WrittenLabel } from './written-label.js';

/**
 * Staged records (records.queries.ts STAGE_*) are nodes labelled :StagedRecord, which no reader
 * queries, so an import's new records can be written in many small transactions and still appear
 * all at once: publishing relabels them in the import's one final transaction. Staged records are
 * found by reading the label: staged records other than this run's are few (what runs killed in
 * the last day left), and an index on the run would cost every staged record an index update.
 */

/** This run's staged records of one label become real records; the count checks that none went missing. */
export function publishStaged(label: WrittenLabel): string {
  return `
MATCH (n:StagedRecord {stagedLabel: '${label}'})
WHERE n.stagedRunId = $runId
REMOVE n:StagedRecord, n.stagedLabel, n.stagedRunId, n.stagedScope, n.stagedAt, n.stagedTargetId
SET n:${label}
RETURN count(n) AS published`;
}

/** A failed run's staged records, deleted in batches (Graph.writeInTransactions). */
export const DELETE_RUN_STAGED = `
MATCH (n:StagedRecord)
WHERE n.stagedRunId = $runId
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

/**
 * What runs that died while staging left behind (sync.ts says which). Nobody sees them; they only
 * take room, and are deleted in batches before the next import of their scope, or by any import once
 * a day old.
 */
export const DELETE_LEFTOVER_STAGED = `
MATCH (n:StagedRecord)
WHERE n.stagedRunId <> $runId AND (n.stagedScope = $scope OR n.stagedAt < datetime() - duration('P1D'))
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;
