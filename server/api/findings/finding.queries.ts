/** For a manager ($scopeManagerId set), only findings about people who report to them, directly or not. */
const IN_SCOPE = `($scopeManagerId IS NULL OR EXISTS { (f)-[:CONCERNS]->(:Person)-[:REPORTS_TO*1..]->(:Person {id: $scopeManagerId}) })`;

/**
 * Where a search starts reading findings: from the filter that narrows them most (a person's, an
 * app's, those of some types through the finding_type index, a manager's reports'), so a filtered
 * page reads what it shows rather than every finding. The full filter still applies after it.
 */
export type FindingStart = 'person' | 'apps' | 'types' | 'team' | 'all';

const START: Record<FindingStart, string> = {
  person: `MATCH (:Person {id: $personId})<-[:CONCERNS]-(f:Finding)`,
  apps: `MATCH (app:App) WHERE app.id IN $apps
MATCH (f:Finding)-[:IN_APP]->(app)`,
  types: `MATCH (f:Finding) WHERE f.type IN $types
WITH f`,
  team: `MATCH (:Person {id: $scopeManagerId})<-[:REPORTS_TO*1..]-(:Person)<-[:CONCERNS]-(f:Finding)
WITH DISTINCT f`,
  all: `MATCH (f:Finding)`,
};

/** The narrowest start the parameters allow. */
export function findingStart(params: {
  personId: string | null;
  apps: unknown[] | null;
  types: unknown[] | null;
  scopeManagerId: string | null;
}): FindingStart {
  if (params.personId !== null) return 'person';
  if (params.apps !== null) return 'apps';
  if (params.types !== null) return 'types';
  if (params.scopeManagerId !== null) return 'team';
  return 'all';
}

const filter = (start: FindingStart) => `
${START[start]}
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

/** A page of findings in one of the fixed orders (an order and a start are chosen from these tables, never written by a caller). */
export function findingsPage(order: FindingOrder, start: FindingStart = 'all'): string {
  return `${filter(start)}
WITH f ORDER BY ${ORDER_BY[order]}
SKIP $skip LIMIT $limit
RETURN f {.*} AS finding`;
}

export function findingsTotals(start: FindingStart = 'all'): string {
  return `${filter(start)}
RETURN f.type AS type, count(f) AS count, sum(f.monthlyCost) AS monthlyCost`;
}

export const FINDING_BY_ID = `MATCH (f:Finding {id: $id}) WHERE ${IN_SCOPE} RETURN f {.*} AS finding`;
