import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import { limitParam } from '../../graph/values.js';
import { batonFileStates } from '../../connectors/baton-folder/baton-file-store.js';
import { PARSERS } from '../../ingest/parsers/index.js';
import type { ApiContext } from '../context.js';
import type { BatonFile } from './baton-file.type.js';
import type { ImportApp, ImportKindInfo, Source, SyncRun } from './source.type.js';
import * as q from './source.queries.js';

export const STALE_AFTER_DAYS = 7;

const sourceRow = z.object({
  scope: z.string(),
  kind: z.string(),
  lastStatus: z.string(),
  runCount: z.number(),
  reconciling: z.boolean().nullable(),
  lastSyncedAt: z.string().nullable(),
  daysSinceSync: z.number().nullable(),
});

const graphAppRow = z.object({ name: z.string(), catalogKey: z.string().nullable() });

/** A SyncRun node as server/ingest/sync.ts writes it; counts and lists are absent on runs that failed early. */
const syncRunRow = z.object({
  run: z.object({
    id: z.string(),
    kind: z.string(),
    scope: z.string(),
    status: z.string(),
    files: z.array(z.string()).nullish(),
    sha256: z.string(),
    recordsRead: z.number().nullish(),
    added: z.number().nullish(),
    updated: z.number().nullish(),
    unchanged: z.number().nullish(),
    removed: z.number().nullish(),
    complete: z.boolean().nullish(),
    startedAt: z.string(),
    durationMs: z.number().nullish(),
    errors: z.array(z.string()).nullish(),
    notes: z.array(z.string()).nullish(),
    reconcilePending: z.boolean().nullish(),
  }),
});

export class SourceService {
  constructor(private readonly ctx: ApiContext) {}

  async sources(): Promise<Source[]> {
    const rows = await readRows(this.ctx.graph, q.SOURCES, { now: this.ctx.now.toISOString() }, sourceRow, 'sources');
    return rows.map((row) => {
      const days = row.daysSinceSync;
      return {
        scope: row.scope,
        kind: row.kind,
        lastSyncedAt: row.lastSyncedAt,
        lastStatus: row.lastStatus,
        daysSinceSync: days,
        stale: days === null || days > STALE_AFTER_DAYS,
        runs: row.runCount,
        reconciling: row.reconciling === true,
      };
    });
  }

  async syncRuns(scope: string | null, first: number): Promise<SyncRun[]> {
    const params = { scope, skip: limitParam(0, 0), limit: limitParam(first, 200) };
    const rows = await readRows(this.ctx.graph, q.SYNC_RUNS, params, syncRunRow, 'sync-runs');
    return rows.map((row) => toSyncRun(row.run));
  }

  async batonFiles(): Promise<BatonFile[]> {
    return (await batonFileStates(this.ctx.graph)).map((state) => ({
      name: state.name,
      app: state.app,
      status: state.status,
      error: state.error,
      checkedAt: state.checkedAt,
      importedAt: state.importedAt,
      importedSha256: state.importedSha256,
      syncRunId: state.syncRunId,
    }));
  }

  /** Apps Attest has, then the catalog's others, each name once (any case), by name. */
  async importApps(): Promise<ImportApp[]> {
    const rows = await readRows(this.ctx.graph, q.GRAPH_APPS, {}, graphAppRow, 'import-apps');
    const apps = new Map<string, ImportApp>();
    for (const row of rows) apps.set(row.name.toLowerCase(), { name: row.name, catalogKey: row.catalogKey, inGraph: true });
    for (const entry of this.ctx.catalog.entries) {
      if (!apps.has(entry.name.toLowerCase()))
        apps.set(entry.name.toLowerCase(), { name: entry.name, catalogKey: entry.key, inGraph: false });
    }
    return [...apps.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  }

  importKinds(): ImportKindInfo[] {
    return Object.values(PARSERS).map((p) => ({ kind: p.kind, description: p.description, needsApp: p.needsApp }));
  }
}

function toSyncRun(run: z.output<typeof syncRunRow>['run']): SyncRun {
  return {
    id: run.id,
    kind: run.kind,
    scope: run.scope,
    status: run.status,
    files: run.files ?? [],
    sha256: run.sha256,
    recordsRead: run.recordsRead ?? 0,
    added: run.added ?? 0,
    updated: run.updated ?? 0,
    unchanged: run.unchanged ?? 0,
    removed: run.removed ?? 0,
    complete: run.complete === true,
    startedAt: run.startedAt,
    durationMs: run.durationMs ?? 0,
    errors: run.errors ?? [],
    notes: run.notes ?? [],
    reconciling: run.reconcilePending === true,
  };
}
