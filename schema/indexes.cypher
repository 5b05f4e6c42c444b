// Lookups the importers, reconciliation and dashboard queries make by something other than id.
CREATE INDEX person_email IF NOT EXISTS FOR (n:Person) ON (n.email);
CREATE INDEX person_employee_id IF NOT EXISTS FOR (n:Person) ON (n.employeeId);
CREATE INDEX person_status IF NOT EXISTS FOR (n:Person) ON (n.status);
CREATE INDEX person_display_name IF NOT EXISTS FOR (n:Person) ON (n.displayName);
CREATE INDEX identity_email IF NOT EXISTS FOR (n:Identity) ON (n.email);
CREATE INDEX identity_login IF NOT EXISTS FOR (n:Identity) ON (n.login);
CREATE INDEX identity_source IF NOT EXISTS FOR (n:Identity) ON (n.source, n.externalId);
CREATE INDEX account_email IF NOT EXISTS FOR (n:Account) ON (n.email);
CREATE INDEX account_status IF NOT EXISTS FOR (n:Account) ON (n.status);
CREATE INDEX account_source IF NOT EXISTS FOR (n:Account) ON (n.source, n.externalId);
CREATE INDEX app_name IF NOT EXISTS FOR (n:App) ON (n.name);
CREATE INDEX app_catalog_key IF NOT EXISTS FOR (n:App) ON (n.catalogKey);
CREATE INDEX sync_run_started IF NOT EXISTS FOR (n:SyncRun) ON (n.startedAt);
CREATE INDEX snapshot_taken IF NOT EXISTS FOR (n:Snapshot) ON (n.takenAt);
CREATE INDEX finding_type IF NOT EXISTS FOR (n:Finding) ON (n.type);
CREATE INDEX audit_event_seq IF NOT EXISTS FOR (n:AuditEvent) ON (n.seq);
CREATE FULLTEXT INDEX person_search IF NOT EXISTS FOR (n:Person) ON EACH [n.displayName, n.email, n.department, n.title, n.employeeId];
