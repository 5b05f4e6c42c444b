import type { FindingType } from '../catalog/catalog.types.js';
import type { Row } from '../graph/graph.js';
import type { Plain } from '../graph/values.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** The columns every rule's query returns; rule-specific facts go in `facts`. */
export interface RuleRow {
  /** Distinguishes several findings of one rule on the same account (e.g. one per integration). */
  key: string;
  accountId: string | null;
  accountEmail: string | null;
  accountStatus: string | null;
  appId: string;
  appName: string;
  /** null for an app outside the catalog. */
  catalogKey: string | null;
  personId: string | null;
  personName: string | null;
  personEmail: string | null;
  personStatus: string | null;
  isAdmin: boolean;
  seatCost: number;
  currency: string;
  ageDays: number | null;
  facts: { [key: string]: Plain };
}

export interface FindingText {
  severity: Severity;
  reason: string;
  suggestedAction: string;
  evidence: string[];
  monthlyCost: number;
}

export interface FindingRule {
  type: FindingType;
  /** Parameterized Cypher returning RuleRow columns; params: now, catalog, orgDomains, defaults. */
  cypher: string;
  describe(row: RuleRow): FindingText;
}

export function asRuleRow(row: Row): RuleRow {
  return row as unknown as RuleRow;
}
