import { TARGET_LABELS, type WrittenLabel } from './written-label.js';

/**
 * Staged records (records.queries.ts STAGE_*) are nodes labelled :StagedRecord, which no reader
 * queries, so an import's new records can be written in many small transactions and still appear
 * all at once: publishing relabels them in the import's one final transaction. Each run that
 * stages has a :StagingRun (its id, scope and start) until it publishes or its records are
 * deleted. Staged records are found by reading their label: those of other runs are few (what runs
 * killed in the last day left), and an index on the run would cost every staged record an index
 * update.
 */

/** The labels of the importer's bookkeeping: what readers (and the benches' comparisons) leave out. */
export const STAGED_LABEL = 'StagedRecord';
export const STAGING_RUN_LABEL = 'StagingRun';

export const START_STAGING_RUN = `CREATE (:${STAGING_RUN_LABEL} {id: $runId, scope: $scope, startedAt: datetime()})`;

/** This run's staged records of one label become real records; the count checks that none went missing. */
export function publishStaged(label: WrittenLabel): string {
  return `
MATCH (n:${STAGED_LABEL})
WHERE n.staged = ['${label}', $runId]
REMOVE n:${STAGED_LABEL}, n.staged${TARGET_LABELS.has(label) ? ', n.stagedTargetId' : ''}
SET n:${label}
RETURN count(n) AS published`;
}

/** In the publish transaction: nothing of the run is staged any more. */
export const END_STAGING_RUN = `MATCH (run:${STAGING_RUN_LABEL} {id: $runId}) DELETE run`;

/** A run's staged records, deleted in batches (Graph.writeInTransactions); then END_STAGING_RUN. */
export const DELETE_RUN_STAGED = `
MATCH (n:${STAGED_LABEL})
WHERE n.staged[1] = $runId
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

/**
 * Runs that died while staging (write-import.ts says which): their records are seen by nobody and
 * only take room.
 */
export const DEAD_STAGING_RUNS = `
MATCH (run:${STAGING_RUN_LABEL})
WHERE run.id <> $runId AND (run.scope = $scope OR run.startedAt < datetime() - duration('P1D'))
RETURN run.id AS id`;
