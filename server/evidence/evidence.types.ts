import type { LeaverReport } from '../leavers/leavers.js';

/** The evidence of one access-review campaign, as read from the graph and checked when it is exported. */

export type Decision = 'keep' | 'revoke' | 'modify';
export type RemediationStatus = 'open' | 'verified' | 'failed';

export interface PersonFacts {
  id: string;
  name: string;
  email: string | null;
}

export interface CampaignFacts {
  id: string;
  name: string;
  period: string;
  scopeKind: string;
  /** Names of the apps in scope (ids when an app no longer exists); empty unless scopeKind is 'apps'. */
  scopeApps: string[];
  dueAt: string | null;
  secondStage: boolean;
  remediationDays: number | null;
  status: string;
  owner: PersonFacts | null;
  createdAt: string | null;
  createdByName: string | null;
  launchedAt: string | null;
  launchedByName: string | null;
  closedAt: string | null;
  closedByName: string | null;
  closeDefault: string | null;
  populationCount: number | null;
  populationSha256: string | null;
}

export interface RoleAtLaunch {
  name: string;
  privilege: string | null;
}

export interface FindingAtLaunch {
  type: string;
  severity: string | null;
  reason: string | null;
}

export interface EvidenceItem {
  id: string;
  stage: number;
  parentItemId: string | null;
  accountId: string;
  appId: string | null;
  appName: string;
  accountEmail: string | null;
  ownerPersonId: string | null;
  ownerName: string | null;
  /** From the launch snapshot. */
  ownerEmail: string | null;
  rolesAtLaunch: RoleAtLaunch[];
  findingsAtLaunch: FindingAtLaunch[];
  privileged: boolean;
  flagged: boolean;
  monthlyCost: number | null;
  recommendation: string | null;
  recommendationReason: string | null;
  reviewerPersonId: string | null;
  reviewerName: string | null;
  reviewerReason: string | null;
  originalReviewerPersonId: string | null;
  escalatedAt: string | null;
  decision: Decision | null;
  newRole: string | null;
  justification: string | null;
  decidedAt: string | null;
  decidedById: string | null;
  decidedByName: string | null;
  decisionSource: string | null;
  remediationStatus: RemediationStatus | null;
  remediationDueAt: string | null;
  remediationCheckedAt: string | null;
  remediationDetail: string | null;
  /** Decisions the reviewer replaced before the close, oldest first. */
  earlierDecisions: EarlierDecisionFacts[];
}

export interface EarlierDecisionFacts {
  decision: string;
  newRole: string | null;
  justification: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  replacedAt: string | null;
  replacedByName: string | null;
}

/** The population as hashed at launch, recomputed from the items' stored snapshots. */
export interface PopulationCheck {
  /** Canonical JSON of the stage-1 snapshots sorted by account id: exactly the bytes the SHA-256 covers (population.json). */
  canonicalJson: string;
  /** SHA-256 recorded on the campaign at launch. */
  recordedSha256: string | null;
  /** SHA-256 of canonicalJson, recomputed at export. */
  recomputedSha256: string;
  matches: boolean;
  /** Why it does not match, in words (empty when it matches). */
  problems: string[];
}

export interface DecisionCounts {
  total: number;
  decided: number;
  undecided: number;
  keep: number;
  revoke: number;
  modify: number;
}

export interface Completeness {
  /** Stage-1 items: the population under review. */
  population: number;
  decidedByReviewers: number;
  decidedByCloseDefault: number;
  undecided: number;
  byDecision: { keep: number; revoke: number; modify: number };
  /** Reviewer decisions with a justification, and their share of all reviewer decisions (null when there are none). */
  justified: number;
  justifiedPercent: number | null;
  /** Flagged or privileged items kept without a justification, which the review rules require. */
  keptWithoutRequiredJustification: number;
  remediations: { open: number; verified: number; failed: number; overdue: number };
  /** Undecided items past the campaign's due date at generation time. */
  overdueUndecided: number;
  escalated: number;
  stage2: DecisionCounts;
}

export interface Evidence {
  campaign: CampaignFacts;
  /** Stage 1 then stage 2, each by app name and account id. */
  items: EvidenceItem[];
  population: PopulationCheck;
  completeness: Completeness;
  generatedAt: Date;
  /** The former-personnel test for the people terminated in the campaign's period; null for a period Attest cannot read as dates. */
  leavers: LeaverReport | null;
}
