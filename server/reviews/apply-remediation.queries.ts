/**
 * What "apply" needs of a remediation task: the revoked account, which syncs wrote it (and, for an
 * app reached through Okta, the Okta assignments of its identities), and the last apply recorded.
 * A connector's sync run names its connection (SyncRun.connection).
 */
export const APPLY_FACTS = `
MATCH (c:Campaign)-[:HAS_ITEM]->(i:ReviewItem {id: $itemId})-[:REVIEWS]->(a:Account)-[:IN]->(app:App)
OPTIONAL MATCH (run:SyncRun {id: a.lastSyncRunId})
RETURN i.id AS itemId, i.decision AS decision, i.remediationStatus AS remediationStatus,
       app.id AS appId, app.name AS appName,
       a.username AS username, a.email AS email, a.externalId AS externalId, a.status AS status, a.removedAt IS NOT NULL AS removed,
       COLLECT { MATCH (a)-[:HAS_ROLE]->(r:Role) RETURN r.name ORDER BY r.name } AS roles,
       run.connection AS accountConnection,
       COLLECT {
         MATCH (a)-[:SIGNS_IN_WITH]->(idn:Identity {idp: 'okta'})
         MATCH (x:AppAssignment {appId: app.id, identityId: idn.id}) WHERE x.removedAt IS NULL
         OPTIONAL MATCH (xr:SyncRun {id: x.lastSyncRunId})
         RETURN {userId: idn.externalId, connection: xr.connection} AS assignment ORDER BY idn.externalId
       } AS oktaAssignments,
       i.remediationAppliedAt AS appliedAt, i.remediationAppliedBy AS appliedBy, i.remediationAppliedVia AS appliedVia,
       i.remediationApplyStatus AS applyStatus, i.remediationApplyOutcome AS applyOutcome, i.remediationApplyOk AS applyOk`;

/** The vendor's answer, kept on the task: the task itself stays as it is until an import shows the change. */
export const RECORD_APPLY = `
MATCH (i:ReviewItem {id: $itemId})
SET i.remediationAppliedAt = $at, i.remediationAppliedBy = $actorName, i.remediationAppliedVia = $connection,
    i.remediationApplyStatus = $status, i.remediationApplyOutcome = $outcome, i.remediationApplyOk = $ok
RETURN i.id AS itemId`;
