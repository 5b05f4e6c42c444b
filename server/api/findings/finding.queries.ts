const FILTER = `
MATCH (f:Finding)
WHERE ($types IS NULL OR f.type IN $types)
  AND ($apps IS NULL OR f.appId IN $apps)
  AND ($severities IS NULL OR f.severity IN $severities)
  AND ($personId IS NULL OR f.personId = $personId)
  AND ($search IS NULL OR toLower(coalesce(f.accountEmail, '')) CONTAINS $search
       OR toLower(coalesce(f.personName, '')) CONTAINS $search
       OR toLower(f.appName) CONTAINS $search
       OR toLower(f.reason) CONTAINS $search)`;

export const FINDINGS_PAGE = `${FILTER}
RETURN f {.*} AS finding
ORDER BY f.severityRank DESC, f.monthlyCost DESC, f.appName, coalesce(f.accountEmail, ''), f.id
SKIP $skip LIMIT $limit`;

export const FINDINGS_TOTALS = `${FILTER}
RETURN f.type AS type, count(f) AS count, sum(f.monthlyCost) AS monthlyCost`;

export const FINDING_BY_ID = `MATCH (f:Finding {id: $id}) RETURN f {.*} AS finding`;
