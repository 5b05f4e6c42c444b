// Imports stage new records under :StagedRecord (server/ingest/write/records.queries.ts): staged
// accounts, roles and seat types are linked to the apps, roles and seat types staged by the same run by this id.
CREATE INDEX staged_record_target IF NOT EXISTS FOR (n:StagedRecord) ON (n.stagedTargetId);
