/**
 * One sync of a connection: download every pull's pages into a private temporary folder first,
 * then import each through the same parsers and all-or-nothing writer as a file import, and settle
 * (reconcile, findings, snapshot) once after the last. A download that fails writes nothing, so the
 * data from the previous run stays as it was. Only complete listings reach the importers, so they
 * may mark what the vendor no longer lists removed: a listing of nothing too, when its pull says so
 * (Pull.importsEmpty).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../audit/actor.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';
import { ImportError } from '../ingest/errors.js';
import { importSource, settleAfterChange, type ImportOutcome } from '../ingest/import-source.js';
import { recordRun, type Connection, type RunStatus } from './connection-store.js';
import { claimSyncLease, type SyncLease, type SyncLeaseOptions } from './sync-lease.js';
import type { Connector, PageSink, Pull } from './connector.js';
import { VendorApiError, type VendorHttp } from './http/vendor-http.js';
import { CONNECTORS } from './vendors/index.js';

export interface SyncOutcome {
  connection: string;
  status: RunStatus;
  /** One line a person reads: what was imported, or why nothing was. */
  message: string;
  imports: {
    kind: string;
    label: string;
    syncRunId: string;
    read: number;
    added: number;
    updated: number;
    removed: number;
    unchanged: number;
  }[];
  notes: string[];
  findings: number | null;
}

export interface SyncOptions {
  actor: Actor;
  /** Test seams and the progress line: fetch, sleep, clock, where waits are told. */
  http?: Omit<VendorHttp, 'headers'>;
  progress?: (message: string) => void;
  /** The connection's sync lease, when the caller claimed it already (to answer a refusal itself); else claimed here. */
  lease?: SyncLease;
  /** How a lease claimed here is held (tests). */
  leaseOptions?: SyncLeaseOptions;
}

/** Writes the pages into `folder`, counting them. */
function sinkIn(folder: string): PageSink & { written: () => number } {
  let written = 0;
  return {
    write: async (fileName, text) => {
      await writeFile(join(folder, fileName), text, { mode: 0o600 });
      written++;
    },
    written: () => written,
  };
}

export function connectorOf(connection: Pick<Connection, 'kind'>): Connector {
  return CONNECTORS[connection.kind];
}

export async function syncConnection(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  connection: Connection,
  credential: string,
  options: SyncOptions,
): Promise<SyncOutcome> {
  const lease = options.lease ?? (await claimSyncLease(graph, connection, options.leaseOptions));
  try {
    return await syncLeased(graph, catalog, now, connection, credential, options, lease);
  } finally {
    await lease.release();
  }
}

async function syncLeased(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  connection: Connection,
  credential: string,
  options: SyncOptions,
  lease: SyncLease,
): Promise<SyncOutcome> {
  const connector = connectorOf(connection);
  const progress = options.progress ?? ((): void => undefined);
  const http: VendorHttp = {
    ...options.http,
    onWait: options.http?.onWait ?? progress,
    checkPage: connector.checkPage,
    isRateLimited: connector.isRateLimited,
    headers: connector.authenticate(credential, {
      baseUrl: connection.baseUrl,
      org: connection.org,
      fetch: options.http?.fetch ?? fetch,
      now: options.http?.now ?? Date.now,
    }),
  };
  const outcome: SyncOutcome = { connection: connection.name, status: 'succeeded', message: '', imports: [], notes: [], findings: null };
  const work = await mkdtemp(join(tmpdir(), 'attest-sync-'));
  try {
    const downloaded: { pull: Pull; folder: string }[] = [];
    for (const pull of connector.pulls) {
      const folder = join(work, pull.kind);
      await mkdir(folder, { mode: 0o700 });
      try {
        const pages = sinkIn(folder);
        const result = await pull.download({ baseUrl: connection.baseUrl, org: connection.org, http, pages, progress });
        outcome.notes.push(...result.notes);
        // A complete listing of nothing is imported too, so what an earlier run read is marked removed;
        // a pull that wrote no page for it, or whose scope would differ, leaves the records as they are.
        if (result.records > 0 || (pull.importsEmpty === true && pages.written() > 0)) downloaded.push({ pull, folder });
        else outcome.notes.push(`${connector.label} listed no ${pull.label}; nothing imported for them`);
      } catch (error) {
        if (!(error instanceof VendorApiError)) throw error;
        return await finish(
          graph,
          connection,
          outcome,
          'failed',
          `nothing was imported: ${connector.label} ${pull.label}: ${error.message}`,
          now,
        );
      }
    }
    if (!lease.held())
      return await finish(
        graph,
        connection,
        outcome,
        'failed',
        'nothing was imported: this sync stalled past its lease and another process took the connection over',
        now,
      );
    for (const [index, { pull, folder }] of downloaded.entries()) {
      progress(`importing ${connector.label} ${pull.label}`);
      let imported: ImportOutcome;
      try {
        imported = await importSource(graph, catalog, now, {
          kind: pull.kind,
          files: [{ path: folder, name: `${connection.name}: ${pull.label}` }],
          completeness: 'complete',
          emptyIsComplete: true,
          connection: connection.name,
          actor: options.actor,
          reconcile: index === downloaded.length - 1,
        });
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        const written = outcome.imports.at(-1);
        if (written) await settleAfterChange(graph, catalog, now, written.syncRunId);
        const status = written ? 'partial' : 'failed';
        return await finish(
          graph,
          connection,
          outcome,
          status,
          `${connector.label} ${pull.label} was refused by the importer: ${error.message}`,
          now,
        );
      }
      const { run } = imported;
      outcome.imports.push({
        kind: pull.kind,
        label: pull.label,
        syncRunId: run.id,
        read: run.recordsRead,
        added: run.added,
        updated: run.updated,
        removed: run.removed,
        unchanged: run.unchanged,
      });
      outcome.notes.push(...run.notes);
      outcome.findings = imported.findings ?? outcome.findings;
    }
    const summary = outcome.imports
      .map((i) =>
        i.read === 0
          ? `${i.label}: ${connector.label} lists none, ${i.removed} removed`
          : `${i.label}: ${i.added} added, ${i.updated} updated, ${i.removed} removed`,
      )
      .join('; ');
    return await finish(graph, connection, outcome, 'succeeded', summary, now);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function finish(
  graph: Graph,
  connection: Connection,
  outcome: SyncOutcome,
  status: RunStatus,
  message: string,
  at: Date,
): Promise<SyncOutcome> {
  await recordRun(graph, connection, { status, message, at });
  return { ...outcome, status, message };
}
