import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { decodeRow } from '../../graph/decode.js';
import { rowsOf } from '../../graph/graph.js';
import type { RecordLabel } from '../model.js';
import { TOUCH_APPS, UPDATE_APPS, UPSERT_ROLES, UPSERT_SEAT_TYPES } from './apps.queries.js';
import { markRemoved } from './diff.queries.js';
import type { AppsPlan } from './plan-apps.js';
import type { RecordRow } from './prepare.js';
import { RECORD_WRITES, STAGE_BATCH } from './stage-records.js';
import { END_STAGING_RUN, publishStaged } from './staging.queries.js';
import type { WriteContext } from './write-context.js';
import type { WrittenLabel } from './written-label.js';

const publishedRow = z.object({ published: z.number() });
const removedRow = z.object({ removed: z.number(), appIds: z.array(z.string()) });

/** Everything the import changes that is not written yet. */
export interface PublishPlan {
  /** How many records of each label this run staged. */
  staged: Map<WrittenLabel, number>;
  apps: AppsPlan;
  changed: { label: RecordLabel; rows: RecordRow[] }[];
  removed: { label: RecordLabel; ids: string[] }[];
}

export interface Published {
  removed: number;
  /** Labels of which some record was marked removed, and the apps of those that belong to one. */
  removedLabels: Set<RecordLabel>;
  removedAppIds: Set<string>;
}

/** Every label an import writes. Apps first: staged roles, seat types and records point at them, changed accounts MATCH them. */
export const PUBLISH_ORDER: readonly WrittenLabel[] = [
  'App',
  'Role',
  'SeatType',
  'Person',
  'Identity',
  'IdpGroup',
  'Account',
  'AppAssignment',
  'Integration',
];

/**
 * The import's one transaction that readers see whole: staged records become real, changed ones
 * are written, unlisted ones are marked removed, and `record` (the SyncRun and the audit event) is
 * written with the counts. Its size follows what changed, not the size of the listing.
 */
export async function publish(
  ctx: WriteContext,
  plan: PublishPlan,
  record: (tx: ManagedTransaction, published: Published) => Promise<void>,
): Promise<Published> {
  const total = plan.changed.reduce((sum, group) => sum + group.rows.length, 0);
  return ctx.graph.executeWrite(async (tx) => {
    ctx.onProgress?.('publish', 0, total);
    for (const label of PUBLISH_ORDER) {
      const expected = plan.staged.get(label) ?? 0;
      if (expected === 0) continue;
      const [row] = rowsOf(await tx.run(publishStaged(label), { runId: ctx.params.runId }));
      const { published } = decodeRow(publishedRow, row, `import-publish:${label}`);
      if (published !== expected) {
        throw new Error(
          `the import staged ${expected} new ${label} record(s) but found ${published} to publish; another import of ${ctx.params.scope} may have cleaned them up: import again`,
        );
      }
    }
    await tx.run(END_STAGING_RUN, { runId: ctx.params.runId });
    const { apps } = plan;
    if (apps.update.length) await tx.run(UPDATE_APPS, { ...ctx.params, rows: apps.update });
    if (apps.existingIds.length) await tx.run(TOUCH_APPS, { ...ctx.params, ids: apps.existingIds });
    if (apps.roles.length) await tx.run(UPSERT_ROLES, { ...ctx.params, rows: apps.roles });
    if (apps.seats.length) await tx.run(UPSERT_SEAT_TYPES, { ...ctx.params, rows: apps.seats });

    let done = 0;
    for (const { label, rows } of plan.changed) {
      for (let start = 0; start < rows.length; start += STAGE_BATCH) {
        const slice = rows.slice(start, start + STAGE_BATCH);
        await tx.run(RECORD_WRITES[label].upsert, { ...ctx.params, rows: slice });
        done += slice.length;
        ctx.onProgress?.('publish', done, total);
      }
    }

    const published: Published = { removed: 0, removedLabels: new Set(), removedAppIds: new Set() };
    for (const { label, ids } of plan.removed) {
      for (let start = 0; start < ids.length; start += STAGE_BATCH) {
        const [row] = rowsOf(await tx.run(markRemoved(label), { ...ctx.params, ids: ids.slice(start, start + STAGE_BATCH) }));
        const { removed, appIds } = decodeRow(removedRow, row, `import-mark-removed:${label}`);
        published.removed += removed;
        if (removed > 0) published.removedLabels.add(label);
        for (const appId of appIds) published.removedAppIds.add(appId);
      }
    }
    await record(tx, published);
    return published;
  }, `import:${ctx.params.kind}`);
}
