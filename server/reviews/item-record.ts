import type { Plain } from '../graph/values.js';
import type { ReviewItemRecord } from './review.types.js';

const OPTIONAL_KEYS = [
  'parentItemId', 'accountEmail', 'ownerPersonId', 'ownerName', 'reviewerPersonId', 'reviewerName', 'reviewerReason',
  'originalReviewerPersonId', 'escalatedAt', 'decision', 'newRole', 'justification', 'decidedAt', 'decidedById',
  'decidedByName', 'decidedOnBehalfOf', 'decisionSource', 'remediationStatus', 'remediationDueAt', 'remediationCheckedAt',
  'remediationDetail', 'updatedAt', 'updatedByName',
] as const;

/** A stored item (`i {.*}`) with every property the model names, absent ones as null. */
export function toItemRecord(raw: Plain): ReviewItemRecord {
  const item = { ...(raw as Record<string, Plain>) };
  for (const key of OPTIONAL_KEYS) item[key] ??= null;
  return item as unknown as ReviewItemRecord;
}
