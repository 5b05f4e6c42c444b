/** Every property of every node (the audit log's events included), to look for a leaked secret. */
export const EVERY_NODE_PROPERTIES = `MATCH (n) RETURN labels(n) AS labels, properties(n) AS props`;
