/** Every relationship, deleted in batches: a node with a hundred thousand of them never goes in one transaction. */
export const DELETE_RELATIONSHIPS = `
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;

/** Every node, once no relationship is left, deleted in batches. */
export const DELETE_NODES = `
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`;
