import { toCsv } from '../export/csv.js';
import type { EarlierDecisionFacts, Evidence, EvidenceItem } from './evidence.types.js';

export const EVIDENCE_COLUMNS = [
  'campaign',
  'period',
  'stage',
  'item id',
  'account id',
  'app',
  'account email',
  'owner',
  'owner email',
  'roles at launch',
  'privileged',
  'flagged',
  'findings at launch',
  'recommendation',
  'recommendation reason',
  'reviewer',
  'reviewer reason',
  'escalated at',
  'decision',
  'new role',
  'justification',
  'decided at',
  'decided by',
  'decision source',
  'earlier decisions',
  'remediation status',
  'remediation due',
  'remediation checked at',
  'remediation detail',
] as const;

type EvidenceRow = Record<(typeof EVIDENCE_COLUMNS)[number], string | number | null>;

/** items.csv: one row per review item (stage 1 and 2), formula-like cells defused. */
export function evidenceCsv(evidence: Evidence): string {
  return toCsv(
    evidence.items.map((item) => toRow(evidence, item)),
    EVIDENCE_COLUMNS,
  );
}

/** population.json: the canonical snapshots array, byte for byte what the population SHA-256 covers. */
export function populationJson(evidence: Evidence): string {
  return evidence.population.canonicalJson;
}

/** "keep by Grace Hopper at 2026-11-20T…, replaced at 2026-11-21T… by Grace Hopper (justification: …)". */
export function earlierDecisionText(earlier: EarlierDecisionFacts): string {
  const what = earlier.decision === 'modify' && earlier.newRole ? `modify to ${earlier.newRole}` : earlier.decision;
  const by = `${earlier.decidedByName ? ` by ${earlier.decidedByName}` : ''}${earlier.decidedAt ? ` at ${earlier.decidedAt}` : ''}`;
  const replaced = earlier.replacedAt
    ? `, replaced at ${earlier.replacedAt}${earlier.replacedByName ? ` by ${earlier.replacedByName}` : ''}`
    : '';
  return `${what}${by}${replaced}${earlier.justification ? ` (justification: ${earlier.justification})` : ''}`;
}

function toRow(evidence: Evidence, item: EvidenceItem): EvidenceRow {
  return {
    campaign: evidence.campaign.name,
    period: evidence.campaign.period,
    stage: item.stage,
    'item id': item.id,
    'account id': item.accountId,
    app: item.appName,
    'account email': item.accountEmail,
    owner: item.ownerName,
    'owner email': item.ownerEmail,
    'roles at launch': item.rolesAtLaunch.map((r) => (r.privilege ? `${r.name} (${r.privilege})` : r.name)).join('; '),
    privileged: item.privileged ? 'yes' : 'no',
    flagged: item.flagged ? 'yes' : 'no',
    'findings at launch': item.findingsAtLaunch
      .map((f) => `${f.type}${f.severity ? ` (${f.severity})` : ''}${f.reason ? `: ${f.reason}` : ''}`)
      .join('; '),
    recommendation: item.recommendation,
    'recommendation reason': item.recommendationReason,
    reviewer: item.reviewerName,
    'reviewer reason': item.reviewerReason,
    'escalated at': item.escalatedAt,
    decision: item.decision ?? 'undecided',
    'new role': item.newRole,
    justification: item.justification,
    'decided at': item.decidedAt,
    'decided by': item.decidedByName,
    'decision source': item.decisionSource,
    'earlier decisions': item.earlierDecisions.map(earlierDecisionText).join('; '),
    'remediation status': item.remediationStatus,
    'remediation due': item.remediationDueAt,
    'remediation checked at': item.remediationCheckedAt,
    'remediation detail': item.remediationDetail,
  };
}
