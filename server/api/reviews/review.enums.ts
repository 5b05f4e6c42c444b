import { registerEnumType } from 'type-graphql';

export enum CampaignScope {
  ALL = 'all',
  PRIVILEGED = 'privileged',
  FLAGGED = 'flagged',
  APPS = 'apps',
}
registerEnumType(CampaignScope, {
  name: 'CampaignScope',
  description:
    'Which accounts a campaign reviews: every live account, accounts with an owner or admin role, accounts with findings, or the accounts of chosen apps',
});

export enum CampaignStatus {
  DRAFT = 'draft',
  ACTIVE = 'active',
  CLOSING = 'closing',
  CLOSED = 'closed',
}
registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description:
    'DRAFT until launched; ACTIVE while reviewers decide; CLOSING while sign-off gives undecided items the default; CLOSED (read-only) once signed off',
});

export enum ReviewDecision {
  KEEP = 'keep',
  REVOKE = 'revoke',
  MODIFY = 'modify',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: 'KEEP the access, REVOKE it, or MODIFY the role (with newRole)' });

export enum ReviewDecisionFilter {
  UNDECIDED = 'undecided',
  KEEP = 'keep',
  REVOKE = 'revoke',
  MODIFY = 'modify',
}
registerEnumType(ReviewDecisionFilter, { name: 'ReviewDecisionFilter', description: 'Items with this decision, or UNDECIDED ones' });

export enum DecisionSource {
  REVIEWER = 'reviewer',
  BULK = 'bulk',
  ATTESTATION = 'attestation',
  CLOSE_DEFAULT = 'close_default',
}
registerEnumType(DecisionSource, {
  name: 'DecisionSource',
  description:
    'How a decision was made: one item by its reviewer, several at once, a manager attesting their team, or the default applied when the campaign closed',
});

export enum ReviewerReason {
  MANAGER = 'manager',
  APP_OWNER = 'app_owner',
  CAMPAIGN_OWNER = 'campaign_owner',
  REASSIGNED = 'reassigned',
  DELEGATED = 'delegated',
  ESCALATED = 'escalated',
}
registerEnumType(ReviewerReason, { name: 'ReviewerReason', description: 'Why the current reviewer has the item' });

export enum Recommendation {
  KEEP = 'keep',
  REVOKE = 'revoke',
  REVIEW = 'review',
}
registerEnumType(Recommendation, {
  name: 'Recommendation',
  description: "What the account's findings suggest: KEEP (none), REVOKE, or REVIEW (look closer)",
});

export enum CloseDefault {
  NO_CHANGE = 'no_change',
  REVOKE = 'revoke',
}
registerEnumType(CloseDefault, {
  name: 'CloseDefault',
  description: 'What closing a campaign does to undecided items: NO_CHANGE (kept) or REVOKE',
});

export enum RemediationStatus {
  OPEN = 'open',
  VERIFIED = 'verified',
  FAILED = 'failed',
}
registerEnumType(RemediationStatus, {
  name: 'RemediationStatus',
  description:
    'A revoke or role change to carry out: OPEN until an import shows it done (VERIFIED) or it is still in place after its due date (FAILED)',
});
