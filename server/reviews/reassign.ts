import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import { decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { lockItems, requireMayAct, requireOpen, type Acting, type LockedItem } from './acting.js';
import { findCampaign, requireStatus } from './campaign-read.js';
import type { VersionedItem } from './decide.js';
import { MAX_ITEMS_PER_ACTION } from './decide.js';
import * as q from './item.queries.js';
import { ReviewConflict, ReviewError } from './review-error.js';
import { idRowSchema } from './review.schemas.js';
import type { ReviewerReason } from './review.types.js';
import { tallied } from './tally.js';

/** FIND_REVIEWER: a person the reference names, with their HR status. */
const reviewerRow = z.object({ id: z.string(), displayName: z.string(), status: z.string().nullable() });

export interface Delegate {
  id: string;
  displayName: string;
}

export interface DelegateOutcome {
  movedItemIds: string[];
  /** Items left with you because they are the delegate's own access. */
  keptItemIds: string[];
  to: Delegate;
}

/** Hands chosen undecided items to another reviewer (all or nothing; each carries the version the caller saw). */
export async function reassignItems(
  graph: Graph,
  items: readonly VersionedItem[],
  toPerson: string,
  note: string | null,
  acting: Acting,
  now: Date,
): Promise<string[]> {
  if (items.length === 0) throw new ReviewError('bad_input', 'name at least one review item to reassign', 'items');
  if (items.length > MAX_ITEMS_PER_ACTION)
    throw new ReviewError('bad_input', `${items.length} items in one request; at most ${MAX_ITEMS_PER_ACTION}`, 'items');
  return graph.executeWrite(async (tx) => {
    const to = await findDelegate(tx, toPerson);
    const locked = await lockItems(
      tx,
      items.map((i) => i.itemId),
      acting,
    );
    const expected = new Map(items.map((i) => [i.itemId, i.expectedVersion]));
    for (const row of locked) {
      requireMayAct(row, acting, 'reassign');
      const want = expected.get(row.item.id);
      if (Number(row.item.version) !== want) {
        throw new ReviewConflict(
          `review item ${row.item.id} changed since you read it (you saw version ${want}, it is now version ${row.item.version}, last changed by ${row.item.updatedByName ?? 'someone'}); nothing was reassigned`,
          {
            itemId: row.item.id,
            expectedVersion: want ?? 0,
            currentVersion: Number(row.item.version),
            decidedByName: row.item.decidedByName,
            decidedAt: row.item.decidedAt,
          },
        );
      }
      requireOpen(row, 'reassign');
      if (row.item.ownerPersonId === to.id)
        throw new ReviewError(
          'bad_input',
          `${to.displayName} cannot review ${row.item.appName} ${row.item.accountEmail ?? row.item.accountId}: it is their own access`,
          'toPersonId',
        );
    }
    await move(tx, locked, to, 'reassigned', note, acting, now, 'review.reassign');
    return locked.map((row) => row.item.id);
  }, 'review-reassign');
}

/** Hands every undecided item assigned to you in a campaign to someone else, except their own access. */
export async function delegateReviews(
  graph: Graph,
  campaignRef: string,
  toPerson: string,
  note: string | null,
  acting: Acting,
  now: Date,
): Promise<DelegateOutcome> {
  if (!acting.personId)
    throw new ReviewError('bad_input', 'you are not linked to a person in HR, so no review items are assigned to you', 'campaignId');
  const personId = acting.personId;
  const campaign = await findCampaign(graph, campaignRef);
  requireStatus(campaign, 'active', 'delegate reviews in');
  return graph.executeWrite(async (tx) => {
    // Checked before the delegate is looked up, so this answer does not depend on who they are.
    const assigned = rowsOf(await tx.run(q.ASSIGNED_UNDECIDED, { campaignId: campaign.id, personId }));
    const ids = decodeRows(idRowSchema, assigned, 'review-assigned-undecided').map((r) => r.id);
    if (ids.length === 0)
      throw new ReviewError(
        'bad_input',
        `nothing to delegate: no undecided item of campaign "${campaign.name}" is assigned to you`,
        'campaignId',
      );
    const to = await findDelegateQuietly(tx, toPerson);
    if (to.id === personId) throw new ReviewError('bad_input', 'you cannot delegate your reviews to yourself', 'toPersonId');
    // Locked as the reviewer themself: delegation moves only what is theirs.
    const locked = (await lockItems(tx, ids, { ...acting, mayActForOthers: false })).filter(
      (row) => row.item.decision === null && row.item.reviewerPersonId === personId,
    );
    const moving = locked.filter((row) => row.item.ownerPersonId !== to.id);
    await move(tx, moving, to, 'delegated', note, acting, now, 'review.delegate');
    return {
      movedItemIds: moving.map((r) => r.item.id),
      keptItemIds: locked.filter((row) => row.item.ownerPersonId === to.id).map((r) => r.item.id),
      to,
    };
  }, 'review-delegate');
}

/**
 * findDelegate for a reviewer, who may not read HR: nobody, a leaver and an ambiguous reference get
 * one answer, so delegating does not tell which emails or employee ids HR knows.
 */
async function findDelegateQuietly(tx: ManagedTransaction, ref: string): Promise<Delegate> {
  try {
    return await findDelegate(tx, ref);
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    throw new ReviewError(
      'bad_input',
      `you cannot delegate to "${ref}": give the email, employee id or person id of someone active in HR`,
      'toPersonId',
    );
  }
}

export async function findDelegate(tx: ManagedTransaction, ref: string): Promise<Delegate> {
  const rows = decodeRows(reviewerRow, rowsOf(await tx.run(q.FIND_REVIEWER, { ref: ref.trim() })), 'review-find-reviewer');
  if (rows.length === 0)
    throw new ReviewError('bad_input', `nobody in HR is "${ref}" (looked for it as person id, employee id and email)`, 'toPersonId');
  if (rows.length > 1) throw new ReviewError('bad_input', `"${ref}" could be ${rows.length} people; give the person id`, 'toPersonId');
  const row = rows[0]!;
  if (row.status === 'terminated')
    throw new ReviewError('bad_input', `${row.displayName} has left (terminated in HR) and cannot review`, 'toPersonId');
  return { id: row.id, displayName: row.displayName };
}

export async function move(
  tx: ManagedTransaction,
  locked: readonly LockedItem[],
  to: Delegate,
  reason: ReviewerReason,
  note: string | null,
  acting: Acting,
  now: Date,
  auditAction: string,
  escalated = false,
): Promise<void> {
  if (locked.length === 0) return;
  const changes = locked.map((row) => ({ itemId: row.item.id, toPersonId: to.id }));
  await tallied(
    tx,
    changes.map((c) => c.itemId),
    () =>
      tx.run(q.MOVE_ITEMS, {
        changes,
        reason,
        note: note?.trim() || null,
        escalatedAt: escalated ? now.toISOString() : null,
        now: now.toISOString(),
        actor: acting.actor,
      }),
  );
  for (const { item } of locked) {
    await appendAudit(
      tx,
      acting.actor,
      {
        action: auditAction,
        targetType: 'ReviewItem',
        targetId: item.id,
        before: {
          version: item.version,
          reviewerPersonId: item.reviewerPersonId,
          reviewerName: item.reviewerName,
          reviewerReason: item.reviewerReason,
        },
        after: {
          version: item.version + 1,
          reviewerPersonId: to.id,
          reviewerName: to.displayName,
          reviewerReason: reason,
          note: note?.trim() || null,
        },
      },
      now,
    );
  }
}
