import { createHash } from 'node:crypto';
import { z } from 'zod';
import { readRows } from '../../server/graph/decode.js';
import type { Graph } from '../../server/graph/graph.js';
import { DATA_NODES, DATA_RELATIONSHIPS } from './graph-digest.queries.js';

/** Bookkeeping that changes on every import and is not the data itself. */
const VOLATILE = new Set(['lastSeenAt', 'lastSyncRunId', 'firstSyncRunId', 'detectedAt', 'linkedAt']);

const properties = z.record(z.string(), z.unknown());
const nodeRow = z.object({ labels: z.array(z.string()), props: properties });
/** A relationship by the ids of its ends; an end without an id reads as null. */
const relationshipRow = z.object({ from: z.string().nullable(), type: z.string(), to: z.string().nullable(), props: properties });

/**
 * A digest of the data in the graph: every node (but import bookkeeping) with its labels and
 * properties, and every relationship between them. Equal digests mean the same graph.
 */
export async function graphDigest(graph: Graph): Promise<string> {
  return createHash('sha256')
    .update((await graphLines(graph)).join('\n'))
    .digest('hex');
}

/** The lines the digest is made of, for a readable difference when two digests differ. */
export async function graphLines(graph: Graph): Promise<string[]> {
  const nodes = await readRows(graph, DATA_NODES, {}, nodeRow, 'digest-nodes');
  const rels = await readRows(graph, DATA_RELATIONSHIPS, {}, relationshipRow, 'digest-relationships');
  const lines = [
    ...nodes.map((n) => `N ${JSON.stringify(n.labels)} ${stable(n.props)}`),
    ...rels.map((r) => `R ${String(r.from)} ${r.type} ${String(r.to)} ${stable(r.props)}`),
  ].sort();
  return lines;
}

function stable(props: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(props)
      .filter((k) => !VOLATILE.has(k))
      .sort()
      .map((k) => [k, props[k]]),
  );
}
