import { z } from 'zod';
import { readRows } from '../../server/graph/decode.js';
import type { Graph } from '../../server/graph/graph.js';
import { SETTLED_COUNTS, SETTLED_FINDINGS, SETTLED_LINKS, SETTLED_REVIEW_FLAGS } from './settled-state.queries.js';

const line = z.object({ line: z.string() });
const finding = z.object({ id: z.string(), props: z.record(z.string(), z.unknown()), rels: z.array(z.string()) });
const counts = z.object({ id: z.string(), counts: z.array(z.string()) });

/** Timestamps of when something was (re)computed, not what was computed. */
const WHEN = new Set(['detectedAt', 'linkedAt']);

/**
 * Everything reconciliation and the findings refresh decide, as comparable values: links with their
 * method and reason, review flags, findings with their fields and relationships, and the stored
 * seat usage and app counts.
 */
export async function settledState(graph: Graph): Promise<Record<string, unknown>> {
  const findings = await readRows(graph, SETTLED_FINDINGS, {}, finding, 'settled-findings');
  return {
    links: (await readRows(graph, SETTLED_LINKS, {}, line, 'settled-links')).map((row) => row.line),
    reviewFlags: (await readRows(graph, SETTLED_REVIEW_FLAGS, {}, line, 'settled-flags')).map((row) => row.line),
    findings: findings.map((f) => ({
      id: f.id,
      rels: f.rels,
      props: Object.fromEntries(Object.entries(f.props).filter(([key]) => !WHEN.has(key))),
    })),
    counts: await readRows(graph, SETTLED_COUNTS, {}, counts, 'settled-counts'),
  };
}
