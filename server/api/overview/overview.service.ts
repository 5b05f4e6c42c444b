import { headlineKpis } from '../../kpi/headline.js';
import { recentLeaverSla } from '../../leavers/leavers.js';
import type { ApiContext } from '../context.js';
import type { LeaverSla } from '../leavers/leaver.type.js';
import { SourceService } from '../sources/source.service.js';
import type { Overview } from './overview.type.js';

export class OverviewService {
  constructor(private readonly ctx: ApiContext) {}

  async overview(): Promise<Overview> {
    const [kpis, sources] = await Promise.all([headlineKpis(this.ctx.graph, this.ctx.catalog), new SourceService(this.ctx).sources()]);
    return {
      asOf: this.ctx.now.toISOString(),
      ...kpis,
      staleSources: sources.filter((source) => source.stale),
    };
  }

  leaverSla(): Promise<LeaverSla> {
    return recentLeaverSla(this.ctx.graph, this.ctx.now);
  }
}
