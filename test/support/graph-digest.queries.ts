/** Every import also appends to the audit log, as it records a SyncRun: neither is the data, nor a connection's or a watched Baton file's record of its runs. */
const DATA_ONLY = `NOT n:Connection AND NOT n:BatonFile AND NOT n:SyncRun AND NOT n:Snapshot AND NOT n:Finding AND NOT n:AuditEvent AND NOT n:AuditHead`;

export const DATA_NODES = `MATCH (n) WHERE ${DATA_ONLY} RETURN labels(n) AS labels, properties(n) AS props`;

export const DATA_RELATIONSHIPS = `
MATCH (a)-[r]->(b) WHERE NOT a:SyncRun AND NOT a:Snapshot AND NOT a:Finding AND NOT b:Finding
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`;
