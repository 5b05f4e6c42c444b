export const READ_THRESHOLDS = `
OPTIONAL MATCH (o:Organization {id: 'org'})
RETURN o.inactivityDays AS inactivityDays, o.neverActiveDays AS neverActiveDays`;

/** A null parameter keeps the value the organization has. */
export const SET_THRESHOLDS = `
MERGE (o:Organization {id: 'org'})
SET o.inactivityDays = coalesce($inactivityDays, o.inactivityDays),
    o.neverActiveDays = coalesce($neverActiveDays, o.neverActiveDays)`;
