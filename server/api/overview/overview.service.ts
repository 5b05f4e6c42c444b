import { headlineKpis } from '../../kpi/headline.js';
import { recentLeaverSla } from '../../leavers/leavers.js';
import type { ApiContext } from '../context.js';
import { SourceService } from '../sources/source.service.js';
import type { Overview } from './overview.type.js';

export class OverviewService {
  constructor(private readonly ctx: ApiContext) {}

  async overview(): Promise<Overview> {
    const [kpis, sources, leaverSla] = await Promise.all([
      headlineKpis(this.ctx.graph, this.ctx.catalog),
      new SourceService(this.ctx).sources(),
      recentLeaverSla(this.ctx.graph, this.ctx.now),
    ]);
    return {
      asOf: this.ctx.now.toISOString(),
      ...kpis,
      staleSources: sources.filter((source) => source.stale),
      leaverSla,
    };
  }
}
