import { z } from 'zod';
import { readRows } from '../../server/graph/decode.js';
import type { Graph } from '../../server/graph/graph.js';
import { RECONCILED_RELATIONSHIPS, REVIEW_FLAGS } from './reconcile-state.queries.js';

const relationshipRow = z.object({ from: z.string(), type: z.string(), to: z.string(), properties: z.record(z.string(), z.unknown()) });
const flagRow = z.object({
  id: z.string(),
  needsReview: z.boolean(),
  candidates: z.array(z.string()).nullable(),
  reason: z.string().nullable(),
});

export interface ReconciledState {
  /** One line per relationship: from, type, to and its properties (keys sorted). */
  relationships: string[];
  flags: string[];
}

/**
 * What reconciliation decides, as comparable lines: links with method, confidence, reason (and
 * linkedAt unless left out), derived relationships, review flags.
 */
export async function reconciledState(graph: Graph, options: { linkedAt: boolean }): Promise<ReconciledState> {
  const relationships = await readRows(graph, RECONCILED_RELATIONSHIPS, {}, relationshipRow, 'reconciled-relationships');
  const flags = await readRows(graph, REVIEW_FLAGS, {}, flagRow, 'review-flags');
  return {
    relationships: relationships.map((r) => {
      const properties = Object.entries(r.properties)
        .filter(([key]) => options.linkedAt || key !== 'linkedAt')
        .sort(([a], [b]) => a.localeCompare(b));
      return `${r.from} -${r.type}-> ${r.to} ${JSON.stringify(properties)}`;
    }),
    flags: flags.map((f) => JSON.stringify(f)),
  };
}
