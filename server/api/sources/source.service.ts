import type { Row } from '../../graph/graph.js';
import { limitParam } from '../../graph/values.js';
import { PARSERS } from '../../ingest/parsers/index.js';
import type { ApiContext } from '../context.js';
import type { ImportKindInfo, Source, SyncRun } from './source.type.js';
import * as q from './source.queries.js';

export const STALE_AFTER_DAYS = 7;

export class SourceService {
  constructor(private readonly ctx: ApiContext) {}

  async sources(): Promise<Source[]> {
    const rows = await this.ctx.graph.read(q.SOURCES, { now: this.ctx.now.toISOString() }, 'sources');
    return rows.map((row) => {
      const days = row.daysSinceSync === null ? null : Number(row.daysSinceSync);
      return {
        scope: String(row.scope),
        kind: String(row.kind),
        lastSyncedAt: (row.lastSyncedAt as string | null) ?? null,
        lastStatus: String(row.lastStatus),
        daysSinceSync: days,
        stale: days === null || days > STALE_AFTER_DAYS,
        runs: Number(row.runCount),
        reconciling: row.reconciling === true,
      };
    });
  }

  async syncRuns(scope: string | null, first: number): Promise<SyncRun[]> {
    const rows = await this.ctx.graph.read(q.SYNC_RUNS, { scope, skip: limitParam(0, 0), limit: limitParam(first, 200) }, 'sync-runs');
    return rows.map((row) => toSyncRun(row.run as Row));
  }

  importKinds(): ImportKindInfo[] {
    return Object.values(PARSERS).map((p) => ({ kind: p.kind, description: p.description, needsApp: p.needsApp }));
  }
}

function toSyncRun(run: Row): SyncRun {
  return {
    id: String(run.id),
    kind: String(run.kind),
    scope: String(run.scope),
    status: String(run.status),
    files: (run.files as string[]) ?? [],
    sha256: String(run.sha256),
    recordsRead: Number(run.recordsRead ?? 0),
    added: Number(run.added ?? 0),
    updated: Number(run.updated ?? 0),
    removed: Number(run.removed ?? 0),
    complete: run.complete === true,
    startedAt: String(run.startedAt),
    durationMs: Number(run.durationMs ?? 0),
    errors: (run.errors as string[]) ?? [],
    notes: (run.notes as string[]) ?? [],
    reconciling: run.reconcilePending === true,
  };
}
