import { z } from 'zod';
import type { Row } from '../graph/graph.js';
import { decodeRow } from '../graph/decode.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** The columns every rule's query returns besides `facts` (per-account rules return them through ACCOUNT_COLUMNS). */
export const ruleColumnsSchema = z.object({
  /** Distinguishes several findings of one rule on the same account (e.g. one per integration). */
  key: z.string(),
  accountId: z.string().nullable(),
  accountEmail: z.string().nullable(),
  accountStatus: z.string().nullable(),
  appId: z.string(),
  appName: z.string(),
  /** null for an app outside the catalog. */
  catalogKey: z.string().nullable(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  personEmail: z.string().nullable(),
  personStatus: z.string().nullable(),
  isAdmin: z.boolean(),
  seatCost: z.number(),
  currency: z.string(),
  ageDays: z.number().nullable(),
});

export type RuleColumns = z.infer<typeof ruleColumnsSchema>;

/** One row of a rule's query, decoded: the shared columns and the rule's own `facts`. */
export type RuleRow<Facts> = RuleColumns & { facts: Facts };

export interface FindingText {
  severity: Severity;
  reason: string;
  suggestedAction: string;
  evidence: string[];
  monthlyCost: number;
}

/** A stored finding as an access review's recommendation reads it. */
export interface FindingFacts {
  type: string;
  monthlyCost: number;
  ageDays: number | null;
  personId: string | null;
  personStatus: string | null;
}

export interface RuleRecommendation {
  /** True when the finding says the access should go (recommend revoke); otherwise a reviewer should look. */
  revoke: boolean;
  /** A few words for the recommendation's reason, e.g. "inactive 143 days". */
  phrase(finding: FindingFacts): string;
}

/** What a rule file writes: everything about one finding type. */
export interface FindingRuleDefinition<Type extends string, Facts> {
  /** Lower snake case, as the CLI, JSON and catalog caveats write it; the GraphQL value is its upper case. */
  type: Type;
  /** Short human name of one finding, e.g. "Orphaned account". */
  label: string;
  /** The label for a count of them (KPI card titles), e.g. "Orphaned accounts". */
  pluralLabel: string;
  /** One sentence on what the rule reports; the GraphQL enum value's description. */
  description: string;
  /** Parameterized Cypher returning the RuleColumns and `facts` for the apps `$appIds` only (start from IN_APPS); params: appIds, now, catalog, orgDomains, defaults. */
  cypher: string;
  /** Decodes the `facts` column; a fact the query no longer returns fails loudly here. */
  facts: z.ZodType<Facts>;
  /** Severity, reason, suggested action, evidence and cost of one finding. */
  describe: (row: RuleRow<Facts>) => FindingText;
  recommendation: RuleRecommendation;
}

/** One row of a rule's query, decoded and worded. */
export interface RuleResult {
  columns: RuleColumns;
  text: FindingText;
}

/** A rule as the engine and the derived lists use it (its facts are decoded inside `read`). */
export interface FindingRule<Type extends string = string> {
  type: Type;
  label: string;
  pluralLabel: string;
  description: string;
  cypher: string;
  recommendation: RuleRecommendation;
  /** Decodes one row of `cypher` and words the finding; throws, naming the rule and the column, when the row does not fit. */
  read(row: Row): RuleResult;
}

export function defineRule<const Type extends string, Facts>(definition: FindingRuleDefinition<Type, Facts>): FindingRule<Type> {
  const { facts: factsSchema, describe, ...about } = definition;
  const rowSchema = ruleColumnsSchema.extend({ facts: factsSchema });
  return {
    ...about,
    read(row) {
      const { facts, ...columns } = decodeRow(rowSchema, row, `finding rule ${definition.type}`);
      return { columns, text: describe({ ...columns, facts }) };
    },
  };
}

/** Every rule's type, in order; fails when two rules claim one type or there are none. */
export function findingTypesOf<Type extends string>(rules: readonly FindingRule<Type>[]): readonly [Type, ...Type[]] {
  const [first, ...rest] = rules.map((rule) => rule.type);
  if (first === undefined) throw new Error('no finding rules are registered');
  const repeated = rest.filter((type, index) => type === first || rest.indexOf(type) !== index);
  if (repeated.length > 0) throw new Error(`finding type(s) registered by more than one rule: ${[...new Set(repeated)].join(', ')}`);
  return [first, ...rest];
}
