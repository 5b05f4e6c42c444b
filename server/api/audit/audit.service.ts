import { auditChanges } from '../../audit/audit-changes.js';
import { AuditFilterError, listAuditEvents } from '../../audit/list-events.js';
import { auditActions, targetNames } from '../../audit/target-names.js';
import { anchorFiles } from '../../audit/checkpoint-store.js';
import { verifyAuditAnchors } from '../../audit/verify-anchors.js';
import { verifyAuditChain } from '../../audit/verify-chain.js';
import type { ApiContext } from '../context.js';
import { BadInputError } from '../errors.js';
import { MAX_AUDIT_PAGE_SIZE, type AuditEventsArgs } from './audit.args.js';
import type { AuditAnchorProblem, AuditChain, AuditChainProblem, AuditEventConnection } from './audit.type.js';

/** Reading the audit log and checking its chain. */
export class AuditService {
  constructor(private readonly ctx: ApiContext) {}

  async events(args: AuditEventsArgs): Promise<AuditEventConnection> {
    const beforeSeq = decodeAuditCursor(args.after);
    const page = await listAuditEvents(this.ctx.graph, args.filter ?? {}, {
      limit: Math.min(args.first, MAX_AUDIT_PAGE_SIZE),
      beforeSeq,
    }).catch((error: unknown) => {
      if (error instanceof AuditFilterError) throw new BadInputError(error.message, `filter.${error.field}`);
      throw error;
    });
    const last = page.events.at(-1);
    const nameOf = await targetNames(this.ctx.graph, page.events);
    return {
      nodes: page.events.map((event) => ({
        ...event,
        targetName: nameOf(event.targetType, event.targetId),
        changes: auditChanges(event.before, event.after),
      })),
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasMore, endCursor: last && page.hasMore ? encodeAuditCursor(last.seq) : null },
    };
  }

  actions(): Promise<string[]> {
    return auditActions(this.ctx.graph);
  }

  async chain(): Promise<AuditChain> {
    const files = anchorFiles();
    const [result, anchors] = await Promise.all([
      verifyAuditChain(this.ctx.graph),
      verifyAuditAnchors(this.ctx.graph, { checkpoints: files.checkpoints, publicKey: files.publicKey }),
    ]);
    // Only the kinds go to the client: the details name files in the data directory.
    const anchorProblems = anchors.problems.map((problem) => problem.kind as AuditAnchorProblem);
    return {
      ...result,
      ok: result.ok && anchorProblems.length === 0,
      firstBroken: result.firstBroken ? { ...result.firstBroken, problem: result.firstBroken.problem as AuditChainProblem } : null,
      anchorProblems,
      anchoredSeq: anchors.latest?.seq ?? null,
    };
  }
}

/**
 * The log grows while someone pages through it, so a page continues below the last sequence number
 * shown rather than at an offset: new events never push old ones onto the next page twice.
 */
function encodeAuditCursor(seq: number): string {
  return Buffer.from(`s:${seq}`).toString('base64url');
}

function decodeAuditCursor(cursor: string | undefined | null): number | null {
  if (!cursor) return null;
  const match = /^s:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadInputError(`"${cursor}" is not a cursor this API returned`, 'after');
  return Number(match[1]);
}
