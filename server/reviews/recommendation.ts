import type { Recommendation } from './review.types.js';

/** A finding on an account as the recommendation reads it (the stored Finding node's properties). */
export interface FindingFacts {
  type: string;
  monthlyCost: number;
  ageDays: number | null;
  personId: string | null;
  personStatus: string | null;
}

export interface RecommendationText {
  recommendation: Recommendation;
  /** e.g. "revoke: inactive 143 days, $59/month". */
  reason: string;
}

/** Findings that say the access should go; the others ask a person to look. */
const REVOKE_TYPES = new Set(['orphaned_account', 'inactive_user', 'pending_invite', 'integration_left_behind']);

/** Turns an account's current findings into a recommendation and its reason, most pressing first. */
export function recommend(findings: readonly FindingFacts[], currency: string): RecommendationText {
  if (findings.length === 0) return { recommendation: 'keep', reason: 'keep: no findings' };
  const revoking = findings.filter((f) => REVOKE_TYPES.has(f.type));
  const recommendation: Recommendation = revoking.length > 0 ? 'revoke' : 'review';
  const ordered = [...revoking, ...findings.filter((f) => !REVOKE_TYPES.has(f.type))];
  const phrases = [...new Set(ordered.map(phrase))];
  const cost = Math.max(0, ...findings.map((f) => f.monthlyCost));
  if (cost > 0) phrases.push(`${money(cost, currency)}/month`);
  return { recommendation, reason: `${recommendation}: ${phrases.join(', ')}` };
}

function phrase(finding: FindingFacts): string {
  const days = finding.ageDays;
  switch (finding.type) {
    case 'inactive_user':
      return days === null ? 'inactive' : `inactive ${days} days`;
    case 'pending_invite':
      return days === null ? 'invite not accepted' : `invite not accepted for ${days} days`;
    case 'orphaned_account':
      if (!finding.personId) return 'no owner in HR';
      return finding.personStatus === 'terminated' ? 'owner left' : 'IdP identity disabled';
    case 'integration_left_behind':
      return 'integration left behind';
    case 'duplicate_account':
      return 'duplicate account';
    case 'privileged_without_sso':
      return 'admin without SSO';
    case 'external_account':
      return 'external account';
    default:
      return finding.type.replaceAll('_', ' ');
  }
}

export function money(amount: number, currency: string): string {
  const rounded = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return currency === 'USD' ? `$${rounded}` : `${rounded} ${currency}`;
}
