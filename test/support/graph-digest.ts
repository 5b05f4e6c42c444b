import { createHash } from 'node:crypto';
import type { Graph } from '../../server/graph/graph.js';

/** Bookkeeping that changes on every import and is not the data itself. */
const VOLATILE = new Set(['lastSeenAt', 'lastSyncRunId', 'detectedAt', 'linkedAt']);
/** Every import also appends to the audit log, as it records a SyncRun: neither is the data. */
const DATA_ONLY = `NOT n:SyncRun AND NOT n:Snapshot AND NOT n:Finding AND NOT n:AuditEvent AND NOT n:AuditHead`;

/**
 * A digest of the data in the graph: every node (but import bookkeeping) with its labels and
 * properties, and every relationship between them. Equal digests mean the same graph.
 */
export async function graphDigest(graph: Graph): Promise<string> {
  const nodes = await graph.read(`MATCH (n) WHERE ${DATA_ONLY} RETURN labels(n) AS labels, properties(n) AS props`);
  const rels = await graph.read(`
    MATCH (a)-[r]->(b) WHERE NOT a:SyncRun AND NOT a:Snapshot AND NOT a:Finding AND NOT b:Finding
    RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`);
  const lines = [
    ...nodes.map((n) => `N ${JSON.stringify(n.labels)} ${stable(n.props as Record<string, unknown>)}`),
    ...rels.map((r) => `R ${String(r.from)} ${String(r.type)} ${String(r.to)} ${stable(r.props as Record<string, unknown>)}`),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function stable(props: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(props).filter((k) => !VOLATILE.has(k)).sort().map((k) => [k, props[k]]));
}
