import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';
import type { FindingRule, RuleResult } from './rule.js';
import { catalogParams, orgDomains } from './rule-params.js';
import { readThresholds } from './thresholds.js';
import { RULES, type FindingType } from './rules/index.js';
import * as q from './findings.queries.js';
import { STORE_APP_COUNTS } from './app-counts.queries.js';
import { COMPUTE_SEAT_USAGE } from './seat-usage.queries.js';

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

const WRITE_BATCH = 5000;

/** Evaluates every rule against the graph as of `now`, without writing anything. */
export async function evaluateFindings(graph: Graph, catalog: Catalog, now: Date): Promise<FindingRecord[]> {
  const params = {
    now: now.toISOString(),
    catalog: catalogParams(catalog),
    orgDomains: await orgDomains(graph),
    defaults: await readThresholds(graph),
  };
  const records: FindingRecord[] = [];
  for (const rule of RULES) {
    const rows = await graph.read(rule.cypher, params, `finding:${rule.type}`);
    for (const row of rows) records.push(toRecord(rule, rule.read(row), catalog, now));
  }
  return records;
}

/** Recomputes the stored findings in one transaction: the dashboard never sees a half-written set. */
export async function refreshFindings(graph: Graph, catalog: Catalog, now: Date): Promise<FindingRecord[]> {
  const records = await evaluateFindings(graph, catalog, now);
  await graph.executeWrite(async (tx) => {
    await tx.run(q.DELETE_FINDINGS);
    for (let i = 0; i < records.length; i += WRITE_BATCH) {
      await tx.run(q.WRITE_FINDINGS, { rows: records.slice(i, i + WRITE_BATCH) });
    }
    await tx.run(COMPUTE_SEAT_USAGE, { catalog: catalogParams(catalog) });
    await tx.run(STORE_APP_COUNTS);
    await tx.run(q.MARK_EVALUATED, { now: now.toISOString(), count: records.length });
  }, 'findings-refresh');
  return records;
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
