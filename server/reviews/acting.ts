import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { Actor } from '../audit/actor.js';
import { decodeRows } from '../graph/decode.js';
import { rowsOf } from '../graph/graph.js';
import * as q from './item.queries.js';
import { ReviewError } from './review-error.js';
import { personNameSchema, reviewItemRecordSchema } from './review.schemas.js';
import { CAMPAIGN_STATUSES, type CampaignStatus, type ReviewItemRecord } from './review.types.js';
import type { PersonName } from './reviewer-rule.js';

/** Who is acting on review items. */
export interface Acting {
  actor: Actor;
  /** The HR person acting, when they are one (a manager always is). */
  personId: string | null;
  /** Admins may act on any item (recorded as on behalf of its reviewer); everyone else only on items assigned to them. */
  mayActForOthers: boolean;
}

export interface LockedItem {
  item: ReviewItemRecord;
  campaign: { id: string; name: string; status: CampaignStatus; secondStage: boolean; remediationDays: number; dueAt: string };
  campaignOwner: PersonName | null;
  appOwner: PersonName | null;
  newRolePrivilege: string | null;
  visibleToPerson: boolean;
  /** A stage-2 item re-reviews this one's admin role. */
  hasSecondStage: boolean;
}

/** READ_ITEMS. */
const lockedItemRow: z.ZodType<LockedItem> = z.object({
  item: reviewItemRecordSchema,
  campaign: z.object({
    id: z.string(),
    name: z.string(),
    status: z.enum(CAMPAIGN_STATUSES),
    secondStage: z.boolean(),
    remediationDays: z.number(),
    dueAt: z.string(),
  }),
  campaignOwner: personNameSchema.nullable(),
  appOwner: personNameSchema.nullable(),
  newRolePrivilege: z.string().nullable(),
  hasSecondStage: z.boolean(),
  // Null when an unassigned item is not about a report (null = $personId): not visible.
  visibleToPerson: z
    .boolean()
    .nullable()
    .transform((visible) => visible === true),
});

/** Locks the items (in id order) and reads them; a missing id is NOT_FOUND, as is one the acting person may not see. */
export async function lockItems(
  tx: ManagedTransaction,
  itemIds: readonly string[],
  acting: Acting,
  newRole: string | null = null,
): Promise<LockedItem[]> {
  const ids = [...new Set(itemIds)].sort();
  await tx.run(q.LOCK_ITEMS, { itemIds: ids });
  const rows = decodeRows(
    lockedItemRow,
    rowsOf(await tx.run(q.READ_ITEMS, { itemIds: ids, newRole, personId: acting.personId })),
    'review-items-locked',
  );
  const found = new Map(rows.map((row) => [row.item.id, row]));
  for (const id of ids) {
    const row = found.get(id);
    if (!row || (!acting.mayActForOthers && !row.visibleToPerson))
      throw new ReviewError('not_found', `no review item has the id "${id}"`, 'itemId');
  }
  return ids.map((id) => found.get(id)!);
}

/** Only the item's reviewer, or an admin on their behalf, may act on it; nobody on their own access. */
export function requireMayAct(locked: LockedItem, acting: Acting, doing: string): void {
  const { item } = locked;
  if (acting.personId !== null && acting.personId === item.ownerPersonId) {
    throw new ReviewError(
      'forbidden',
      `nobody decides on their own access: ${item.appName} account ${item.accountEmail ?? item.accountId} is yours, so you cannot ${doing} it`,
      'itemId',
    );
  }
  if (!acting.mayActForOthers && item.reviewerPersonId !== acting.personId) {
    throw new ReviewError(
      'forbidden',
      `review item ${item.id} is assigned to ${item.reviewerName ?? 'nobody'}, not to you, so you cannot ${doing} it`,
      'itemId',
    );
  }
}

export function requireOpen(locked: LockedItem, doing: string): void {
  requireActive(locked, doing);
  const { item } = locked;
  if (item.decision !== null) {
    throw new ReviewError(
      'bad_input',
      `review item ${item.id} (${item.appName} ${item.accountEmail ?? item.accountId}) was already decided: ${item.decision} by ${item.decidedByName ?? 'someone'} at ${item.decidedAt ?? 'an unknown time'}`,
      'itemId',
    );
  }
}

/**
 * A decision may be made, or changed, while the campaign is active: the reviewer may change their
 * mind until the close. Not once the change has gone further: a stage-2 review of the kept admin
 * role exists, or an import has already checked the revoke or role change.
 */
export function requireDecidable(locked: LockedItem): void {
  const { item, campaign } = locked;
  const label = `${item.appName} ${item.accountEmail ?? item.accountId}`;
  if (item.decision !== null && campaign.status === 'closed') {
    throw new ReviewError(
      'bad_input',
      `campaign "${campaign.name}" is closed and read-only: the decision on ${label} can no longer change`,
      'itemId',
    );
  }
  requireActive(locked, 'decide');
  if (item.decision === null) return;
  const earlier = `${item.decision} by ${item.decidedByName ?? 'someone'} at ${item.decidedAt ?? 'an unknown time'}`;
  if (item.secondStageItemId !== null || locked.hasSecondStage) {
    throw new ReviewError(
      'bad_input',
      `review item ${item.id} (${label}) was already decided: ${earlier}, and its admin role went to a second-stage review, so the decision can no longer change`,
      'itemId',
    );
  }
  if (item.remediationStatus === 'verified' || item.remediationStatus === 'failed') {
    throw new ReviewError(
      'bad_input',
      `review item ${item.id} (${label}) was already decided: ${earlier}, and an import has checked it (${item.remediationStatus}), so the decision can no longer change`,
      'itemId',
    );
  }
}

function requireActive(locked: LockedItem, doing: string): void {
  const { item, campaign } = locked;
  if (campaign.status !== 'active') {
    const why =
      campaign.status === 'closed'
        ? 'is closed and read-only'
        : campaign.status === 'closing'
          ? 'is being closed'
          : 'has not been launched';
    throw new ReviewError('bad_input', `cannot ${doing} review item ${item.id}: campaign "${campaign.name}" ${why}`, 'itemId');
  }
}
