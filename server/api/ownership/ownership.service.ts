import { actorOf } from '../../audit/actor.js';
import { limitParam } from '../../graph/values.js';
import { reconcileAndRefresh } from '../../reconcile/reconcile-and-refresh.js';
import { OverrideError, OwnershipOverrides, type Decision, type ManualKind, type RecordRef } from '../../reconcile/overrides.js';
import { READ_OWNERSHIP, READ_REVIEW_QUEUE, COUNT_REVIEW_QUEUE } from '../../reconcile/overrides.queries.js';
import type { ApiContext } from '../context.js';
import { BadInputError, UnauthenticatedError } from '../errors.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import type { PersonRef } from '../shared/refs.js';
import type { PersonStatus } from '../shared/enums.js';
import type { LinkOwnerInput, MarkAccountKindInput, ReviewQueueArgs, UnlinkOwnerInput } from './ownership.args.js';
import type { OwnershipChange, ReviewQueue } from './ownership.type.js';

/** Manual ownership decisions through GraphQL: carried out, then reconciled so the findings follow at once. */
export class OwnershipService {
  private readonly overrides: OwnershipOverrides;

  constructor(private readonly ctx: ApiContext) {
    this.overrides = new OwnershipOverrides(ctx.graph);
  }

  link(input: LinkOwnerInput): Promise<OwnershipChange> {
    return this.decide('personId', async () => (await this.overrides.link(input.recordId, input.personId, this.decision(input.note))).record);
  }

  unlink(input: UnlinkOwnerInput): Promise<OwnershipChange> {
    return this.decide('recordId', () => this.overrides.unlink(input.recordId, this.decision(input.note)));
  }

  markKind(input: MarkAccountKindInput): Promise<OwnershipChange> {
    const kind = input.kind as string;
    if (kind !== 'service' && kind !== 'shared') return Promise.reject(new BadInputError('kind must be SERVICE or SHARED (a human account is linked with linkOwner)', 'kind'));
    return this.decide('ownerId', async () => (await this.overrides.markKind(input.accountId, kind as ManualKind, input.ownerId, this.decision(input.note))).record);
  }

  reset(recordId: string): Promise<OwnershipChange> {
    return this.decide('recordId', () => this.overrides.reset(recordId, this.decision(undefined)));
  }

  async reviewQueue(args: ReviewQueueArgs): Promise<ReviewQueue> {
    const skip = decodeCursor(args.after);
    const rows = await this.ctx.graph.read(READ_REVIEW_QUEUE, { skip: limitParam(skip, Number.MAX_SAFE_INTEGER), limit: limitParam(args.first, 200) }, 'review-queue');
    const [count] = await this.ctx.graph.read(COUNT_REVIEW_QUEUE, {}, 'review-queue-count');
    const total = Number(count?.total ?? 0);
    return {
      nodes: rows.map((row) => ({
        record: { id: String(row.id), recordType: String(row.recordType), label: String(row.label ?? row.id), appName: (row.appName as string | null) ?? null },
        displayName: String(row.displayName ?? ''),
        reason: String(row.reason ?? ''),
        candidates: ((row.candidates as (PersonRow | null)[]) ?? []).filter((p): p is PersonRow => p !== null).map(toPersonRef),
      })),
      totalCount: total,
      pageInfo: { endCursor: skip + rows.length < total ? encodeCursor(skip + rows.length) : null, hasNextPage: skip + rows.length < total },
    };
  }

  /** The signed-in viewer decides; the auth checker lets no anonymous request this far, but a decision without an actor must not be recorded. */
  private decision(note: string | undefined): Decision {
    if (!this.ctx.viewer) throw new UnauthenticatedError();
    return { actor: actorOf(this.ctx.viewer), note: note ?? null, now: this.ctx.now };
  }

  private async decide(field: string, carryOut: () => Promise<RecordRef>): Promise<OwnershipChange> {
    let record: RecordRef;
    try {
      record = await carryOut();
    } catch (error) {
      if (error instanceof OverrideError) throw new BadInputError(error.message, field);
      throw error;
    }
    await reconcileAndRefresh(this.ctx.graph, this.ctx.catalog, this.ctx.now);
    const [row] = await this.ctx.graph.read(READ_OWNERSHIP, { recordId: record.id }, 'ownership-after');
    const owner = (row?.owner as PersonRow | null) ?? null;
    return {
      record: { id: record.id, recordType: record.recordType, label: record.label, appName: record.appName },
      owner: owner ? toPersonRef(owner) : null,
      linkReason: (row?.linkReason as string | null) ?? null,
      findingCount: Number(row?.findingCount ?? 0),
    };
  }
}

interface PersonRow {
  id: string;
  displayName: string;
  email: string;
  status: string;
}

function toPersonRef(row: PersonRow): PersonRef {
  return { id: row.id, displayName: row.displayName, email: row.email, status: row.status as PersonStatus };
}
