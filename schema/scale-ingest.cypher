// Imports stage new records under :StagedRecord (server/ingest/write/records.queries.ts): staged
// accounts, roles and seat types are linked to the apps, roles and seat types staged by the same run by this id.
CREATE INDEX staged_record_target IF NOT EXISTS FOR (n:StagedRecord) ON (n.stagedTargetId);
// A run that stages records (server/ingest/write/staging.queries.ts), until it publishes them or they are deleted.
CREATE CONSTRAINT staging_run_id IF NOT EXISTS FOR (n:StagingRun) REQUIRE n.id IS UNIQUE;
