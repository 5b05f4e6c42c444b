/** CampaignSchedule nodes and their runs (CampaignScheduleRun, one per schedule and run date). */

const SCHEDULE_COLUMNS = `s {.*} AS schedule`;

export const SCHEDULE_NAME_TAKEN = `MATCH (s:CampaignSchedule) WHERE toLower(s.name) = toLower($name) RETURN s.id AS id LIMIT 1`;

export const CREATE_SCHEDULE = `
CREATE (s:CampaignSchedule)
SET s = $schedule
RETURN ${SCHEDULE_COLUMNS}`;

export const LIST_SCHEDULES = `
MATCH (s:CampaignSchedule)
RETURN ${SCHEDULE_COLUMNS}
ORDER BY toLower(s.name), s.id`;

/** Each schedule's owner as named in HR, when the reference it keeps (person id, employee id or email) is one person. */
export const SCHEDULE_OWNER_NAMES = `
MATCH (s:CampaignSchedule)
WITH s, COLLECT {
  MATCH (p:Person) WHERE p.id = s.owner OR p.employeeId = s.owner OR p.email = toLower(s.owner)
  RETURN coalesce(p.displayName, p.email)
} AS names
RETURN s.id AS id, CASE WHEN size(names) = 1 THEN names[0] END AS name`;

/** A schedule by id, or by name (any case) for the command line. */
export const FIND_SCHEDULE = `
MATCH (s:CampaignSchedule) WHERE s.id = $ref OR toLower(s.name) = toLower($ref)
RETURN ${SCHEDULE_COLUMNS}`;

export const DELETE_SCHEDULE = `
MATCH (s:CampaignSchedule {id: $id})
DETACH DELETE s`;

/**
 * Claims the schedule's run for $runOn: MERGE on the unique run key, so of two passes racing only the
 * one whose token is written goes on to create the campaign. The schedule's last run moves on with it.
 */
export const CLAIM_RUN = `
MATCH (s:CampaignSchedule {id: $scheduleId})
WHERE s.lastRunOn IS NULL OR s.lastRunOn < $runOn
MERGE (r:CampaignScheduleRun {key: $key})
ON CREATE SET r.scheduleId = $scheduleId, r.runOn = $runOn, r.claimedAt = $now, r.token = $token, r.status = 'running'
WITH s, r
WHERE r.token = $token
SET s.lastRunOn = $runOn
MERGE (s)-[:RAN]->(r)
RETURN r.key AS key`;

/** How the run ended: the campaign it launched, or why it did not. */
export const FINISH_RUN = `
MATCH (r:CampaignScheduleRun {key: $key})
MATCH (s:CampaignSchedule {id: r.scheduleId})
SET r.status = $status, r.campaignId = $campaignId, r.error = $error, r.finishedAt = $now,
    s.lastStatus = $status, s.lastCampaignId = $campaignId, s.lastError = $error`;
