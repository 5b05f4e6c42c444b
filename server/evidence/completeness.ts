import type { Completeness, DecisionCounts, EvidenceItem } from './evidence.types.js';

const CLOSE_DEFAULT = 'close_default';

/** The completeness figures of a campaign's items as of `at` (the generation time). */
export function completenessOf(items: EvidenceItem[], dueAt: string | null, at: Date): Completeness {
  const stageOne = items.filter((item) => item.stage === 1);
  const byReviewers = stageOne.filter((item) => item.decision !== null && item.decisionSource !== CLOSE_DEFAULT);
  const justified = byReviewers.filter(hasJustification).length;
  const due = dueAt === null ? null : Date.parse(dueAt);
  const past = (iso: string | null): boolean => iso !== null && Date.parse(iso) < at.getTime();
  const remediation = (status: string) => items.filter((item) => item.remediationStatus === status).length;
  const counts = decisionCounts(stageOne);
  return {
    population: stageOne.length,
    decidedByReviewers: byReviewers.length,
    decidedByCloseDefault: stageOne.filter((item) => item.decision !== null && item.decisionSource === CLOSE_DEFAULT).length,
    undecided: counts.undecided,
    byDecision: { keep: counts.keep, revoke: counts.revoke, modify: counts.modify },
    justified,
    justifiedPercent: byReviewers.length === 0 ? null : Math.round((justified / byReviewers.length) * 1000) / 10,
    keptWithoutRequiredJustification: byReviewers.filter(
      (item) => item.decision === 'keep' && (item.flagged || item.privileged) && !hasJustification(item),
    ).length,
    remediations: {
      open: remediation('open'),
      verified: remediation('verified'),
      failed: remediation('failed'),
      overdue: items.filter((item) => item.remediationStatus === 'open' && past(item.remediationDueAt)).length,
    },
    overdueUndecided: due !== null && !Number.isNaN(due) && due < at.getTime() ? counts.undecided : 0,
    escalated: items.filter((item) => item.escalatedAt !== null).length,
    stage2: decisionCounts(items.filter((item) => item.stage === 2)),
  };
}

function decisionCounts(items: EvidenceItem[]): DecisionCounts {
  const count = (decision: string) => items.filter((item) => item.decision === decision).length;
  const undecided = items.filter((item) => item.decision === null).length;
  return {
    total: items.length,
    decided: items.length - undecided,
    undecided,
    keep: count('keep'),
    revoke: count('revoke'),
    modify: count('modify'),
  };
}

function hasJustification(item: EvidenceItem): boolean {
  return (item.justification ?? '').trim() !== '';
}
