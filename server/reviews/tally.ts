import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { LOCK_CAMPAIGN } from './campaign.queries.js';
import * as q from './tally.queries.js';

/**
 * Runs `change`, a write to the items `itemIds` (existing or created by it), with the campaign
 * counters following it in the same transaction: the items are taken away before and added after.
 */
export async function tallied<T>(tx: ManagedTransaction, itemIds: readonly string[], change: () => Promise<T>): Promise<T> {
  if (itemIds.length === 0) return change();
  await tx.run(q.TALLY_ITEMS, { itemIds, sign: neo4j.int(-1) });
  const result = await change();
  await tx.run(q.TALLY_ITEMS, { itemIds, sign: neo4j.int(1) });
  return result;
}

/** Counts items a launch has just written (the launch reset the counters when it started). */
export async function tallyCreated(tx: ManagedTransaction, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length > 0) await tx.run(q.TALLY_ITEMS, { itemIds, sign: neo4j.int(1) });
}

export async function resetTallies(graph: Graph, campaignId: string): Promise<void> {
  await graph.write(q.RESET_TALLIES, { campaignId }, 'campaign-tallies-reset');
}

export async function dropTallies(graph: Graph, campaignId: string): Promise<void> {
  await graph.write(q.DROP_TALLIES, { campaignId }, 'campaign-tallies-drop');
}

const idRow = z.object({ id: z.string() });

/**
 * Counts, once, every launched campaign that has no counters yet (launched before they were kept):
 * its items get their list key, then its counters are counted from its items. Run at start (server
 * and each CLI command), like the other repairs; cheap when there is none.
 */
export async function ensureTallies(graph: Graph): Promise<void> {
  const uncounted = await readRows(graph, q.UNCOUNTED_CAMPAIGNS, {}, idRow, 'campaign-tallies-missing');
  for (const { id } of uncounted) {
    await graph.writeInTransactions(q.FILL_LIST_KEYS, { campaignId: id }, 'campaign-list-keys');
    await graph.executeWrite(async (tx) => {
      await tx.run(LOCK_CAMPAIGN, { campaignId: id });
      const still = decodeRows(idRow, rowsOf(await tx.run(q.UNCOUNTED_CAMPAIGNS)), 'campaign-tallies-missing');
      if (!still.some((row) => row.id === id)) return;
      await tx.run(q.RESET_TALLIES, { campaignId: id });
      await tx.run(q.COUNT_ALL_ITEMS, { campaignId: id, sign: neo4j.int(1) });
    }, 'campaign-tallies-count');
  }
}
