// Every node has a stable id, unique per label. Applied idempotently at start (IF NOT EXISTS).
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT identity_id IF NOT EXISTS FOR (n:Identity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT idp_group_id IF NOT EXISTS FOR (n:IdpGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT app_id IF NOT EXISTS FOR (n:App) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seat_type_id IF NOT EXISTS FOR (n:SeatType) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT integration_id IF NOT EXISTS FOR (n:Integration) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT campaign_id IF NOT EXISTS FOR (n:Campaign) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_item_id IF NOT EXISTS FOR (n:ReviewItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
// A sequence number is used once, so the audit chain cannot fork; this replaces the plain index audit_event_seq.
DROP INDEX audit_event_seq IF EXISTS;
CREATE CONSTRAINT audit_event_seq_unique IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.seq IS UNIQUE;
// The audit log's single head (sequence number and hash of the newest event): concurrent first appends create one.
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (n:AuditHead) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sync_run_id IF NOT EXISTS FOR (n:SyncRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (n:Snapshot) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (n:Finding) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
// A live SCIM user name is unique; cleared on delete so a name can be reused.
CREATE CONSTRAINT identity_scim_user_name IF NOT EXISTS FOR (n:Identity) REQUIRE n.scimUserName IS UNIQUE;
CREATE CONSTRAINT app_assignment_id IF NOT EXISTS FOR (n:AppAssignment) REQUIRE n.id IS UNIQUE;
// Sign-in: one user per (lower-cased) email; a session is found by the SHA-256 of its cookie token.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT connection_name IF NOT EXISTS FOR (n:Connection) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT connection_id IF NOT EXISTS FOR (n:Connection) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
// One message per person, channel and day: a second pass the same day finds it and sends nothing more.
CREATE CONSTRAINT notification_key IF NOT EXISTS FOR (n:Notification) REQUIRE n.key IS UNIQUE;
// Recurring campaigns: a schedule's run for a date is claimed once (two passes racing create one campaign).
CREATE CONSTRAINT campaign_schedule_id IF NOT EXISTS FOR (n:CampaignSchedule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT campaign_schedule_run_key IF NOT EXISTS FOR (n:CampaignScheduleRun) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT webhook_endpoint_id IF NOT EXISTS FOR (n:WebhookEndpoint) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT webhook_delivery_id IF NOT EXISTS FOR (n:WebhookDelivery) REQUIRE n.id IS UNIQUE;
