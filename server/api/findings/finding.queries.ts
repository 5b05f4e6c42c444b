/** For a manager ($scopeManagerId set), only findings about people who report to them, directly or not. */
const IN_SCOPE = `($scopeManagerId IS NULL OR EXISTS { (f)-[:CONCERNS]->(:Person)-[:REPORTS_TO*1..]->(:Person {id: $scopeManagerId}) })`;

const FILTER = `
MATCH (f:Finding)
WHERE ${IN_SCOPE}
  AND ($types IS NULL OR f.type IN $types)
  AND ($apps IS NULL OR f.appId IN $apps)
  AND ($severities IS NULL OR f.severity IN $severities)
  AND ($personId IS NULL OR f.personId = $personId)
  AND ($search IS NULL OR toLower(coalesce(f.accountEmail, '')) CONTAINS $search
       OR toLower(coalesce(f.personName, '')) CONTAINS $search
       OR toLower(f.appName) CONTAINS $search
       OR toLower(f.reason) CONTAINS $search)`;

export type FindingOrder = 'severity' | 'cost' | 'age' | 'app' | 'person';

/** Each order ends with the default one and the id, so pages never overlap or skip. */
const ORDER_BY: Record<FindingOrder, string> = {
  severity: `f.severityRank DESC, f.monthlyCost DESC, f.appName, coalesce(f.accountEmail, ''), f.id`,
  cost: `f.monthlyCost DESC, f.severityRank DESC, f.appName, coalesce(f.accountEmail, ''), f.id`,
  age: `coalesce(f.ageDays, -1) DESC, f.severityRank DESC, f.monthlyCost DESC, f.appName, coalesce(f.accountEmail, ''), f.id`,
  app: `f.appName, f.severityRank DESC, f.monthlyCost DESC, coalesce(f.accountEmail, ''), f.id`,
  person: `f.personName IS NULL, f.personName, f.severityRank DESC, f.monthlyCost DESC, f.appName, f.id`,
};

/** A page of findings in one of the fixed orders (an order is chosen from this table, never written by a caller). */
export function findingsPage(order: FindingOrder): string {
  return `${FILTER}
RETURN f {.*} AS finding
ORDER BY ${ORDER_BY[order]}
SKIP $skip LIMIT $limit`;
}

export const FINDINGS_TOTALS = `${FILTER}
RETURN f.type AS type, count(f) AS count, sum(f.monthlyCost) AS monthlyCost`;

export const FINDING_BY_ID = `MATCH (f:Finding {id: $id}) WHERE ${IN_SCOPE} RETURN f {.*} AS finding`;
