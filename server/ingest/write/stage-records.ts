import { z } from 'zod';
import { decodeRows } from '../../graph/decode.js';
import { rowsOf } from '../../graph/graph.js';
import type { RecordLabel } from '../model.js';
import { contentHash } from './content-hash.js';
import { changeOf, existingRecords } from './existing.js';
import type { RecordRow } from './prepare.js';
import * as q from './records.queries.js';
import type { WriteContext } from './write-context.js';

/** How each label is staged when new and upserted when changed. */
export const RECORD_WRITES: Record<RecordLabel, { stage: string; upsert: string; adopt: string }> = {
  Person: { stage: q.STAGE_PEOPLE, upsert: q.UPSERT_PEOPLE, adopt: q.ADOPT_PEOPLE },
  Identity: { stage: q.STAGE_IDENTITIES, upsert: q.UPSERT_IDENTITIES, adopt: q.ADOPT_IDENTITIES },
  IdpGroup: { stage: q.STAGE_GROUPS, upsert: q.UPSERT_GROUPS, adopt: q.ADOPT_GROUPS },
  Account: { stage: q.STAGE_ACCOUNTS, upsert: q.UPSERT_ACCOUNTS, adopt: q.ADOPT_ACCOUNTS },
  AppAssignment: { stage: q.STAGE_ASSIGNMENTS, upsert: q.UPSERT_ASSIGNMENTS, adopt: q.ADOPT_ASSIGNMENTS },
  Integration: { stage: q.STAGE_INTEGRATIONS, upsert: q.UPSERT_INTEGRATIONS, adopt: q.ADOPT_INTEGRATIONS },
};

/** Rows read, compared and staged per transaction: a bounded transaction whatever the import's size. */
export const STAGE_BATCH = 5000;

export interface StagedRecords {
  added: number;
  unchanged: number;
  /** Rows of records that exist and that the import changes (or lists again after they were removed), with their hash. */
  changed: RecordRow[];
  /** Apps of the records added or changed (records that belong to one). */
  appIds: Set<string>;
}

/**
 * Compares one label's rows with the graph a page at a time: a new record is staged at once (one
 * transaction per page), a changed one is kept for the publish transaction (unless its record
 * already holds what the row says, RECORD_WRITES adopt), an unchanged one is only counted. Empties
 * `rows` as it goes.
 */
export async function stageRecords(
  ctx: WriteContext,
  label: RecordLabel,
  rows: RecordRow[],
  progress: { done: number; total: number },
): Promise<StagedRecords> {
  const outcome: StagedRecords = { added: 0, unchanged: 0, changed: [], appIds: new Set() };
  while (rows.length) {
    // Taken out of `rows`: what is staged or unchanged is let go as the import goes on.
    const page = rows.splice(0, STAGE_BATCH);
    const stored = await existingRecords(
      ctx,
      label,
      page.map((row) => row.id),
    );
    const fresh: RecordRow[] = [];
    const changed: RecordRow[] = [];
    for (const row of page) {
      // Hashed before the hash is set on it: a row fresh from prepareBatch has none.
      row.contentHash = contentHash(ctx.params.kind, ctx.params.scope, row);
      const change = changeOf(stored.get(row.id), row.contentHash);
      if (change === 'unchanged') outcome.unchanged += 1;
      else if (change === 'new') fresh.push(row);
      else changed.push(row);
    }
    const adopted = changed.length ? await adoptHeld(ctx, label, changed) : new Set<string>();
    outcome.unchanged += adopted.size;
    const rewritten = changed.filter((row) => !adopted.has(row.id));
    outcome.changed.push(...rewritten);
    for (const row of [...fresh, ...rewritten]) if (typeof row.appId === 'string') outcome.appIds.add(row.appId);
    if (fresh.length) {
      await ctx.graph.executeWrite((tx) => tx.run(RECORD_WRITES[label].stage, { ...ctx.params, rows: fresh }), `import-stage:${label}`);
      outcome.added += fresh.length;
    }
    progress.done += page.length;
    ctx.onProgress?.('stage', progress.done, progress.total);
  }
  return outcome;
}

const idRow = z.object({ id: z.string() });

/** Of rows that would change their records, those whose records already hold what they say: they take the row's hash (RECORD_WRITES adopt). */
async function adoptHeld(ctx: WriteContext, label: RecordLabel, rows: RecordRow[]): Promise<Set<string>> {
  const adopted = await ctx.graph.executeWrite(
    async (tx) => decodeRows(idRow, rowsOf(await tx.run(RECORD_WRITES[label].adopt, { ...ctx.params, rows })), `import-adopt:${label}`),
    `import-adopt:${label}`,
  );
  return new Set(adopted.map((row) => row.id));
}
