import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';
import type { FindingRule, RuleResult } from './rule.js';
import { catalogParams, orgDomains, type RuleDefaults } from './rule-params.js';
import { readThresholds } from './thresholds.js';
import { RULES, type FindingType } from './rules/index.js';
import { readAppIds } from './scope.js';
import { chargeEachSeatOnce } from './waste-causes.js';

export interface FindingRecord {
  id: string;
  type: FindingType;
  severity: string;
  appId: string;
  appName: string;
  accountId: string | null;
  accountEmail: string | null;
  accountStatus: string | null;
  personId: string | null;
  personName: string | null;
  personEmail: string | null;
  personStatus: string | null;
  monthlyCost: number;
  currency: string;
  reason: string;
  appCaveat: string | null;
  suggestedAction: string;
  evidence: string[];
  ageDays: number | null;
  detectedAt: string;
}

/** What every rule reads besides the graph: the same for every app of one refresh. */
export interface RuleParams {
  now: string;
  catalog: Record<string, Record<string, unknown>>;
  orgDomains: string[];
  defaults: RuleDefaults;
}

export async function ruleParams(graph: Graph, catalog: Catalog, now: Date): Promise<RuleParams> {
  return {
    now: now.toISOString(),
    catalog: catalogParams(catalog),
    orgDomains: await orgDomains(graph),
    defaults: await readThresholds(graph),
  };
}

/** Evaluates every rule as of `now` for the apps `appIds` (every app when omitted), without writing anything. */
export async function evaluateFindings(graph: Graph, catalog: Catalog, now: Date, appIds?: readonly string[]): Promise<FindingRecord[]> {
  const params = await ruleParams(graph, catalog, now);
  return evaluateRules(graph, catalog, now, params, appIds ?? (await readAppIds(graph)));
}

/** Every rule over the apps `appIds`, with the parameters read once for the whole refresh. */
export async function evaluateRules(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  params: RuleParams,
  appIds: readonly string[],
): Promise<FindingRecord[]> {
  const records: FindingRecord[] = [];
  if (appIds.length === 0) return records;
  for (const rule of RULES) {
    const rows = await graph.read(rule.cypher, { ...params, appIds }, `finding:${rule.type}`);
    for (const row of rows) records.push(toRecord(rule, rule.read(row), catalog, now));
  }
  return chargeEachSeatOnce(records);
}

function toRecord(rule: FindingRule<FindingType>, { columns: row, text }: RuleResult, catalog: Catalog, now: Date): FindingRecord {
  const caveat = row.catalogKey === null ? undefined : catalog.find(row.catalogKey)?.caveats.find((c) => c.findingType === rule.type);
  const subject = row.accountId ?? row.appId;
  return {
    id: [rule.type, subject, row.key].filter(Boolean).join(':'),
    type: rule.type,
    severity: text.severity,
    appId: row.appId,
    appName: row.appName,
    accountId: row.accountId,
    accountEmail: row.accountEmail,
    accountStatus: row.accountStatus,
    personId: row.personId,
    personName: row.personName,
    personEmail: row.personEmail,
    personStatus: row.personStatus,
    monthlyCost: text.monthlyCost,
    currency: row.currency,
    reason: text.reason,
    appCaveat: caveat ? caveat.text : null,
    suggestedAction: text.suggestedAction,
    evidence: text.evidence,
    ageDays: row.ageDays,
    detectedAt: now.toISOString(),
  };
}
