export const CREATE_SNAPSHOT = `
CREATE (s:Snapshot)
SET s = $snapshot, s.takenAt = datetime($snapshot.takenAt)`;
