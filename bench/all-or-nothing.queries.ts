/**
 * What readers see: records, findings, snapshots, decisions; not the importer's sync runs, the audit
 * log, records staged under $staging or the staging runs ($stagingRun).
 */
const visible = (v: string) =>
  `NOT ${v}:SyncRun AND NOT ${v}:AuditEvent AND NOT ${v}:AuditHead AND NOT $staging IN labels(${v}) AND NOT $stagingRun IN labels(${v})`;

/**
 * Nodes per label, and the sync runs that last wrote them: an import that committed any of its
 * writes leaves its run id on the records it wrote, even where it changed no count.
 */
export const VISIBLE_NODES = `
MATCH (n) WHERE ${visible('n')}
UNWIND labels(n) AS label
WITH label, count(n) AS nodes, collect(DISTINCT n.lastSyncRunId) AS runs
RETURN label, nodes, runs ORDER BY label`;

export const VISIBLE_RELATIONSHIPS = `
MATCH (a)-[r]->(b) WHERE ${visible('a')} AND ${visible('b')}
RETURN type(r) AS type, count(r) AS count ORDER BY type`;

export const SUCCEEDED_SYNC_RUNS = `
MATCH (s:SyncRun {status: 'succeeded'})
RETURN count(s) AS runs`;

/** The open transactions Attest started, with the purpose it named them by. */
export const OPEN_TRANSACTIONS = `
SHOW TRANSACTIONS YIELD metaData, elapsedTime
WHERE metaData.app = 'attest'
RETURN metaData.purpose AS purpose, elapsedTime.milliseconds AS ms`;
