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
CREATE FULLTEXT INDEX person_search IF NOT EXISTS FOR (n:Person) ON EACH [n.displayName, n.email, n.department, n.title, n.employeeId];
CREATE INDEX account_username IF NOT EXISTS FOR (n:Account) ON (n.username);
CREATE INDEX account_external_id IF NOT EXISTS FOR (n:Account) ON (n.externalId);
CREATE INDEX person_scope IF NOT EXISTS FOR (n:Person) ON (n.scope);
CREATE INDEX identity_scope IF NOT EXISTS FOR (n:Identity) ON (n.scope);
CREATE INDEX idp_group_scope IF NOT EXISTS FOR (n:IdpGroup) ON (n.scope);
CREATE INDEX account_scope IF NOT EXISTS FOR (n:Account) ON (n.scope);
CREATE INDEX integration_scope IF NOT EXISTS FOR (n:Integration) ON (n.scope);
CREATE INDEX sync_run_scope IF NOT EXISTS FOR (n:SyncRun) ON (n.scope);
CREATE INDEX api_token_hash IF NOT EXISTS FOR (n:ApiToken) ON (n.hash);
CREATE INDEX identity_idp IF NOT EXISTS FOR (n:Identity) ON (n.idp);
CREATE INDEX idp_group_idp IF NOT EXISTS FOR (n:IdpGroup) ON (n.idp);
CREATE INDEX identity_external_id IF NOT EXISTS FOR (n:Identity) ON (n.externalId);
CREATE INDEX app_assignment_scope IF NOT EXISTS FOR (n:AppAssignment) ON (n.scope);
// Removed accounts are few: the overview subtracts them instead of reading every account.
CREATE INDEX account_removed_at IF NOT EXISTS FOR (n:Account) ON (n.removedAt);
// A user's sessions are deleted together when the user is disabled or gets a new password.
CREATE INDEX session_user IF NOT EXISTS FOR (n:Session) ON (n.userId);
// A reviewer's queue and the escalation sweep look items up by reviewer; campaign lists by status.
CREATE INDEX review_item_reviewer IF NOT EXISTS FOR (n:ReviewItem) ON (n.reviewerPersonId);
CREATE INDEX review_item_campaign IF NOT EXISTS FOR (n:ReviewItem) ON (n.campaignId);
CREATE INDEX campaign_status IF NOT EXISTS FOR (n:Campaign) ON (n.status);
// The audit page's action picker and filter read the log by action.
CREATE INDEX audit_event_action IF NOT EXISTS FOR (n:AuditEvent) ON (n.action);
CREATE INDEX notification_status IF NOT EXISTS FOR (n:Notification) ON (n.status);
CREATE INDEX notification_day IF NOT EXISTS FOR (n:Notification) ON (n.day);
// Leavers of a period (the overview's KPI and the Leavers page) by termination date.
CREATE INDEX person_end_date IF NOT EXISTS FOR (n:Person) ON (n.endDate);
