import type { FindingFacts, FindingRule } from '../findings/rule.js';
import { RULES } from '../findings/rules/index.js';
import type { Recommendation } from './review.types.js';

export type { FindingFacts } from '../findings/rule.js';

export interface RecommendationText {
  recommendation: Recommendation;
  /** e.g. "revoke: inactive 143 days, $59/month". */
  reason: string;
}

const RULE_BY_TYPE: ReadonlyMap<string, FindingRule> = new Map(RULES.map((rule) => [rule.type, rule]));

/** Whether the finding's rule says the access should go; the others ask a person to look. */
function revokes(finding: FindingFacts): boolean {
  return RULE_BY_TYPE.get(finding.type)?.recommendation.revoke === true;
}

/** Turns an account's current findings into a recommendation and its reason, most pressing first. */
export function recommend(findings: readonly FindingFacts[], currency: string): RecommendationText {
  if (findings.length === 0) return { recommendation: 'keep', reason: 'keep: no findings' };
  const revoking = findings.filter(revokes);
  const recommendation: Recommendation = revoking.length > 0 ? 'revoke' : 'review';
  const ordered = [...revoking, ...findings.filter((f) => !revokes(f))];
  const phrases = [...new Set(ordered.map(phrase))];
  const cost = Math.max(0, ...findings.map((f) => f.monthlyCost));
  if (cost > 0) phrases.push(`${money(cost, currency)}/month`);
  return { recommendation, reason: `${recommendation}: ${phrases.join(', ')}` };
}

/** The rule's words for the finding; a type no rule claims (a finding stored before its rule was removed) reads as its name. */
function phrase(finding: FindingFacts): string {
  return RULE_BY_TYPE.get(finding.type)?.recommendation.phrase(finding) ?? finding.type.replaceAll('_', ' ');
}

export function money(amount: number, currency: string): string {
  const rounded = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return currency === 'USD' ? `$${rounded}` : `${rounded} ${currency}`;
}
