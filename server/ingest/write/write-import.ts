import type { ManagedTransaction } from 'neo4j-driver';
import { appsScope, EVERYTHING, NOTHING, peopleScope, type ChangeScope } from '../../shared/change-scope.js';
import { RECORDS_WRITTEN_BY, type RecordLabel } from '../model.js';
import { planApps } from './plan-apps.js';
import type { PreparedBatch, RecordRow } from './prepare.js';
import { publish, type PublishPlan } from './publish.js';
import { unlistedIds } from './removals.js';
import { stageRecords } from './stage-records.js';
import { deleteStaged, startStaging } from './staging.js';
import type { WriteContext } from './write-context.js';
import type { WrittenLabel } from './written-label.js';

export interface WriteCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

type RecordKey = 'people' | 'identities' | 'groups' | 'accounts' | 'assignments' | 'integrations';

/** Each record label and where a prepared batch holds its rows, in the order an import writes them. */
export const RECORDS: readonly { label: RecordLabel; key: RecordKey }[] = [
  { label: 'Person', key: 'people' },
  { label: 'Identity', key: 'identities' },
  { label: 'IdpGroup', key: 'groups' },
  { label: 'Account', key: 'accounts' },
  { label: 'AppAssignment', key: 'assignments' },
  { label: 'Integration', key: 'integrations' },
];

/** A change to any of these may move any account's owner (change-scope.ts). */
const TOUCHES_EVERYTHING: ReadonlySet<RecordLabel> = new Set(['Person', 'Identity', 'IdpGroup']);

/**
 * Writes a prepared import, all or nothing as readers see it: new records are staged in bounded
 * transactions, then everything is published in one transaction whose size follows what changed
 * (publish.ts), which also writes `record` (the SyncRun and audit event) with the final counts.
 * The prepared rows are let go label by label as they are compared. If anything fails, this run's
 * staged records are deleted (in batches) before the error is passed on.
 */
export async function writeImport(
  ctx: WriteContext,
  prepared: PreparedBatch,
  complete: boolean,
  record: (tx: ManagedTransaction, counts: WriteCounts) => Promise<void>,
): Promise<WriteCounts & { touched: ChangeScope }> {
  try {
    await startStaging(ctx);
    return await stageAndPublish(ctx, prepared, complete, record);
  } catch (error) {
    // Best effort: if the database is gone, the next import of the scope deletes them instead.
    await deleteStaged(ctx, ctx.params.runId).catch(() => undefined);
    throw error;
  }
}

async function stageAndPublish(
  ctx: WriteContext,
  prepared: PreparedBatch,
  complete: boolean,
  record: (tx: ManagedTransaction, counts: WriteCounts) => Promise<void>,
): Promise<WriteCounts & { touched: ChangeScope }> {
  const apps = await planApps(ctx, prepared.apps);
  const staged = new Map<WrittenLabel, number>([
    ['App', apps.staged.App],
    ['Role', apps.staged.Role],
    ['SeatType', apps.staged.SeatType],
  ]);
  const plan: PublishPlan = { staged, apps, changed: [], removed: [] };
  const counts: WriteCounts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const touchedLabels = new Set<RecordLabel>();
  const touchedApps = new Set(apps.touched);
  const progress = { done: 0, total: RECORDS.reduce((sum, { key }) => sum + prepared[key].length, 0) };
  const removable = complete ? RECORDS_WRITTEN_BY[ctx.params.kind] : [];

  for (const { label, key } of RECORDS) {
    const rows: RecordRow[] = prepared[key];
    prepared[key] = [];
    if (removable.includes(label)) {
      const ids = await unlistedIds(ctx, label, new Set(rows.map((row) => row.id)));
      if (ids.length) plan.removed.push({ label, ids });
    }
    if (!rows.length) continue;
    const outcome = await stageRecords(ctx, label, rows, progress);
    counts.added += outcome.added;
    counts.updated += outcome.changed.length;
    counts.unchanged += outcome.unchanged;
    if (outcome.added) staged.set(label, outcome.added);
    if (outcome.changed.length) plan.changed.push({ label, rows: outcome.changed });
    if (outcome.added || outcome.changed.length) touchedLabels.add(label);
    for (const appId of outcome.appIds) touchedApps.add(appId);
  }

  const published = await publish(ctx, plan, (tx, result) => record(tx, { ...counts, removed: result.removed }));
  counts.removed = published.removed;
  for (const label of published.removedLabels) touchedLabels.add(label);
  for (const appId of published.removedAppIds) touchedApps.add(appId);
  const touched = touchedLabels.has('Identity')
    ? EVERYTHING
    : [...touchedLabels].some((label) => TOUCHES_EVERYTHING.has(label))
      ? peopleScope(touchedApps)
      : touchedApps.size
        ? appsScope(touchedApps)
        : NOTHING;
  return { ...counts, touched };
}
