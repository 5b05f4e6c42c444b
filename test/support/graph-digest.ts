import { createHash } from 'node:crypto';
import type { Graph } from '../../server/graph/graph.js';
import { DATA_NODES, DATA_RELATIONSHIPS } from './graph-digest.queries.js';

/** Bookkeeping that changes on every import and is not the data itself. */
const VOLATILE = new Set(['lastSeenAt', 'lastSyncRunId', 'detectedAt', 'linkedAt']);

/**
 * A digest of the data in the graph: every node (but import bookkeeping) with its labels and
 * properties, and every relationship between them. Equal digests mean the same graph.
 */
export async function graphDigest(graph: Graph): Promise<string> {
  const nodes = await graph.read(DATA_NODES);
  const rels = await graph.read(DATA_RELATIONSHIPS);
  const lines = [
    ...nodes.map((n) => `N ${JSON.stringify(n.labels)} ${stable(n.props as Record<string, unknown>)}`),
    ...rels.map((r) => `R ${String(r.from)} ${String(r.type)} ${String(r.to)} ${stable(r.props as Record<string, unknown>)}`),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function stable(props: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(props).filter((k) => !VOLATILE.has(k)).sort().map((k) => [k, props[k]]));
}
