import { z } from 'zod';
import { actorOf } from '../../audit/actor.js';
import { readRows } from '../../graph/decode.js';
import { limitParam } from '../../graph/values.js';
import { settleDecision } from '../../kpi/after-decision.js';
import { scopeOfRecord } from '../../reconcile/record-scope.js';
import { OverrideError, OwnershipOverrides, recordRefSchema, type Decision, type RecordRef } from '../../reconcile/overrides.js';
import { READ_OWNERSHIP, READ_REVIEW_QUEUE, COUNT_REVIEW_QUEUE } from '../../reconcile/overrides.queries.js';
import type { ApiContext } from '../context.js';
import { BadInputError, UnauthenticatedError } from '../errors.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { PersonStatus } from '../shared/enums.js';
import { personRefSchema } from '../shared/refs.schemas.js';
import { candidateEvidence } from './candidate-evidence.js';
import { READ_REVIEW_CANDIDATES } from './review-candidates.queries.js';
import type { LinkOwnerInput, MarkAccountKindInput, ReviewQueueArgs, UnlinkOwnerInput } from './ownership.args.js';
import type { OwnershipChange, ReviewCandidate, ReviewQueue } from './ownership.type.js';

const reviewItemRow = z.intersection(
  recordRefSchema,
  z.object({ displayName: z.string(), reason: z.string().nullable(), candidates: z.array(personRefSchema.nullable()).nullable() }),
);
const candidateRow = z.object({
  recordId: z.string(),
  recordEmail: z.string().nullable(),
  recordUsername: z.string().nullable(),
  recordLogin: z.string().nullable(),
  recordEmployeeNumber: z.string().nullable(),
  recordDisplayName: z.string().nullable(),
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  status: z.enum(PersonStatus),
  employeeId: z.string().nullable(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  alternateEmails: z.array(z.string()),
  viaIdentities: z.array(z.string()),
});
const countRow = z.object({ total: z.number() });
const ownershipRow = z.object({ owner: personRefSchema.nullable(), linkReason: z.string().nullable(), findingCount: z.number() });

/** Manual ownership decisions through GraphQL: carried out, then reconciled so the findings follow at once. */
export class OwnershipService {
  private readonly overrides: OwnershipOverrides;

  constructor(private readonly ctx: ApiContext) {
    this.overrides = new OwnershipOverrides(ctx.graph);
  }

  link(input: LinkOwnerInput): Promise<OwnershipChange> {
    return this.decide(
      'personId',
      async () => (await this.overrides.link(input.recordId, input.personId, this.decision(input.note))).record,
    );
  }

  unlink(input: UnlinkOwnerInput): Promise<OwnershipChange> {
    return this.decide('recordId', () => this.overrides.unlink(input.recordId, this.decision(input.note)));
  }

  markKind(input: MarkAccountKindInput): Promise<OwnershipChange> {
    const kind = input.kind as string;
    if (kind !== 'service' && kind !== 'shared')
      return Promise.reject(new BadInputError('kind must be SERVICE or SHARED (a human account is linked with linkOwner)', 'kind'));
    return this.decide(
      'ownerId',
      async () => (await this.overrides.markKind(input.accountId, kind, input.ownerId, this.decision(input.note))).record,
    );
  }

  reset(recordId: string): Promise<OwnershipChange> {
    return this.decide('recordId', () => this.overrides.reset(recordId, this.decision(undefined)));
  }

  async reviewQueue(args: ReviewQueueArgs): Promise<ReviewQueue> {
    const skip = decodeCursor(args.after);
    const page = { skip: limitParam(skip, Number.MAX_SAFE_INTEGER), limit: limitParam(args.first, 200) };
    const rows = await readRows(this.ctx.graph, READ_REVIEW_QUEUE, page, reviewItemRow, 'review-queue');
    const [count] = await readRows(this.ctx.graph, COUNT_REVIEW_QUEUE, {}, countRow, 'review-queue-count');
    const total = count?.total ?? 0;
    const details = await this.candidateDetails(rows.map((row) => row.id));
    return {
      nodes: rows.map(({ displayName, reason, candidates, ...record }) => ({
        record,
        displayName,
        reason: reason ?? '',
        candidates: (candidates ?? []).filter((person) => person !== null),
        candidateDetails: details.get(record.id) ?? [],
      })),
      totalCount: total,
      pageInfo: {
        endCursor: skip + rows.length < total ? encodeCursor(skip + rows.length) : null,
        hasNextPage: skip + rows.length < total,
      },
    };
  }

  /** Per record id, its candidates with their HR place and what agrees, in one read for the whole page. */
  private async candidateDetails(recordIds: string[]): Promise<Map<string, ReviewCandidate[]>> {
    const byRecord = new Map<string, ReviewCandidate[]>();
    if (recordIds.length === 0) return byRecord;
    const rows = await readRows(this.ctx.graph, READ_REVIEW_CANDIDATES, { recordIds }, candidateRow, 'review-candidates');
    for (const row of rows) {
      const candidate: ReviewCandidate = {
        person: { id: row.id, displayName: row.displayName, email: row.email, status: row.status },
        employeeId: row.employeeId,
        department: row.department,
        title: row.title,
        matchedOn: candidateEvidence(row, row),
      };
      byRecord.set(row.recordId, [...(byRecord.get(row.recordId) ?? []), candidate]);
    }
    return byRecord;
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
    await settleDecision(this.ctx.graph, this.ctx.catalog, this.ctx.now, { reconcile: await scopeOfRecord(this.ctx.graph, record.id) });
    const [row] = await readRows(this.ctx.graph, READ_OWNERSHIP, { recordId: record.id }, ownershipRow, 'ownership-after');
    return {
      record: { id: record.id, recordType: record.recordType, label: record.label, appName: record.appName },
      owner: row?.owner ?? null,
      linkReason: row?.linkReason ?? null,
      findingCount: row?.findingCount ?? 0,
    };
  }
}
