/** Statements that maintain the database itself rather than read or write Attest's data. */

/** Deletes up to 10 000 nodes with their relationships; run until it deletes none. */
export const DELETE_BATCH = `MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted`;

/** Waits up to 300 seconds for every index to come online. */
export const AWAIT_INDEXES = `CALL db.awaitIndexes(300)`;
