import type { CampaignStatus, Recommendation, RemediationStatus, ReviewDecision } from '../../graphql/graphql.js';

type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

const CAMPAIGN_STATUS: Record<CampaignStatus, { label: string; tone: Tone }> = {
  DRAFT: { label: 'Draft', tone: 'neutral' },
  ACTIVE: { label: 'Active', tone: 'ok' },
  CLOSING: { label: 'Closing', tone: 'warn' },
  CLOSED: { label: 'Closed', tone: 'neutral' },
};

const DECISION: Record<ReviewDecision, { label: string; tone: Tone }> = {
  KEEP: { label: 'Keep', tone: 'ok' },
  REVOKE: { label: 'Revoke', tone: 'bad' },
  MODIFY: { label: 'Modify role', tone: 'warn' },
};

const RECOMMENDATION: Record<Recommendation, { label: string; tone: Tone }> = {
  KEEP: { label: 'Keep', tone: 'ok' },
  REVOKE: { label: 'Revoke', tone: 'bad' },
  REVIEW: { label: 'Look closer', tone: 'warn' },
};

const REMEDIATION: Record<RemediationStatus, { label: string; tone: Tone }> = {
  OPEN: { label: 'Waiting for the next import', tone: 'warn' },
  VERIFIED: { label: 'Verified', tone: 'ok' },
  FAILED: { label: 'Still in place', tone: 'bad' },
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { label, tone } = CAMPAIGN_STATUS[status];
  return <span className={`badge tone-${tone}`}>{label}</span>;
}

/** A decision, or "Undecided" when there is none yet. */
export function DecisionBadge({ decision }: { decision: ReviewDecision | null }) {
  if (!decision) return <span className="badge tone-neutral">Undecided</span>;
  const { label, tone } = DECISION[decision];
  return <span className={`badge tone-${tone}`}>{label}</span>;
}

export function RecommendationBadge({ recommendation }: { recommendation: Recommendation }) {
  const { label, tone } = RECOMMENDATION[recommendation];
  return <span className={`badge tone-${tone}`}>Suggested: {label}</span>;
}

export function RemediationBadge({ status }: { status: RemediationStatus }) {
  const { label, tone } = REMEDIATION[status];
  return <span className={`badge tone-${tone}`}>{label}</span>;
}

export function OverdueBadge() {
  return <span className="badge tone-bad">Overdue</span>;
}

export const DECISION_LABELS: Record<ReviewDecision, string> = { KEEP: 'Keep', REVOKE: 'Revoke', MODIFY: 'Modify role' };
