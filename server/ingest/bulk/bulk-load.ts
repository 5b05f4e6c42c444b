import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Actor } from '../../audit/actor.js';
import { checkpointAuditHead } from '../../audit/audit-log.js';
import type { Catalog } from '../../catalog/catalog.js';
import { connectGraph, type GraphConnection } from '../../graph/connect.js';
import { bulkImport, databaseHoldsStore } from '../../graph/embedded/bulk-import.js';
import { findRunningNeo4j } from '../../graph/embedded/launcher.js';
import type { Graph } from '../../graph/graph.js';
import { readFolder } from '../../../seed/vendor/load-vendor.js';
import { parserFor } from '../import-source.js';
import { RECORD_FIELDS } from '../write/record-fields.queries.js';
import { RECORDS } from '../write/write-import.js';
import { BulkFiles } from './bulk-files.js';
import { CARRIED_SPACE, readCarriedGraph, type CarriedGraph } from './carried-graph.js';
import { PATCH_KEY, patchEmptyLists } from './carried-graph.queries.js';
import { readImport } from './read-import.js';
import { replayWithoutRecords, type LoadedImport } from './replay-without-records.js';
import { newWorkDir } from './work-dir.js';
import type { SyncRunRecord } from '../sync.js';

/** How long the folder is read before the scratch database starts beside the reading. */
const OVERLAP_AFTER_MS = 10_000;

/** The bulk path does not apply to this folder or data directory; nothing was written. */
export class BulkLoadRefused extends Error {
  override name = 'BulkLoadRefused';
}

export interface BulkLoadOptions {
  /** Attest's data directory, whose database must not exist yet. */
  dataDir: string;
  /** A folder with manifest.json (and organization.json, apps.json), as `attest seed` writes one. */
  folder: string;
  catalog: Catalog;
  now: Date;
  actor?: Actor;
  onProgress?: (message: string) => void;
}

export interface BulkLoadResult {
  /** The loaded database, started; its imports wait for their reconciliation (settleAfterChange). */
  connection: GraphConnection;
  runs: SyncRunRecord[];
  /** Milliseconds of each step. */
  timings: { read: number; replay: number; import: number; start: number };
}

/**
 * Loads a folder of imports into an empty database the way loading them one by one does
 * (seed/vendor/load-vendor.ts importVendorDir), but writes the records as CSV files for Neo4j's
 * offline importer instead of through Cypher: each import is parsed and checked as it is there,
 * each record written with the properties its first write gives (first-write-properties.ts).
 * Everything else (settings, apps, roles, seat types, SyncRuns, audit events) comes from running
 * the real writer on the imports without their records in a scratch database, carried over as it
 * is (replay-without-records.ts). The database appears whole or not at all; its imports are left
 * waiting for reconciliation, which the caller (or the next start) runs.
 *
 * The audit log's checkpoint file is in the data directory, as for every audited change (ATTEST_DATA_DIR).
 *
 * Refused before anything is written when the database exists or Neo4j runs on it, and when two
 * imports have one scope (the later one would mark the earlier one's records removed: load such a
 * folder through the Cypher path).
 */
