import { limitParam } from '../../graph/values.js';
import { roundToCents } from '../../shared/numbers.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { scopeManagerId } from '../shared/scope.js';
import type { FindingType } from '../shared/enums.js';
import { rowsOf, type Row } from '../../graph/graph.js';
import type { FindingsArgs } from './findings.args.js';
import { MAX_PAGE_SIZE } from './findings.args.js';
import { toFinding } from './finding.mapper.js';
import type { Finding, FindingConnection } from './finding.type.js';
import * as q from './finding.queries.js';

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
    const [page, totals] = await this.ctx.graph.executeRead(async (tx) => {
      const pageResult = await tx.run(q.findingsPage(args.sort), { ...params, skip: limitParam(skip, 1_000_000_000), limit: limitParam(args.first + 1, MAX_PAGE_SIZE + 1) });
      const totalsResult = await tx.run(q.FINDINGS_TOTALS, params);
      return [pageResult, totalsResult] as const;
    }, 'findings-search');
    const nodes = rowsOf(page).map((row) => toFinding(row.finding as Row));
    const byType = rowsOf(totals).map((row) => ({ type: row.type as FindingType, count: Number(row.count), monthlyCost: roundToCents(Number(row.monthlyCost)) }));
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
    const rows = await this.ctx.graph.read(q.FINDING_BY_ID, { id, scopeManagerId: scopeManagerId(this.ctx.viewer) }, 'finding');
    return rows[0] ? toFinding(rows[0].finding as Row) : null;
  }
}
