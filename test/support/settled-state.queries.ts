/** What reconciliation and the findings refresh leave behind, without their timestamps. */
export const SETTLED_LINKS = `
MATCH (a)-[r]->(b)
WHERE type(r) IN ['BELONGS_TO', 'SIGNS_IN_WITH', 'ASSIGNED_TO', 'REPORTS_TO', 'MEMBER_OF', 'ENABLED_BY', 'AUTHORIZED_BY', 'OWNED_BY', 'IN_TEAM_OF']
RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + coalesce(r.method, '') + ' ' + toString(coalesce(r.confidence, '')) + ' ' + coalesce(r.reason, '')
       + ' ' + coalesce(r.teamKey, '') AS line
ORDER BY line`;

export const SETTLED_REVIEW_FLAGS = `
MATCH (n) WHERE (n:Account OR n:Identity) AND n.needsReview IS NOT NULL
RETURN n.id + ' ' + toString(n.needsReview) + ' ' + coalesce(n.reviewReason, '') + ' ' + reduce(s = '', c IN coalesce(n.reviewCandidates, []) | s + c + ',') AS line
ORDER BY line`;

export const SETTLED_FINDINGS = `
MATCH (f:Finding)
RETURN f.id AS id, properties(f) AS props,
       COLLECT { MATCH (f)-[r]->(x) RETURN type(r) + ' ' + x.id ORDER BY type(r), x.id } AS rels
ORDER BY id`;

/** Stored counts, lists (accounts by status, findings by type, a role's first holders) included, one line per app, seat type, role and person. */
export const SETTLED_COUNTS = `
MATCH (n) WHERE n:App OR n:SeatType OR n:Role OR n:Person
RETURN n.id AS id,
       [k IN keys(n) WHERE k STARTS WITH 'count' OR k STARTS WITH 'team'
                           OR k IN ['held', 'used', 'inactiveHeld', 'pendingHeld', 'orphanedHeld', 'duplicateHeld', 'suspendedHeld',
                                    'firstHolderIds', 'liveAccounts', 'flaggedAccounts', 'findingTypes', 'findingCountByType', 'findingCostByType',
                                    'activityDays', 'activityDayCounts', 'activityNeverUsed'] |
        k + '=' + CASE WHEN n[k] IS :: LIST<ANY>
                    // a sum of costs may differ in its last bits with the order the findings were read in
                    THEN reduce(s = '', x IN n[k] | s + toString(CASE WHEN x IS :: FLOAT THEN round(x, 6) ELSE x END) + ',')
                    ELSE toString(n[k]) END] AS counts
ORDER BY id`;
