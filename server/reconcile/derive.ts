import { z } from 'zod';
import { decodeRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import * as q from './derive.queries.js';
import * as full from './full-derive.queries.js';

const changedRow = z.object({ changed: z.number() });

/**
 * Brings the derived relationships up to date: of `appIds` (assignments, sign-ins, integration
 * authors, owners), and, when `everything`, managers and group memberships too. Each statement
 * commits in batches of its own; a reader may see some relationships before others, as after any
 * import. Returns how many relationships were created or deleted.
 */
export async function deriveRelationships(graph: Graph, appIds: readonly string[], everything: boolean): Promise<number> {
  if (everything) {
    await graph.executeWrite(async (tx) => {
      for (const statement of [
        ...full.DERIVE_REPORTS_TO,
        ...full.DERIVE_APP_OWNERS,
        ...full.DERIVE_MEMBERSHIPS,
        ...full.DERIVE_SIGNS_IN_WITH,
        ...full.DERIVE_INTEGRATION_AUTHORS,
      ])
        await tx.run(statement);
    }, 'reconcile-derive');
    return 0;
  }
  const statements = [
    ...(everything ? [q.REMOVE_REPORTS_TO, q.ADD_REPORTS_TO, q.REMOVE_MEMBERSHIPS, q.ADD_MEMBERSHIPS] : []),
    q.REMOVE_APP_OWNERS,
    q.ADD_APP_OWNERS,
    q.REMOVE_ASSIGNMENTS,
    q.ADD_ASSIGNMENTS,
    q.REMOVE_SIGNS_IN_WITH,
    q.ADD_SIGNS_IN_WITH,
    // Integration authors last: an OAuth grant's author is found through the sign-ins above.
    q.REMOVE_ENABLED_BY,
    q.ADD_ENABLED_BY,
    q.REMOVE_AUTHORIZED_BY,
    q.ADD_AUTHORIZED_BY,
  ];
  let changed = 0;
  for (const statement of statements) {
    const rows = await graph.writeInTransactions(statement, { appIds }, 'reconcile-derive');
    for (const row of decodeRows(changedRow, rows, 'reconcile-derive')) changed += row.changed;
  }
  return changed;
}
