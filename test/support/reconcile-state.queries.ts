/** Every relationship reconciliation writes or derives, with its properties. */
export const RECONCILED_RELATIONSHIPS = `
MATCH (a)-[r:BELONGS_TO|SIGNS_IN_WITH|ASSIGNED_TO|REPORTS_TO|MEMBER_OF|ENABLED_BY|AUTHORIZED_BY|OWNED_BY]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
ORDER BY from, type, to`;

/** Review flags of accounts and identities. */
export const REVIEW_FLAGS = `
MATCH (n) WHERE (n:Account OR n:Identity) AND n.needsReview IS NOT NULL
RETURN n.id AS id, n.needsReview AS needsReview, n.reviewCandidates AS candidates, n.reviewReason AS reason
ORDER BY id`;