export async function bulkFirstLoad(options: BulkLoadOptions): Promise<BulkLoadResult> {
  const dataDir = resolve(options.dataDir);
  if (databaseHoldsStore(dataDir)) throw new BulkLoadRefused(`${dataDir} already holds a database: the bulk load only fills an empty one`);
  if (await findRunningNeo4j(dataDir)) throw new BulkLoadRefused(`Neo4j is running on ${dataDir}; stop it first`);
  const { base, entries } = await readFolder(options.folder);
  for (const entry of entries) parserFor(entry.kind, entry.app);
  mkdirSync(dataDir, { recursive: true });
  const work = newWorkDir(dataDir);
  const log = options.onProgress ?? (() => undefined);
  const timings = { read: 0, replay: 0, import: 0, start: 0 };
  const scratchDir = join(work, 'replay');
  let scratch: Promise<GraphConnection> | undefined;
  try {
    let begun = performance.now();
    const csvDir = join(work, 'csv');
    mkdirSync(csvDir);
    const files = new BulkFiles(csvDir);
    for (const { label } of RECORDS) files.declareNodes(label, [label], label, true, RECORD_FIELDS[label]);
    const imports: LoadedImport[] = [];
    const scopes = new Map<string, string>();
    for (const entry of entries) {
      log(`Reading ${entry.path} (${entry.kind})…`);
      const loaded = await readImport(files, base, entry, options);
      const earlier = scopes.get(loaded.run.scope);
      if (earlier !== undefined) {
        throw new BulkLoadRefused(
          `${entry.path} and ${earlier} both list ${loaded.run.scope}: the later one would mark what the earlier one lists removed; load this folder without --bulk`,
        );
      }
      scopes.set(loaded.run.scope, entry.path);
      imports.push(loaded);
      // A long read has the scratch JVM come up meanwhile; a short one (or one refused early) does not wait for it.
      if (performance.now() - begun > OVERLAP_AFTER_MS) {
        scratch ??= connectGraph({ dataDir: scratchDir });
        scratch.catch(() => undefined);
      }
    }
    timings.read = performance.now() - begun;

    begun = performance.now();
    log('Replaying the settings and the imports without their records…');
    const replay = await (scratch ??= connectGraph({ dataDir: scratchDir }));
    let carried: CarriedGraph;
    // The replay's audit events are signed into its own directory: the load anchors its head once
    // it is in place, and a load refused later leaves no checkpoint of events that never landed.
    const anchors = process.env.ATTEST_DATA_DIR;
    process.env.ATTEST_DATA_DIR = scratchDir;
    try {
      await replayWithoutRecords(replay.graph, options.catalog, base, imports, options);
      carried = await readCarriedGraph(replay.graph);
    } finally {
      if (anchors === undefined) delete process.env.ATTEST_DATA_DIR;
      else process.env.ATTEST_DATA_DIR = anchors;
      await replay.close();
    }
    await writeCarried(files, carried);
    timings.replay = performance.now() - begun;

    begun = performance.now();
    log(`Importing ${files.nodes} nodes and ${files.relationships} relationships…`);
    await bulkImport({ dataDir, ...(await files.close()), onProgress: log });
    timings.import = performance.now() - begun;

    begun = performance.now();
    log('Starting Neo4j on the loaded database…');
    const connection = await connectGraph({ dataDir });
    try {
      await setEmptyLists(connection.graph, carried);
      await checkpointAuditHead(connection.graph);
    } catch (error) {
      await connection.close();
      throw error;
    }
    timings.start = performance.now() - begun;
    return { connection, runs: imports.map((loaded) => loaded.run), timings };
  } finally {
    await scratch?.then((replay) => replay.close()).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

/** The replay's nodes, one file per set of labels with every property any of them has, and its relationships. */
async function writeCarried(files: BulkFiles, carried: CarriedGraph): Promise<void> {
  const groups = new Map<string, CarriedGraph['nodes']>();
  for (const node of carried.nodes) {
    const group = `carried:${node.key.space}:${[...node.labels].sort().join(':')}`;
    const members = groups.get(group);
    if (members) members.push(node);
    else groups.set(group, [node]);
  }
  for (const [group, nodes] of groups) {
    const [first] = nodes;
    if (first === undefined) continue;
    const columns = new Map<string, (typeof first.properties)[number]['type']>();
    const patched = nodes.some((node) => node.emptyLists.length > 0);
    if (patched) columns.set(PATCH_KEY, 'string');
    const storesKey = first.key.space !== CARRIED_SPACE;
    for (const node of nodes) {
      for (const { property, type } of node.properties) {
        if (storesKey && property === 'id') continue;
        const known = columns.get(property);
        if (known !== undefined && known !== type) throw new Error(`${group}: ${property} is both a ${known} and a ${type}`);
        columns.set(property, type);
      }
    }
    files.declareNodes(
      group,
      first.labels,
      first.key.space,
      storesKey,
      [...columns].map(([property, type]) => ({ property, type })),
    );
    for (const node of nodes) {
      const patch = node.emptyLists.length ? [{ property: PATCH_KEY, type: 'string' as const, value: node.key.key }] : [];
      await files.node(group, node.key.key, [...node.properties, ...patch]);
    }
  }
  for (const relationship of carried.relationships) {
    await files.relationship(relationship.type, relationship.from, relationship.to, relationship.properties);
  }
}

/** The empty lists of carried nodes, which the importer cannot store (a SyncRun's errors, say). */
async function setEmptyLists(graph: Graph, carried: CarriedGraph): Promise<void> {
  const byLabel = new Map<string, { key: string; lists: Record<string, never[]> }[]>();
  for (const node of carried.nodes) {
    const [label] = node.labels;
    if (!node.emptyLists.length || label === undefined) continue;
    const lists = Object.fromEntries(node.emptyLists.map((property) => [property, []]));
    const patches = byLabel.get(label);
    if (patches) patches.push({ key: node.key.key, lists });
    else byLabel.set(label, [{ key: node.key.key, lists }]);
  }
  for (const [label, patches] of byLabel) await graph.write(patchEmptyLists(label), { patches }, 'bulk-load-empty-lists');
}
