import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import { DEAD_STAGING_RUNS, DELETE_RUN_STAGED, END_STAGING_RUN, START_STAGING_RUN } from './staging.queries.js';
import type { WriteContext } from './write-context.js';

const idRow = z.object({ id: z.string() });

/**
 * Before this run stages anything: deletes what runs killed while staging left behind (nobody sees
 * it; it only takes room), then records this run as staging.
 *
 * Which runs count as dead: those of the same scope, and any started more than a day ago. Not every
 * other run's: an import of another scope may be staging right now, and its records must stay until
 * it publishes. Two imports of the same scope at once cannot both be right (each would mark removed
 * what the other lists): the later one deletes what the earlier staged, and the earlier one then
 * fails when it finds fewer records to publish than it staged (publish.ts), writing nothing.
 */
export async function startStaging(ctx: WriteContext): Promise<void> {
  const { runId, scope } = ctx.params;
  const dead = await readRows(ctx.graph, DEAD_STAGING_RUNS, { runId, scope }, idRow, 'import-dead-staging-runs');
  for (const run of dead) await deleteStaged(ctx, run.id);
  await ctx.graph.executeWrite((tx) => tx.run(START_STAGING_RUN, { runId, scope }), 'import-start-staging');
}

/** Deletes a run's staged records in batches, then its :StagingRun. */
export async function deleteStaged(ctx: WriteContext, runId: string): Promise<void> {
  await ctx.graph.writeInTransactions(DELETE_RUN_STAGED, { runId }, 'import-delete-staged');
  await ctx.graph.executeWrite((tx) => tx.run(END_STAGING_RUN, { runId }), 'import-end-staging');
}
