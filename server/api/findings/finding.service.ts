import { z } from 'zod';
import { decodeRows, readRows } from '../../graph/decode.js';
import { rowsOf } from '../../graph/graph.js';
import { limitParam } from '../../graph/values.js';
import { roundToCents } from '../../shared/numbers.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { scopeManagerId } from '../shared/scope.js';
import { FINDING_TYPES } from '../shared/enums.js';
import type { FindingsArgs } from './findings.args.js';
import { MAX_PAGE_SIZE } from './findings.args.js';
import { findingSchema } from './finding.mapper.js';
import type { Finding, FindingConnection } from './finding.type.js';
import * as q from './finding.queries.js';

const findingRow = z.object({ finding: findingSchema });
const totalRow = z.object({ type: z.enum(FINDING_TYPES), count: z.number(), monthlyCost: z.number() });

export class FindingService {
  constructor(private readonly ctx: ApiContext) {}

  async search(args: FindingsArgs): Promise<FindingConnection> {
    const filter = args.filter ?? {};
    const skip = decodeCursor(args.after);
    const params = {
      scopeManagerId: scopeManagerId(this.ctx.viewer),
      types: filter.types?.length ? filter.types : null,
      apps: filter.apps?.length ? filter.apps : null,
      severities: filter.severities?.length ? filter.severities : null,
      personId: filter.personId ?? null,
      search: filter.search?.trim() ? filter.search.trim().toLowerCase() : null,
    };
    const start = q.findingStart(params);
    const [page, totals] = await this.ctx.graph.executeRead(async (tx) => {
      const pageResult = await tx.run(q.findingsPage(args.sort, start), {
        ...params,
        skip: limitParam(skip, 1_000_000_000),
        limit: limitParam(args.first + 1, MAX_PAGE_SIZE + 1),
      });
      const totalsResult = await tx.run(q.findingsTotals(start), params);
      return [pageResult, totalsResult] as const;
    }, 'findings-search');
    const nodes = decodeRows(findingRow, rowsOf(page), 'findings-search').map((row) => row.finding);
    const byType = decodeRows(totalRow, rowsOf(totals), 'findings-totals').map((row) => ({
      ...row,
      monthlyCost: roundToCents(row.monthlyCost),
    }));
    const hasNextPage = nodes.length > args.first;
    const shown = nodes.slice(0, args.first);
    return {
      nodes: shown,
      totalCount: byType.reduce((sum, t) => sum + t.count, 0),
      totalMonthlyCost: roundToCents(byType.reduce((sum, t) => sum + t.monthlyCost, 0)),
      byType,
      currency: shown[0]?.currency ?? 'USD',
      pageInfo: { hasNextPage, endCursor: shown.length ? encodeCursor(skip + shown.length) : null },
    };
  }

  /** Null when there is no such finding, or the viewer may not see it: the two look the same. */
  async byId(id: string): Promise<Finding | null> {
    const [row] = await readRows(
      this.ctx.graph,
      q.FINDING_BY_ID,
      { id, scopeManagerId: scopeManagerId(this.ctx.viewer) },
      findingRow,
      'finding',
    );
    return row?.finding ?? null;
  }
}
