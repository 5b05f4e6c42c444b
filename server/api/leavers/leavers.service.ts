import { leaverFilter, LeaverFilterError, leaverReport, type LeaverReport as Report } from '../../leavers/leavers.js';
import type { ApiContext } from '../context.js';
import { BadInputError } from '../errors.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import type { LeaversArgs } from './leavers.args.js';
import { DeprovisionedSource, LeaverOutcome, type LeaverReport } from './leaver.type.js';

const OUTCOMES: Record<string, LeaverOutcome> = Object.fromEntries(Object.values(LeaverOutcome).map((o) => [o, o]));

export class LeaversService {
  constructor(private readonly ctx: ApiContext) {}

  async report(args: LeaversArgs): Promise<LeaverReport> {
    let report: Report;
    try {
      report = await leaverReport(this.ctx.graph, leaverFilter(args.from, args.to), this.ctx.now);
    } catch (error) {
      if (error instanceof LeaverFilterError) throw new BadInputError(error.message, error.field);
      throw error;
    }
    const wanted: string | undefined = args.outcome;
    const rows = wanted ? report.rows.filter((row) => row.outcome === wanted) : report.rows;
    const offset = decodeCursor(args.after);
    const end = args.first === undefined ? rows.length : Math.min(rows.length, offset + args.first);
    const hasNextPage = end < rows.length;
    return {
      ...report,
      totalRows: rows.length,
      pageInfo: { endCursor: hasNextPage ? encodeCursor(end) : null, hasNextPage },
      rows: rows.slice(offset, end).map((row) => ({
        ...row,
        source: row.source === null ? null : row.source === 'vendor' ? DeprovisionedSource.VENDOR : DeprovisionedSource.FIRST_SEEN,
        outcome: OUTCOMES[row.outcome] ?? LeaverOutcome.UNKNOWN,
        leaverOutcome: OUTCOMES[row.leaverOutcome] ?? LeaverOutcome.UNKNOWN,
      })),
    };
  }
}
