import type { ReviewerReason } from './review.types.js';

export interface PersonName {
  id: string;
  displayName: string;
}

export interface ReviewerChoice {
  personId: string;
  name: string;
  reason: ReviewerReason;
}

export interface ReviewerCandidates {
  ownerPersonId: string | null;
  /** No owner, or an orphaned_account finding: the campaign owner answers for it. */
  orphaned: boolean;
  manager: PersonName | null;
  appOwner: PersonName | null;
  campaignOwner: PersonName | null;
}

/**
 * The reviewer rule: the owner's manager, else the app owner, else the campaign owner; orphaned
 * accounts go to the campaign owner. Nobody reviews their own access, so a rule that yields the
 * owner gives way to the next. Null when every rule yields the owner (an admin must reassign it).
 */
export function chooseReviewer(candidates: ReviewerCandidates): ReviewerChoice | null {
  const chain: [PersonName | null, ReviewerReason][] = candidates.orphaned
    ? [[candidates.campaignOwner, 'campaign_owner']]
    : [
        [candidates.manager, 'manager'],
        [candidates.appOwner, 'app_owner'],
        [candidates.campaignOwner, 'campaign_owner'],
      ];
  for (const [person, reason] of chain) {
    if (person && person.id !== candidates.ownerPersonId) return { personId: person.id, name: person.displayName, reason };
  }
  return null;
}

/** Second stage: the app owner re-reviews an admin role that stage 1 kept; else the campaign owner. */
export function chooseSecondStageReviewer(candidates: Omit<ReviewerCandidates, 'orphaned' | 'manager'>): ReviewerChoice | null {
  return chooseReviewer({ ...candidates, orphaned: false, manager: null });
}
