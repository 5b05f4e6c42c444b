/**
 * The baseline for bench:ingest: the same nodes, properties and relationships our importer writes,
 * as plain parameterized UNWIND batches of 5,000 rows, each committed on its own: no validation, no change counting, no stale-role cleanup,
 * no removal marking, provenance values passed in rather than computed. The bench checks that both
 * leave a graph of the same shape (`graphShape`), so the ratio compares like with like.
 */
import { z } from 'zod';
import { readRows } from '../server/graph/decode.js';
import type { Graph } from '../server/graph/graph.js';
import type { PreparedBatch } from '../server/ingest/write/prepare.js';
import { PLAIN, SHAPE_NODES, SHAPE_RELATIONSHIPS } from './plain-writes.queries.js';
import { IMPORTER_ONLY_PROPERTIES, STAGING_LABEL } from './visible-graph.js';

const BATCH = 5000;

export interface ProvenanceParams {
  kind: string;
  scope: string;
  runId: string;
  now: string;
}

/** One transaction per batch: what a bulk loader with bounded memory does, at any size. */
export async function writePlain(graph: Graph, prepared: PreparedBatch, provenance: ProvenanceParams): Promise<void> {
  for (const key of ['apps', 'people', 'identities', 'groups', 'accounts', 'assignments', 'integrations'] as const) {
    const rows = prepared[key];
    for (let i = 0; i < rows.length; i += BATCH) {
      const slice = rows.slice(i, i + BATCH);
      await graph.executeWrite((tx) => tx.run(PLAIN[key], { ...provenance, rows: slice }), 'bench-plain');
    }
  }
}

/**
 * Nodes per label, relationships per type and properties per label of the records (not the
 * importer's sync runs, audit log or staged leftovers): equal shapes mean both wrote the same things.
 */
export async function graphShape(graph: Graph): Promise<string> {
  const params = { staging: STAGING_LABEL, ignoredProperties: IMPORTER_ONLY_PROPERTIES };
  const nodes = await readRows(
    graph,
    SHAPE_NODES,
    params,
    z.object({ label: z.string(), nodes: z.number(), properties: z.number() }),
    'bench-shape-nodes',
  );
  const rels = await readRows(
    graph,
    SHAPE_RELATIONSHIPS,
    params,
    z.object({ type: z.string(), count: z.number() }),
    'bench-shape-relationships',
  );
  return [
    ...nodes.map((n) => `${n.label}: ${n.nodes} nodes, ${n.properties} properties`),
    ...rels.map((r) => `${r.type}: ${r.count}`),
  ].join('; ');
}
