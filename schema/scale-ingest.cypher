// Imports stage new records under :StagedRecord (server/ingest/write/staging.queries.ts): found by run
// and label to publish them, by run to delete a failed run's, and by id to link staged accounts to staged apps and roles.
CREATE INDEX staged_record_run IF NOT EXISTS FOR (n:StagedRecord) ON (n.stagedRunId);
CREATE INDEX staged_record_run_label IF NOT EXISTS FOR (n:StagedRecord) ON (n.stagedRunId, n.stagedLabel);
CREATE INDEX staged_record_id IF NOT EXISTS FOR (n:StagedRecord) ON (n.id);
